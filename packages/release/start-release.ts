/**
 * Step 2 of the process: cut `release-vX.Y.0` from the tip of develop (or, for a hotfix,
 * `hotfix-vX.Y.Z` from main at the latest release tag) and push it as a new branch, with the
 * version's milestone when asked, warning of pull requests still open into develop. Everything
 * is checked before the push; the push creates the branch and never moves an existing one.
 * Plain values in, the checkout, the GitHub client and a logger injected.
 */
import { ConfigurationError } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import { shown } from '../base/shown.js'
import type { Git, RemoteListing } from '../git/git.js'
import { remoteDefaultBranch, type DefaultBranchLookup } from '../git/default-branch.js'
import { ensureReleaseHistory } from '../git/history.js'
import { classifyPushFailure, remoteMessage } from '../git/push.js'
import type { GitHubClient } from '../github/client.js'
import {
  describeApiError,
  ensureMilestone,
  findMilestone,
  listOpenPullsInto,
  type Repository
} from '../github/pulls.js'
import {
  branchNameFor,
  checkVersionPolicy,
  nextVersion,
  parseReleaseBranch,
  parseReleaseTags,
  parseVersionInput,
  type BranchPatterns,
  type ReleaseKind,
  type ReleaseTag,
  type ReleaseType
} from '../versioning/index.js'

export interface StartRequest {
  /** The `version` input; default: the next version after the latest tag on main. */
  version?: string
  bump: 'minor' | 'major'
  hotfix: boolean
  /** The branch a release is cut from (develop). */
  base: string
  /** The input `base` came from, for errors (default `develop-branch`). */
  baseInput?: string
  mainBranch: string
  patterns: BranchPatterns
  tagPrefix: string
  releaseType: ReleaseType
  dryRun: boolean
}

export interface StartPlan {
  version: string
  kind: ReleaseKind
  branch: string
  /** The commit the branch is cut from. */
  sha: string
  /** Where that commit comes from: `develop` or the tag `v1.2.0`. */
  from: string
  latest?: ReleaseTag
  /** The branch exists already at `sha`: a rerun. */
  exists: boolean
}

export type StartOutcome = 'created' | 'updated' | 'unchanged' | 'dry-run'

/** What the workflow asks of start-release (its inputs but the shared ones). */
export interface StartReleaseOptions extends Omit<StartRequest, 'dryRun'> {
  /** Create the version's milestone (found, not created, on a dry run). */
  createMilestone: boolean
  /** Warn of pull requests still open into the base branch (not for a hotfix). */
  warnOpenPullRequests: boolean
}

export interface StartReleaseRequest extends StartReleaseOptions {
  dryRun: boolean
}

export interface StartReleaseServices {
  /** The checkout the branch is planned in and pushed from. */
  git: Git
  /** The GitHub client and repository, asked for only when the milestone or open pulls are. */
  github: () => Promise<{ client: GitHubClient; repo: Repository }>
  /** Asks the API for the default branch when origin and the event do not say it. */
  defaultBranch?: DefaultBranchLookup
  log: Logger
}

export interface MilestoneReport {
  number: number
  url: string
  created: boolean
}

export interface StartReleaseReport {
  plan: StartPlan
  result: StartOutcome
  /** The version's milestone, when asked for (on a dry run only one that exists). */
  milestone?: MilestoneReport
  /** Pull requests still open into the base branch, as `#12 Title (head)`: not in this release. */
  waiting: string[]
}

/** Plans the branch, warns of open pull requests, pushes the branch, makes its milestone. */
export async function startRelease(
  services: StartReleaseServices,
  request: StartReleaseRequest
): Promise<StartReleaseReport> {
  const { git, log } = services
  const plan = await planRelease(git, request, services.defaultBranch)
  const warnOpen = request.warnOpenPullRequests && !request.hotfix
  const api = request.createMilestone || warnOpen ? await services.github() : undefined
  const waiting = api && warnOpen ? await pullsStillOpen(api, request.base, plan, log) : []
  let result: StartOutcome = request.dryRun ? 'dry-run' : await pushNewBranch(git, plan)
  const milestone =
    api && request.createMilestone ? await releaseMilestone(api, plan, request.dryRun) : undefined
  const branchExisted = result === 'unchanged'
  // A rerun that makes the milestone an earlier run could not: it created it, updated nothing.
  if (milestone?.created && branchExisted) result = 'created'
  log.info(
    branchExisted
      ? `${plan.branch} exists already at ${plan.sha.slice(0, 12)} (${plan.from}); ` +
          (milestone?.created ? `created its milestone ${plan.version}.` : 'nothing to do.')
      : `${result === 'dry-run' ? 'Would cut' : 'Cut'} ${plan.branch} from ${plan.from} at ${plan.sha.slice(0, 12)}.`
  )
  return { plan, result, milestone, waiting }
}

