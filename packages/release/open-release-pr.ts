/**
 * Step 11 of the process: open (or update) the release pull request from the release or hotfix
 * branch into main, its body the version's changelog section, with labels, reviewers, the
 * version's milestone, a trial back-merge into develop and, when asked, auto-merge with a merge
 * commit. Plain values in, the checkout, the GitHub client and a logger injected.
 */
import { existsSync, readFileSync } from 'node:fs'
import { confinedFile } from '../action-kit/confine.js'
import { ConfigurationError } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import { shown } from '../base/shown.js'
import { readReleaseSection } from '../changelog/release-section.js'
import { remoteDefaultBranch, type DefaultBranchLookup } from '../git/default-branch.js'
import type { Git, RemoteListing } from '../git/git.js'
import { forecastMerge } from '../git/merge.js'
import { enableMergeCommitAutoMerge, type AutoMergeOutcome } from '../github/auto-merge.js'
import type { GitHubClient } from '../github/client.js'
import {
  findMilestone,
  findOpenPull,
  upsertPull,
  type PullRequestInfo,
  type PullRequestOutcome,
  type Repository
} from '../github/pulls.js'
import {
  parseReleaseBranch,
  parseVersionInput,
  type BranchPatterns,
  type ReleaseKind
} from '../versioning/index.js'
import { releasePullBody, type BackMergeForecast } from './release-pr.js'

/** What the workflow asks of the release pull request (open-release-pr's inputs). */
export interface ReleasePullOptions {
  version?: string
  /** The branch the pull request merges into (main); '' for the repository's default branch. */
  base: string
  head?: string
  /** Title template: {version}. */
  title: string
  releaseNotes?: string
  changelogPath: string
  issueUrl?: string
  issuePattern: RegExp
  draft: boolean
  labels: string[]
  reviewers: string[]
  milestone?: string
  developBranch: string
  patterns: BranchPatterns
  tagPrefix: string
  conflictForecast: boolean
  autoMerge: boolean
}

export interface ReleasePullRequest extends ReleasePullOptions {
  dryRun: boolean
  /** The checkout's directory (where the changelog is read). */
  workingDirectory: string
  /** The branch the workflow ran on, the head when `head` is not given. */
  runBranch?: string
}

export interface ReleasePullServices {
  github: GitHubClient
  repo: Repository
  /** The checkout, or undefined without one (no back-merge forecast, the base from the API). */
  git?: Git
  /** The repository's default branch from the event or the API, when origin does not say it. */
  defaultBranch: DefaultBranchLookup
  log: Logger
}

export interface ReleasePullReport {
  result: PullRequestOutcome | 'dry-run'
  head: string
  base: string
  version: string
  title: string
  body: string
  /** The pull request opened or updated; on a dry run the open one it would update, if any. */
  pull?: PullRequestInfo
  labels: string[]
  milestone: { title: string; attached: boolean }
  forecast?: BackMergeForecast
  autoMerge?: AutoMergeOutcome
}

export async function openReleasePull(
  services: ReleasePullServices,
  given: ReleasePullRequest
): Promise<ReleasePullReport> {
  const { github, repo, log } = services
  const { head, version, kind } = await releaseBranch(services, given)
  // The forecast's one ls-remote asks for origin's HEAD too when the base is the default branch.
  const listing =
    given.conflictForecast && services.git
      ? await services.git.listRemote([
          ...(given.base ? [] : ['HEAD']),
          ...[head, given.developBranch].map((branch) => `refs/heads/${branch}`)
        ])
      : undefined
  const request = { ...given, base: given.base || (await defaultBase(services)) }
  if (head === request.base) {
    throw new ConfigurationError(`'head' and 'base' are both ${head}.`, { input: 'head' })
  }
  const notes = request.releaseNotes ?? changelogNotes(request, version, log)
  const forecast =
    listing && services.git
      ? await backMergeForecast(services.git, listing, head, request.developBranch, log)
      : undefined
  if (request.conflictForecast && !services.git)
    log.info('No checkout: no back-merge forecast (run actions/checkout first to get one).')
  const existing = await findOpenPull(github, repo, head, request.base)
  const milestoneTitle = request.milestone ?? version
  const milestone = await findMilestone(github, repo, milestoneTitle)
  const spec = {
    head,
    base: request.base,
    title: request.title.replaceAll('{version}', version),
    body: releasePullBody({
      version,
      kind,
      notes,
      notesSource: request.changelogPath,
      issueUrl: request.issueUrl,
      issuePattern: request.issuePattern,
      base: request.base,
      backMergeTargets: [
        `\`${request.developBranch}\``,
        ...(kind === 'hotfix' ? ['the open release branch, if any'] : [])
      ],
      tagPrefix: request.tagPrefix,
      previousBody: existing?.body,
      forecast
    }),
    draft: request.draft,
    labels: request.labels,
    reviewers: request.reviewers,
    milestone: milestone?.state === 'open' ? milestone.number : undefined
  }
  const report = {
    head,
    base: request.base,
    version,
    title: spec.title,
    body: spec.body,
    labels: spec.labels,
    milestone: { title: milestoneTitle, attached: spec.milestone !== undefined },
    forecast
  }
  if (request.dryRun) {
    log.info(
      `Would ${existing ? `update #${existing.number}` : 'open'} ${head} -> ${request.base}.`
    )
    return { ...report, result: 'dry-run', pull: existing }
  }
  const { pull, result } = await upsertPull(github, repo, spec)
  log.info(
    `${result === 'created' ? 'Opened' : result === 'updated' ? 'Updated' : 'Unchanged:'} #${pull.number} ${pull.url}`
  )
  if (milestone && milestone.state !== 'open') {
    log.info(`Milestone ${milestoneTitle} is closed; not attached.`)
  }
  const autoMerge = request.autoMerge
    ? await enableMergeCommitAutoMerge(github, repo, pull.number)
    : undefined
  if (forecast?.result === 'conflict') {
    log.warning(
      `The back-merge of ${head} into ${forecast.target} will conflict in ${forecast.conflicts.join(', ')} (trial merge); resolve them before release day.`
    )
  }
  return { ...report, result, pull, autoMerge }
}

