/**
 * Step 19 of the process: merge main back into develop (and, after a hotfix, into the open
 * release branch too, as git-flow asks). Each target is merged with a merge commit and pushed;
 * a conflict or a protected target becomes a pull request from a `back-merge/<version>` branch
 * (or a failure, with `on-conflict: fail`). Never forced: each target's head stays an ancestor.
 */
import { ConfigurationError } from '../base/errors.js'
import { shown } from '../base/shown.js'
import type { Git, RemoteListing } from '../git/git.js'
import { readLocalRefs } from '../git/local-refs.js'
import { mergeAndPush, type MergeAttempt, type PublishMerge } from '../git/merge.js'
import type { PullRequestResult, PullRequestSpec } from '../github/pulls.js'
import { parseReleaseTags, type BranchPatterns } from '../versioning/index.js'
import { releaseArrival, type PullHead, type ReleaseArrival } from './arrival.js'
import { headsOf, openReleaseBranches } from './start-release.js'

export type BackMergeOutcome = 'merged' | 'unchanged' | 'pull-request' | 'dry-run'

export interface BackMergeRequest {
  /** '' for the repository's default branch: origin's HEAD, asked in the stage's one ls-remote. */
  source: string
  /** The default branch when origin's HEAD does not say it (the event, the API). */
  defaultSource?: () => Promise<string>
  target: string
  /** The `version` input; default: the latest release tag reachable from source. */
  version?: string
  /** Message template: {source}, {target}, {version}. */
  message: string
  onConflict: 'pull-request' | 'fail'
  /** After a hotfix (a patch version), also merge into open release branches. */
  releaseBranches: boolean
  patterns: BranchPatterns
  tagPrefix: string
  /** Branch name template of the pull request's head: {version}. */
  pullRequestBranch: string
  labels: string[]
  dryRun: boolean
  scratch: string
  /** How the merge reaches a target (commit-via); undefined or an answer of undefined: git push. */
  publishMerge?: (target: string) => Promise<PublishMerge | undefined>
}

export interface TargetReport {
  target: string
  result: BackMergeOutcome
  /** The target's head after the run (the merge commit when merged). */
  sha: string
  /** Conflicting files, when the merge conflicted. */
  conflicts: string[]
  /** Why a pull request was opened: `conflict` or `protected`. */
  reason?: 'conflict' | 'protected'
  /** Files a squashed release made conflict, merged on the release branch's own base instead. */
  resolved?: string[]
  /**
   * Whether source is now an ancestor of the target (git-flow's invariant), checked on origin
   * after the run: `pending` while the pull request waits.
   */
  ancestry: 'yes' | 'no' | 'pending'
  pullRequestUrl?: string
  pullRequestNumber?: number
}

export interface BackMergeReport {
  version?: string
  source: string
  sourceSha: string
  result: BackMergeOutcome
  targets: TargetReport[]
  /** How the release reached source, when a version tag names it. */
  arrival?: ReleaseArrival
}

/** Opens (or reuses) the pull request of a back-merge that could not be pushed. */
export type PullRequestOpener = (spec: PullRequestSpec) => Promise<PullRequestResult>

/** The release branch head a merged pull request of a commit names (the API), if any. */
export type PullHeadFinder = (sha: string) => Promise<PullHead | undefined>

