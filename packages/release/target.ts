/**
 * Which version this run releases, and the release tags around it: the shared first half of
 * bump-version, update-changelog and create-tag. Resolution order and policy are SPEC "Versions".
 */
import { ConfigurationError } from '../base/errors.js'
import { shown } from '../base/shown.js'
import type { Git, RemoteListing } from '../git/git.js'
import { eventDefaultBranch, type DefaultBranchLookup } from '../git/default-branch.js'
import { ensureReleaseHistory } from '../git/history.js'
import { readLocalRefs } from '../git/local-refs.js'
import {
  checkVersionPolicy,
  olderThan,
  parseReleaseBranch,
  parseReleaseTags,
  resolveReleaseVersion,
  type BranchPatterns,
  type ReleaseKind,
  type ReleaseTag,
  type ReleaseType
} from '../versioning/index.js'

export interface TargetRequest {
  /** The `version` input, when given. */
  versionInput?: string
  /** The branch the run is for (GITHUB_HEAD_REF / GITHUB_REF_NAME), else the checked-out one. */
  branch?: string
  patterns: BranchPatterns
  tagPrefix: string
  /** The branch whose release tags a release branch must follow; '' for the default branch. */
  mainBranch: string
  /** Asks the API for the default branch when origin and the event do not say it. */
  defaultBranch?: DefaultBranchLookup
  /**
   * Whether to list the line's tags (`lineTags`, `latest`), default true. Listing them walks the
   * whole history of a full clone; update-changelog, which needs only the version, skips it.
   */
  lineTags?: boolean
  /** More refs (or globs) the stage needs from origin, asked in the same `ls-remote`. */
  alsoList?: string[]
  /**
   * More branches the stage reads, given origin's answer: fetched in the same fetch as the
   * history when the clone lacks them as origin has them (not deepened to a release tag).
   */
  alsoFetch?: (listing: RemoteListing) => string[]
}

export interface ReleaseTarget {
  version: string
  kind: ReleaseKind
  source: 'input' | 'branch' | 'merge'
  /** The branch the run is on, when there is one. */
  branch?: string
  /** `v1.3.0` */
  tag: string
  /** The newest release tag before this one on the line it follows. */
  latest?: ReleaseTag
  /** Release tags on that line, newest first (the target's own tag included, if it exists). */
  lineTags: ReleaseTag[]
  /** Release tags on the remote, name -> commit. */
  remoteTags: Map<string, string>
  /** Tags of the prefix in the clone once its history is fetched, name -> commit (a checkout's). */
  localTags?: Map<string, string>
  /** Origin's answer to the stage's one `ls-remote` (`alsoList` included); a checkout's only. */
  listing?: RemoteListing
}

/** Resolves the version, fetches the tags and history it needs, finds the latest release tag. */
export async function resolveReleaseTarget(
  git: Git,
  request: TargetRequest
): Promise<ReleaseTarget> {
  const branch = request.branch ?? (await git.currentBranch())
  // HEAD's message tells the version only when the branch does not (the run after a merge).
  const mergeMessage =
    request.versionInput || namesVersion(branch, request.patterns)
      ? undefined
      : await git.output(['log', '-1', '--format=%B', 'HEAD'])
  const resolved = resolveReleaseVersion({
    input: request.versionInput,
    branch,
    mergeMessage,
    patterns: request.patterns
  })
  if (!resolved) {
    throw new ConfigurationError(
      `Cannot tell which version to release: the branch '${branch ?? '(detached HEAD)'}' is not a release or hotfix branch ` +
        `(${[...request.patterns.release, ...request.patterns.hotfix].join(', ')}) and HEAD is not the merge of one. ` +
        "Set the 'version' input, or run on a branch like release-v1.3.0.",
      { input: 'version' }
    )
  }
  const given = request.mainBranch || undefined
  // One ls-remote answers for the run's branch, the main branch (origin's HEAD when the input
  // does not name it) and the release tags: a single round trip to origin. The clone's tags,
  // tracking branches and origin's HEAD as last seen are read meanwhile, in one local read.
  const [local, listing] = await Promise.all([
    readLocalRefs(git, request.tagPrefix),
    git.listRemote([
      ...(given ? [] : ['HEAD']),
      ...[...new Set([branch, given])]
        .filter((n): n is string => !!n)
        .map((n) => `refs/heads/${n}`),
      `refs/tags/${request.tagPrefix}*`,
      ...(request.alsoList ?? [])
    ])
  ])
  const known = given ?? local.remoteHead
  const heads = new Set<string>()
  for (const ref of listing.refs.keys())
    if (ref.startsWith('refs/heads/')) heads.add(ref.slice('refs/heads/'.length))
  if (listing.head) heads.add(listing.head)
  if (known && !heads.has(known) && known !== given) {
    // The clone's origin HEAD is no longer origin's HEAD (the default branch was renamed): ask
    // whether its branch is still there, as the branch the clone knows as main.
    const more = await git.listRemote([`refs/heads/${known}`])
    for (const [ref, sha] of more.refs) listing.refs.set(ref, sha)
    for (const [ref, object] of more.objects) listing.objects.set(ref, object)
    if (more.refs.size > 0) heads.add(known)
  }
  const wanted = known ?? listing.head ?? eventDefaultBranch() ?? (await request.defaultBranch?.())
  if (wanted && !heads.has(wanted) && wanted !== known) {
    // Only from the event payload: ask for that branch after all.
    const more = await git.listRemote([`refs/heads/${wanted}`])
    if (more.refs.size > 0) heads.add(wanted)
  }
  const onRemote = branch ? heads.has(branch) : false
  const mainBranch = resolveMainBranch(git, request.mainBranch, wanted, heads)
  const branches = [
    ...(mainBranch ? [mainBranch] : []),
    ...(branch && onRemote && branch !== mainBranch ? [branch] : [])
  ]
  // Deepened until a release OLDER than this one is reached: the version's own tag may be at HEAD.
  const older = olderThan(resolved.version)
  const history = await ensureReleaseHistory(git, {
    listing,
    local,
    branches,
    alsoFetch: request.alsoFetch?.(listing).filter((b) => !branches.includes(b)),
    tagPrefix: request.tagPrefix,
    endsRange: (name) =>
      name.startsWith(request.tagPrefix) && older(name.slice(request.tagPrefix.length))
  })
  const tag = `${request.tagPrefix}${resolved.version}`
  const lineTags =
    request.lineTags === false
      ? []
      : await releaseLineTags(
          git,
          resolved.kind,
          { ...request, mainBranch: mainBranch ?? '' },
          history.reached
        )
  const latest = lineTags.find((t) => t.name !== tag)
  const { remoteTags, localTags } = history
  return { ...resolved, branch, tag, latest, lineTags, remoteTags, localTags, listing }
}