/** The pull requests open into `base`, warned of; a failed listing is a warning, not a failure. */
async function pullsStillOpen(
  api: { client: GitHubClient; repo: Repository },
  base: string,
  plan: StartPlan,
  log: Logger
): Promise<string[]> {
  try {
    const open = await listOpenPullsInto(api.client, api.repo, base)
    const waiting = open.map((p) => `#${p.number} ${p.title} (${p.head})`)
    if (open.length > 0) {
      log.warning(
        `${open.length} pull request(s) into ${base} are still open and will not be in ${plan.branch}: ` +
          `${waiting.join('; ')}. Merge them first if they belong in ${plan.version}.`
      )
    }
    return waiting
  } catch (error) {
    log.warning(
      `Could not list the pull requests open into ${base}: ${describeApiError(error).text}`
    )
    return []
  }
}

/** The version's milestone, created when missing; a dry run only looks for it. */
async function releaseMilestone(
  api: { client: GitHubClient; repo: Repository },
  plan: StartPlan,
  dryRun: boolean
): Promise<MilestoneReport | undefined> {
  if (dryRun) {
    const found = await findMilestone(api.client, api.repo, plan.version)
    return found && { number: found.number, url: found.url, created: false }
  }
  return ensureMilestone(
    api.client,
    api.repo,
    plan.version,
    `Release ${plan.version} (${plan.branch})`
  )
}

/** A release or hotfix branch on the remote whose version has no tag yet. */
export interface OpenBranch {
  branch: string
  kind: ReleaseKind
  version: string
}

/** The remote's release and hotfix branches whose version is not tagged yet. */
export function openReleaseBranches(
  remoteHeads: string[],
  tags: Map<string, string>,
  patterns: BranchPatterns,
  tagPrefix: string
): OpenBranch[] {
  const open: OpenBranch[] = []
  for (const name of remoteHeads) {
    let found
    try {
      found = parseReleaseBranch(name, patterns)
    } catch {
      continue // a misnamed branch is nobody's release
    }
    if (found && !tags.has(`${tagPrefix}${found.version}`)) {
      open.push({ branch: found.branch, kind: found.kind, version: found.version })
    }
  }
  return open
}