export async function backMerge(
  git: Git,
  given: BackMergeRequest,
  openPull: PullRequestOpener,
  findPullHead?: PullHeadFinder
): Promise<BackMergeReport> {
  // One ls-remote: origin's HEAD when source is its default branch, every branch (source,
  // target, the open release branches, the release branch of the arrival, the pull request
  // branch are among them) and the release tags.
  const listing = await git.listRemote([
    ...(given.source ? [] : ['HEAD']),
    'refs/heads/*',
    `refs/tags/${given.tagPrefix}*`
  ])
  const request = { ...given, source: given.source || (await defaultSource(given, listing)) }
  if (request.source === request.target) {
    throw new ConfigurationError(`'source' and 'target' are both ${request.source}.`, {
      input: 'target'
    })
  }
  const heads = headsOf(listing)
  for (const [input, branch] of [
    ['source', request.source],
    ['target', request.target]
  ] as const) {
    if (!heads.has(branch)) {
      throw new ConfigurationError(
        `Input '${input}' is ${shown(branch)}, a branch that does not exist on origin; nothing was merged.`,
        { input }
      )
    }
  }
  const tags = new Map<string, string>()
  for (const [ref, sha] of listing.refs)
    if (ref.startsWith('refs/tags/')) tags.set(ref.slice('refs/tags/'.length), sha)
  // The open release branches a hotfix also goes into are fetched with the rest, before the
  // version says whether this is a hotfix: a branch more in one fetch, not a second fetch.
  const open = request.releaseBranches
    ? openReleaseBranches([...heads.keys()], tags, request.patterns, request.tagPrefix).filter(
        (b) => b.kind === 'release' && b.branch !== request.target && b.branch !== request.source
      )
    : []
  await fetchBranches(
    git,
    listing,
    [request.source, request.target, ...open.map((b) => b.branch)],
    request.tagPrefix
  )
  const version =
    request.version ??
    parseReleaseTags(
      await git.tagsMergedInto(`refs/remotes/origin/${request.source}`, `${request.tagPrefix}*`),
      request.tagPrefix
    )[0]?.version
  const isHotfix = version !== undefined && !/\.0$/.test(version.split('-')[0])
  const targets = [request.target, ...(isHotfix ? open.map((b) => b.branch) : [])]
  const sourceSha = heads.get(request.source)!
  // Only a merge still to make needs to know how the release arrived.
  const pending = !(await git.isAncestor(sourceSha, `refs/remotes/origin/${request.target}`))
  const arrival =
    version && pending
      ? await sourceArrival(git, request, version, listing, tags, findPullHead)
      : undefined
  const squashed =
    arrival?.arrival.kind === 'squash' && arrival.arrival.head
      ? { commit: arrival.commit, head: arrival.arrival.head }
      : undefined
  if (squashed) {
    git.log.info(
      `${version ?? ''} reached ${request.source} squashed or rebased (${arrival?.arrival.branch ?? 'release branch'} head ${squashed.head.slice(0, 12)}): ` +
        "conflicts on content the release branch already had are merged on the branch's own base."
    )
  }
  const reports: TargetReport[] = []
  for (const target of targets) {
    const message = request.message
      .replaceAll('{source}', request.source)
      .replaceAll('{target}', target)
      .replaceAll('{version}', version ?? sourceSha.slice(0, 12))
    const attempt = await mergeAndPush(git, {
      source: request.source,
      target,
      message,
      dryRun: request.dryRun,
      scratch: request.scratch,
      squashed,
      publish: request.dryRun ? undefined : await request.publishMerge?.(target)
    })
    const done = await report(
      git,
      request,
      { target, version, sourceSha, attempt },
      openPull,
      heads
    )
    reports.push({ ...done, ancestry: await ancestry(git, sourceSha, done) })
  }
  const results = reports.map((r) => r.result)
  const result: BackMergeOutcome = request.dryRun
    ? 'dry-run'
    : results.includes('pull-request')
      ? 'pull-request'
      : results.includes('merged')
        ? 'merged'
        : 'unchanged'
  return {
    version,
    source: request.source,
    sourceSha,
    result,
    targets: reports,
    arrival: arrival?.arrival
  }
}

/** The repository's default branch: origin's HEAD as just listed, else the request's fallback. */
async function defaultSource(request: BackMergeRequest, listing: RemoteListing): Promise<string> {
  const branch = listing.head ?? (await request.defaultSource?.())
  if (branch) return branch
  throw new ConfigurationError(
    "The repository's default branch is unknown (origin has no HEAD, the event and the API do not say it); " +
      "set the 'source' input to the branch the release was merged into.",
    { input: 'source' }
  )
}