/**
 * The trial back-merge of the release branch into develop (git merge-tree, no ref moved), or
 * undefined with a note when either branch is not on origin. `listing`: origin's answer for both
 * branches; only what the clone lacks is fetched (nothing when it has both as origin has them).
 */
async function backMergeForecast(
  git: Git,
  listing: RemoteListing,
  head: string,
  target: string,
  log: Logger
): Promise<BackMergeForecast | undefined> {
  for (const branch of [head, target]) {
    if (!listing.refs.has(`refs/heads/${branch}`)) {
      log.info(`${branch} is not on origin: no back-merge forecast.`)
      return undefined
    }
  }
  await fetchForForecast(git, listing, [head, target])
  const forecast = await forecastMerge(git, head, target)
  log.info(
    forecast.result === 'conflict'
      ? `Trial merge of ${head} into ${target}: conflicts in ${forecast.conflicts.join(', ')}.`
      : `Trial merge of ${head} into ${target}: ${forecast.result}.`
  )
  return forecast
}

/**
 * The merge base needs the history of both branches: a shallow clone fetches both with the whole
 * history, in one fetch; a full clone fetches only a branch whose tracking ref is not where
 * origin has it, and nothing when both are.
 */
async function fetchForForecast(
  git: Git,
  listing: RemoteListing,
  branches: string[]
): Promise<void> {
  const shallow = await git.isShallow()
  const tracking = (b: string) => `refs/remotes/origin/${b}`
  const out = await git.output([
    'for-each-ref',
    '--format=%(objectname) %(refname)',
    ...branches.map(tracking)
  ])
  const local = new Map(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(line.indexOf(' ') + 1), line.slice(0, line.indexOf(' '))])
  )
  const stale = branches.filter(
    (b) => local.get(tracking(b)) !== listing.refs.get(`refs/heads/${b}`)
  )
  if (!shallow && stale.length === 0) return
  await git.run([
    'fetch',
    '--no-tags',
    ...(shallow ? ['--unshallow'] : []),
    'origin',
    ...(shallow ? branches : stale).map((b) => `+refs/heads/${b}:${tracking(b)}`)
  ])
}

/** The head branch and the version it releases; refuses a head that is no release branch. */
async function releaseBranch(
  { git }: ReleasePullServices,
  request: ReleasePullRequest
): Promise<{ head: string; version: string; kind: ReleaseKind }> {
  const head = request.head ?? request.runBranch ?? (git ? await git.currentBranch() : undefined)
  if (!head) {
    throw new ConfigurationError(
      "HEAD is detached and the workflow names no branch, so there is no release branch to open a pull request from; set the 'head' input.",
      { input: 'head' }
    )
  }
  const found = parseReleaseBranch(head, request.patterns)
  if (!found && (request.version === undefined || request.head === undefined)) {
    throw new ConfigurationError(
      `${request.head === undefined ? `The branch ${shown(head)} is` : `Input 'head' is ${shown(head)}, which is`} not a release or hotfix branch (${[...request.patterns.release, ...request.patterns.hotfix].join(', ')}). ` +
        "Run on the release branch, or set both 'head' and 'version'.",
      { input: 'head' }
    )
  }
  const version =
    request.version === undefined ? found!.version : parseVersionInput(request.version)
  const kind = found?.kind ?? (version.split('.')[2] === '0' ? 'release' : 'hotfix')
  return { head: found?.branch ?? head, version, kind }
}

/** An empty `main-branch`: the repository's default branch, by the rule every action follows. */
async function defaultBase({ git, defaultBranch }: ReleasePullServices): Promise<string> {
  const branch = git ? await remoteDefaultBranch(git, defaultBranch) : await defaultBranch()
  if (branch) return branch
  throw new ConfigurationError(
    "The repository's default branch is unknown (no checkout's origin, event or API says it); " +
      "set the 'main-branch' input to the branch the release pull request merges into.",
    { input: 'main-branch' }
  )
}

/** The version's changelog section, or undefined (with a note) when there is none yet. */
function changelogNotes(
  request: ReleasePullRequest,
  version: string,
  log: Logger
): string | undefined {
  const path = confinedFile(request.workingDirectory, request.changelogPath)
  if (!existsSync(path)) {
    log.info(`${request.changelogPath} does not exist; the body says the notes are still to come.`)
    return undefined
  }
  const section = readReleaseSection(readFileSync(path, 'utf8'), version)
  if (!section) log.info(`${request.changelogPath} has no [${version}] section yet.`)
  return section?.body
}