/** Fetches what is needed and decides which branch to cut where; refuses with one clear error. */
export async function planRelease(
  git: Git,
  given: StartRequest,
  defaultBranch?: DefaultBranchLookup
): Promise<StartPlan> {
  // One ls-remote: origin's HEAD (when the main branch is not given), its branches, its tags.
  const listing = await git.listRemote([
    ...(given.mainBranch ? [] : ['HEAD']),
    'refs/heads/*',
    `refs/tags/${given.tagPrefix}*`
  ])
  // An empty main-branch is the repository's default branch (origin's HEAD, just listed).
  const request = given.mainBranch
    ? given
    : { ...given, mainBranch: (await remoteDefaultBranch(git, defaultBranch)) ?? 'main' }
  const heads = headsOf(listing)
  for (const branch of new Set([request.mainBranch, ...(request.hotfix ? [] : [request.base])])) {
    if (!heads.has(branch)) {
      const input =
        branch === request.mainBranch ? 'main-branch' : (request.baseInput ?? 'develop-branch')
      throw new ConfigurationError(
        `Branch ${shown(branch)} does not exist on origin, so there is nothing to cut the ` +
          `${request.hotfix ? 'hotfix' : 'release'} from. Push it first, or set ` +
          `Input '${input}' to the branch you use.`,
        { input }
      )
    }
  }
  const branches = request.hotfix ? [request.mainBranch] : [request.mainBranch, request.base]
  const history = await ensureReleaseHistory(git, {
    listing,
    branches: [...new Set(branches)],
    tagPrefix: request.tagPrefix
  })
  const onMain =
    history.reached.get(request.mainBranch) ??
    (await git.tagsMergedInto(`refs/remotes/origin/${request.mainBranch}`, `${request.tagPrefix}*`))
  const latest = parseReleaseTags(onMain, request.tagPrefix)[0]
  const kind: ReleaseKind = request.hotfix ? 'hotfix' : 'release'
  const version = chooseVersion(request, latest, [...history.remoteTags.keys()], kind)
  const branch = branchNameFor(version, kind, request.patterns)
  const tag = `${request.tagPrefix}${version}`
  if (history.remoteTags.has(tag)) {
    throw new ConfigurationError(
      `Tag ${tag} exists already: ${version} has been released. Start the next one (the latest tag on ${request.mainBranch} is ${latest?.name ?? 'none'}).`,
      { input: 'version' }
    )
  }
  let sha: string
  let from: string
  if (request.hotfix) {
    if (!latest) {
      throw new ConfigurationError(
        `There is no release tag (${request.tagPrefix}X.Y.Z) on ${request.mainBranch}, so there is no release to hotfix.`
      )
    }
    sha =
      history.remoteTags.get(latest.name) ??
      (await git.output(['rev-parse', `${latest.name}^{commit}`]))
    from = latest.name
  } else {
    sha = heads.get(request.base)!
    from = request.base
  }
  const existing = heads.get(branch)
  if (existing !== undefined && existing !== sha) {
    throw new ConfigurationError(
      `Branch ${branch} exists already on origin (at ${existing.slice(0, 12)}, while ${from} is at ` +
        `${sha.slice(0, 12)}). It was started before; continue on it, or delete it if it was a mistake. Nothing was pushed.`
    )
  }
  const others = openReleaseBranches(
    [...heads.keys()],
    history.remoteTags,
    request.patterns,
    request.tagPrefix
  ).filter((b) => b.kind === kind && b.branch !== branch)
  if (others.length > 0) {
    throw new ConfigurationError(
      `Another ${kind} branch is still open: ${others.map((b) => b.branch).join(', ')} ` +
        `(its version has no ${shown(`${request.tagPrefix}X.Y.Z`)} tag yet` +
        // No tag of that form at all: the prefix is the likelier mistake.
        `${latest ? '' : `; no tag on ${request.mainBranch} has that form: check Input 'tag-prefix'`}). Finish it (merge to ${request.mainBranch} and tag) or delete it before starting ${branch}.`
    )
  }
  return { version, kind, branch, sha, from, latest, exists: existing === sha }
}

function chooseVersion(
  request: StartRequest,
  latest: ReleaseTag | undefined,
  tags: string[],
  kind: ReleaseKind
): string {
  if (request.version === undefined) {
    return nextVersion(latest?.version, request.hotfix ? 'patch' : request.bump)
  }
  const version = parseVersionInput(request.version)
  checkVersionPolicy({
    version,
    kind,
    releaseType: request.releaseType,
    latest,
    existingVersions: tags.map((t) => t.slice(request.tagPrefix.length)),
    source: 'input'
  })
  return version
}

/** Pushes `plan.sha` as the new branch; a branch that appeared meanwhile is refused, not moved. */
export async function pushNewBranch(git: Git, plan: StartPlan): Promise<StartOutcome> {
  if (plan.exists) return 'unchanged'
  const ref = `refs/heads/${plan.branch}`
  const result = await git.run(['push', '--porcelain', 'origin', `${plan.sha}:${ref}`], {
    allowFailure: true
  })
  if (result.exitCode === 0) return 'created'
  const kind = classifyPushFailure(result)
  const detail = remoteMessage(result) || result.stderr.trim()
  if (kind === 'race') {
    throw new ConfigurationError(
      `Branch ${plan.branch} was created on origin by someone else while this ran; it was left as it is.\n${detail}`
    )
  }
  if (kind === 'protected' || kind === 'permission') {
    throw new ConfigurationError(
      `The server refused to create ${plan.branch} (a rule or the token's permissions; the job needs 'contents: write').\n${detail}`
    )
  }
  throw new ConfigurationError(`Pushing ${plan.branch} failed.\n${detail}`)
}

/** The branches of a listing, name -> commit. */
export function headsOf(listing: RemoteListing): Map<string, string> {
  const heads = new Map<string, string>()
  for (const [ref, sha] of listing.refs)
    if (ref.startsWith('refs/heads/')) heads.set(ref.slice('refs/heads/'.length), sha)
  return heads
}