/** How the version's tagged commit reached source (its tag, else source's head). */
async function sourceArrival(
  git: Git,
  request: BackMergeRequest,
  version: string,
  listing: RemoteListing,
  tags: Map<string, string>,
  findPullHead?: PullHeadFinder
): Promise<{ commit: string; arrival: ReleaseArrival } | undefined> {
  const tagged = tags.get(`${request.tagPrefix}${version}`)
  const commit = tagged
    ? await git.resolveCommit(tagged)
    : await git.resolveCommit(`refs/remotes/origin/${request.source}`)
  if (!commit) return undefined
  const kind = /\.0$/.test(version.split('-')[0]) ? 'release' : 'hotfix'
  const parents = (await git.output(['rev-list', '--parents', '-n', '1', commit])).split(' ')
  let pull: PullHead | undefined
  try {
    // A merge commit names its release branch head itself; a single commit asks the API.
    if (parents.length === 2) pull = await findPullHead?.(commit)
  } catch (error) {
    git.log.info(`Could not read the pull request of ${commit.slice(0, 12)}: ${String(error)}`)
  }
  const arrival = await releaseArrival(git, {
    sha: commit,
    version,
    kind,
    patterns: request.patterns,
    pull,
    listing
  })
  return { commit, arrival }
}

/**
 * git-flow's invariant after a back-merge: source is an ancestor of the target's head as origin
 * last answered for it: the merge commit its push accepted (or the merges API made and we
 * fetched), or the head it listed when nothing needed merging. A pull request leaves it pending.
 * No second ls-remote: a push that succeeded is origin's word that the branch is at our merge.
 */
async function ancestry(
  git: Git,
  sourceSha: string,
  done: Omit<TargetReport, 'ancestry'>
): Promise<TargetReport['ancestry']> {
  if (done.result === 'pull-request') return 'pending'
  if (await git.isAncestor(sourceSha, done.sha)) return 'yes'
  return done.result === 'dry-run' ? 'pending' : 'no'
}

interface Merged {
  target: string
  version: string | undefined
  sourceSha: string
  attempt: MergeAttempt
}

async function report(
  git: Git,
  request: BackMergeRequest,
  merged: Merged,
  openPull: PullRequestOpener,
  heads: Map<string, string>
): Promise<Omit<TargetReport, 'ancestry'>> {
  const { target, attempt } = merged
  if (attempt.kind === 'unchanged') {
    return {
      target,
      result: request.dryRun ? 'dry-run' : 'unchanged',
      sha: attempt.sha,
      conflicts: []
    }
  }
  if (attempt.kind === 'merged') {
    return {
      target,
      result: request.dryRun ? 'dry-run' : 'merged',
      sha: attempt.sha,
      conflicts: [],
      resolved: attempt.resolved
    }
  }
  const conflicts = attempt.kind === 'conflict' ? attempt.files : []
  const reason = attempt.kind === 'conflict' ? 'conflict' : 'protected'
  if (attempt.kind === 'refused' && attempt.rejection !== 'protected') {
    throw new ConfigurationError(
      `The server refused the push of the merge to ${target} (the job needs 'contents: write'); nothing was pushed.\n${attempt.detail}`
    )
  }
  const why =
    attempt.kind === 'conflict'
      ? `${request.source} and ${target} conflict in ${conflicts.join(', ')}`
      : `${target} is protected: the server refused the push\n${attempt.detail}`
  if (request.onConflict === 'fail' || request.dryRun) {
    if (request.dryRun) {
      return { target, result: 'dry-run', sha: attempt.targetSha, conflicts, reason }
    }
    throw new ConfigurationError(
      `Cannot merge ${request.source} into ${target}: ${why}. Nothing was pushed. ` +
        "Merge by hand, or set 'on-conflict: pull-request' to get a pull request instead."
    )
  }
  const head = pullRequestBranch(request, target, merged)
  await pushPullRequestBranch(git, head, merged.sourceSha, heads.get(head))
  const { pull } = await openPull({
    head,
    base: target,
    title: `Merge ${request.source} into ${target}${merged.version ? ` after ${merged.version}` : ''}`,
    body: pullRequestBody(request, target, head, reason, conflicts),
    draft: false,
    labels: request.labels,
    reviewers: []
  })
  return {
    target,
    result: 'pull-request',
    sha: attempt.targetSha,
    conflicts,
    reason,
    pullRequestUrl: pull.url,
    pullRequestNumber: pull.number
  }
}