/** Whether the branch's name alone says the version (then HEAD's message is not read). */
function namesVersion(branch: string | undefined, patterns: BranchPatterns): boolean {
  if (!branch) return false
  try {
    return parseReleaseBranch(branch, patterns) !== undefined
  } catch (error) {
    // A misnamed release branch: the resolution fails on it (or, with an input, ignores both).
    if (error instanceof ConfigurationError) return true
    throw error
  }
}

/**
 * The `main-branch` input, or when it is empty the repository's default branch. A branch that
 * origin does not have is refused naming the input; an unknown default is no main branch (the
 * tags reachable from HEAD are followed instead).
 */
function resolveMainBranch(
  git: Git,
  given: string,
  name: string | undefined,
  heads: Set<string>
): string | undefined {
  if (!name) {
    git.log.warning(
      "The repository's default branch is unknown (origin has no HEAD); set the 'main-branch' input to the branch releases are merged into."
    )
    return undefined
  }
  if (heads.has(name)) return name
  if (given) {
    throw new ConfigurationError(
      `Input 'main-branch' is ${shown(name)}, a branch that does not exist on origin. ` +
        'Set it to the branch releases are merged into (e.g. main or master).',
      { input: 'main-branch' }
    )
  }
  throw new ConfigurationError(
    `The main branch ${shown(name)} does not exist on origin (it is the repository's default branch)` +
      ". Set the 'main-branch' input to the branch releases are merged into (e.g. main or master).",
    { input: 'main-branch' }
  )
}

/**
 * A release follows the tags reachable from main; a hotfix those reachable from itself (it was
 * cut from main at the latest one).
 */
async function releaseLineTags(
  git: Git,
  kind: ReleaseKind,
  request: TargetRequest,
  /** What the history step read already after its last fetch, by branch. */
  reached: Map<string, string[]>
): Promise<ReleaseTag[]> {
  const glob = `${request.tagPrefix}*`
  if (kind === 'release' && request.mainBranch !== '') {
    const onMain =
      reached.get(request.mainBranch) ??
      (await git.tagsMergedIntoIfExists(`refs/remotes/origin/${request.mainBranch}`, glob))
    if (onMain) return parseReleaseTags(onMain, request.tagPrefix)
    git.log.warning(
      `origin/${request.mainBranch} does not exist; following the tags reachable from HEAD instead.`
    )
  }
  return parseReleaseTags(await git.tagsMergedInto('HEAD', glob), request.tagPrefix)
}

/** Applies the release-type policy; `tolerateOwnTag` lets a rerun after tagging pass. */
export function enforcePolicy(
  target: ReleaseTarget,
  releaseType: ReleaseType,
  options: { tolerateOwnTag?: boolean; tagPrefix: string }
): void {
  const existing = [...target.remoteTags.keys()]
    .filter((name) => !(options.tolerateOwnTag && name === target.tag))
    .map((name) => name.slice(options.tagPrefix.length))
  checkVersionPolicy({
    version: target.version,
    kind: target.kind,
    releaseType,
    // Judged against the newest tag on the line, unless this is a rerun of an existing release.
    latest: options.tolerateOwnTag ? target.latest : (target.lineTags[0] ?? target.latest),
    existingVersions: existing,
    source: target.source,
    branch: target.branch
  })
}