/** `back-merge/1.3.0` into the main target; `back-merge/1.2.1-release-v1.3.0` into another. */
export function pullRequestBranch(
  request: Pick<BackMergeRequest, 'pullRequestBranch' | 'target' | 'source'>,
  target: string,
  merged: Pick<Merged, 'version' | 'sourceSha'>
): string {
  const name = request.pullRequestBranch.replaceAll(
    '{version}',
    merged.version ?? `${request.source}-${merged.sourceSha.slice(0, 12)}`
  )
  return target === request.target ? name : `${name}-${target.replaceAll('/', '-')}`
}

/**
 * Points the pull request branch at the source commit: created, fast-forwarded, or left alone
 * when it already contains it (someone resolved the conflicts there). Never forced. `existing`:
 * the branch's head in the stage's listing (a rerun's).
 */
async function pushPullRequestBranch(
  git: Git,
  branch: string,
  sourceSha: string,
  existing: string | undefined
): Promise<void> {
  const ref = `refs/heads/${branch}`
  if (existing === sourceSha) return
  if (existing) {
    await git.run(['fetch', '--no-tags', 'origin', `+${ref}:refs/remotes/origin/${branch}`])
    if (await git.isAncestor(sourceSha, existing)) return
  }
  const push = await git.run(['push', '--porcelain', 'origin', `${sourceSha}:${ref}`], {
    allowFailure: true
  })
  if (push.exitCode !== 0) {
    throw new ConfigurationError(
      `Could not push the pull request branch ${branch} (it exists and does not contain ${sourceSha.slice(0, 12)}); ` +
        `delete it or set 'pull-request-branch'. Nothing was forced.\n${push.stderr.trim()}`
    )
  }
}

export function pullRequestBody(
  request: Pick<BackMergeRequest, 'source'>,
  target: string,
  head: string,
  reason: 'conflict' | 'protected',
  conflicts: string[]
): string {
  const lines = ['<!-- release-actions:back-merge -->']
  if (reason === 'conflict') {
    lines.push(
      `\`${request.source}\` could not be merged into \`${target}\` automatically: these files conflict.`,
      '',
      ...conflicts.map((f) => `- \`${f}\``),
      '',
      'Resolve them on this branch, then merge this pull request with a merge commit:',
      '',
      '```sh',
      'git fetch origin',
      `git checkout ${head}`,
      `git merge origin/${target}`,
      '# fix the conflicts, then',
      'git commit',
      `git push origin ${head}`,
      '```'
    )
  } else {
    lines.push(
      `\`${target}\` is protected, so \`${request.source}\` is merged back through this pull request.`
    )
  }
  lines.push(
    '',
    `Use a merge commit (not squash or rebase), so \`${request.source}\` stays an ancestor of \`${target}\`.`,
    ''
  )
  return lines.join('\n')
}

/**
 * Fetches what the clone lacks of the branches and the release tags (nothing when it has them as
 * origin listed them); a merge needs the merge base, so a shallow clone is deepened to the full
 * history of these branches.
 */
async function fetchBranches(
  git: Git,
  listing: RemoteListing,
  branches: string[],
  tagPrefix: string
): Promise<void> {
  const shallow = await git.isShallow()
  const local = await readLocalRefs(git, tagPrefix)
  const stale = branches.filter(
    (b) => local.tracking.get(b) !== listing.refs.get(`refs/heads/${b}`)
  )
  const tagsStale = [...listing.objects].some(
    ([ref, object]) =>
      ref.startsWith(`refs/tags/${tagPrefix}`) &&
      local.tags.get(ref.slice('refs/tags/'.length))?.object !== object
  )
  if (!shallow && stale.length === 0 && !tagsStale) return
  await git.run([
    'fetch',
    '--no-tags',
    ...(shallow ? ['--unshallow'] : []),
    'origin',
    ...(shallow ? branches : stale).map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`),
    ...(shallow || tagsStale ? [`+refs/tags/${tagPrefix}*:refs/tags/${tagPrefix}*`] : [])
  ])
}
