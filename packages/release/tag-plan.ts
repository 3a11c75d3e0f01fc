/**
 * The first half of create-tag, before anything is written: which commit, which version (input,
 * branch, merge message, or the merged pull request), the cross-check with the version files
 * and CHANGELOG.md, the release notes, the tag's state on the remote, and the version policy.
 */
import { confinedFile } from '../action-kit/confine.js'
import { existsSync, readFileSync } from 'node:fs'
import semver from '../versioning/semver.js'
import { ConfigurationError } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import { readReleaseSection } from '../changelog/release-section.js'
import { remoteDefaultBranch } from '../git/default-branch.js'
import type { Git, RemoteListing } from '../git/git.js'
import { remoteNameIn, type RemoteTag } from '../git/tags.js'
import type { GitHubClient } from '../github/client.js'
import { explainApiError } from '../github/errors.js'
import {
  arrivalFromApi,
  describeSquash,
  releaseArrival,
  type PullHead,
  type ReleaseArrival
} from './arrival.js'
import { enforcePolicy, resolveReleaseTarget, type ReleaseTarget } from './target.js'
import { currentVersion, loadVersionFiles, type VersionFileSpec } from '../version-files/index.js'
import {
  branchNameFor,
  checkPrereleaseId,
  parseReleaseTags,
  resolveReleaseVersion,
  type BranchPatterns,
  type ReleaseType,
  type ResolvedVersion
} from '../versioning/index.js'
import {
  commitMessageViaApi,
  listTagsViaApi,
  readNameViaApi,
  type Repository
} from '../tagging/api-refs.js'
import {
  checkVersionAgreement,
  releaseBranchOfPulls,
  topReleasedVersion,
  type VersionEvidence
} from '../tagging/version-evidence.js'

/** Where create-tag reads from and writes to: a checkout (when there is one) and the API. */
export interface TaggingContext {
  repository: Repository
  /** The checkout; undefined for `via: api` without one. */
  git?: Git
  /** The API client, made on first use (a run that never needs it needs no token). */
  github: () => Promise<GitHubClient>
  log: Logger
}

export interface TagPlanRequest {
  versionInput?: string
  /** The `sha` input, else GITHUB_SHA; undefined means the checkout's HEAD. */
  sha?: string
  branch?: string
  patterns: BranchPatterns
  releaseType: ReleaseType
  tagPrefix: string
  mainBranch: string
  files?: VersionFileSpec[]
  changelogPath: string
  releaseNotes?: string
  /** Tag a release that was squash- or rebase-merged into main (with a warning) instead of refusing. */
  allowSquash?: boolean
  /**
   * Tag a release candidate of the version instead: `rc` makes `1.3.0-rc.N`, N one past the
   * highest candidate tag of 1.3.0 (or the candidate already on this commit, for a rerun).
   */
  prereleaseId?: string
  /** The floating tags to be moved (`v1`, `v1.3`): their branch names are listed with the rest. */
  updateMajorTag?: boolean
  updateMinorTag?: boolean
}

export interface TagPlan {
  target: ReleaseTarget
  sha: string
  /** Where the version came from, in words: "pull request #12 (release-v1.3.0)". */
  origin: string
  /** The tag already on the remote at `sha` (a rerun); a tag elsewhere is refused. */
  existing?: RemoteTag
  notes: { text: string; from: 'input' | 'changelog' | 'none'; why?: string }
  /** Every source that was compared, the version first. */
  evidence: VersionEvidence[]
  /** How the release reached main; undefined when the run is not on main's merge (a release branch). */
  arrival?: ReleaseArrival
  /** Origin's refs from the plan's one `ls-remote` (a checkout's; the API is asked without one). */
  listing?: RemoteListing
}

type Resolved = ResolvedVersion & { pull?: number; pullHead?: PullHead }

/** Works out everything create-tag will do, reading only; throws on any disagreement. */
export async function planTag(ctx: TaggingContext, request: TagPlanRequest): Promise<TagPlan> {
  const { git } = ctx
  const commit = git ? await localCommit(git, request.sha) : await apiCommit(ctx, request.sha)
  const sha = commit.sha
  const resolved = await resolveVersion(ctx, request, sha, commit.message)
  const origin = describeOrigin(resolved)
  const files = git ? await readRepositoryFiles(git, request, sha, ctx.log) : undefined
  if (!git) ctx.log.info('No checkout: the version files and CHANGELOG.md are not cross-checked.')
  const evidence: VersionEvidence[] = [
    { source: origin, version: resolved.version },
    ...(files?.evidence ?? [])
  ]
  checkVersionAgreement(evidence)
  const base = git
    ? {
        ...(await resolveReleaseTarget(git, {
          versionInput: resolved.version,
          branch: request.branch,
          patterns: request.patterns,
          tagPrefix: request.tagPrefix,
          mainBranch: request.mainBranch,
          alsoList: refsToList(request, resolved),
          alsoFetch: (listing) => arrivalBranchToFetch(request, resolved, commit, listing)
        })),
        ...resolved
      }
    : targetFromTags(
        resolved,
        `${request.tagPrefix}${resolved.version}`,
        await listTagsViaApi(await ctx.github(), ctx.repository),
        request.tagPrefix
      )
  const listing = 'listing' in base ? base.listing : undefined
  const target = request.prereleaseId
    ? candidateOf(
        base,
        sha,
        request,
        await candidateTags(ctx, `${request.tagPrefix}${base.version}-`, listing)
      )
    : base
  const tagName = target.tag
  if (target !== base) ctx.log.info(`Release candidate ${target.version} of ${base.version}.`)
  const remote = listing
    ? remoteNameIn(listing, tagName)
    : await readNameViaApi(await ctx.github(), ctx.repository, tagName)
  if (remote.branch) {
    throw new ConfigurationError(
      `The tag name ${tagName} is taken by a branch: origin has refs/heads/${tagName}. A tag of the ` +
        'same name would make the name ambiguous for git and GitHub. Rename or delete that branch ' +
        '(or set a different `tag-prefix`), then rerun. Nothing was changed.'
    )
  }
  if (remote.tag && remote.tag.commit !== sha) {
    throw new ConfigurationError(
      `The tag ${tagName} already exists on commit ${remote.tag.commit}, not on ${sha}, the commit ` +
        'this run releases. A release tag is never moved; nothing was changed. Release a new ' +
        'version, or run on the tagged commit.'
    )
  }
  // The tag at this very commit is a rerun, not a repeated version.
  enforcePolicy(target, request.releaseType, {
    tolerateOwnTag: remote.tag !== undefined,
    tagPrefix: request.tagPrefix
  })
  const arrival = await checkArrival(ctx, request, resolved, commit, listing)
  // A candidate's notes are its version's section (1.3.0 for 1.3.0-rc.2).
  const notes = releaseNotes(request, resolved.version, files)
  return { target, sha, origin, existing: remote.tag, notes, evidence, arrival, listing }
}

/**
 * What create-tag asks origin besides the branches and release tags, in the same `ls-remote`: a
 * branch named like the tag (or its candidates), the release branch whose arrival is checked,
 * and branches named like the floating tags. Absent from the answer means absent on origin.
 */
function refsToList(request: TagPlanRequest, resolved: Resolved): string[] {
  const tag = `${request.tagPrefix}${resolved.version}`
  const refs = [`refs/heads/${tag}`]
  if (request.prereleaseId && /^[0-9A-Za-z-]+$/.test(request.prereleaseId))
    refs.push(`refs/heads/${tag}-${request.prereleaseId}.*`)
  if (!resolved.pullHead) {
    try {
      refs.push(`refs/heads/${branchNameFor(resolved.version, resolved.kind, request.patterns)}`)
    } catch {
      // No branch name for this version: the arrival is read without one.
    }
  }
  const major = semver.major(resolved.version)
  const minor = semver.minor(resolved.version)
  if (request.updateMajorTag) refs.push(`refs/heads/${request.tagPrefix}${major}`)
  if (request.updateMinorTag) refs.push(`refs/heads/${request.tagPrefix}${major}.${minor}`)
  return refs
}

/**
 * The release branch whose arrival the plan checks, when origin's head of it is neither the
 * commit nor one of its parents (the branch moved on after the merge): the arrival check reads
 * its history, so it comes in the stage's one fetch with main and the tags, not in fetches of
 * its own afterwards.
 */
function arrivalBranchToFetch(
  request: TagPlanRequest,
  resolved: Resolved,
  commit: { sha: string; parentShas?: string[] },
  listing: RemoteListing
): string[] {
  if (resolved.pullHead || (resolved.source !== 'merge' && !request.branch)) return []
  let branch: string
  try {
    branch = branchNameFor(resolved.version, resolved.kind, request.patterns)
  } catch {
    return []
  }
  const head = listing.refs.get(`refs/heads/${branch}`)
  if (!head || head === commit.sha || commit.parentShas?.includes(head)) return []
  return [branch]
}

/**
 * On main, a release must arrive by a merge commit (step 12): a squash or rebase is refused,
 * or with `allow-squash` tagged with a warning. A run on the release branch is not checked.
 */
async function checkArrival(
  ctx: TaggingContext,
  request: TagPlanRequest,
  resolved: Resolved,
  commit: { sha: string; parents?: number },
  listing: RemoteListing | undefined
): Promise<ReleaseArrival | undefined> {
  if (resolved.source !== 'merge' && !request.branch) return undefined
  const mainBranch = await mainBranchOf(ctx, request.mainBranch)
  const onMain = resolved.source === 'merge' || request.branch === mainBranch
  if (!onMain) return undefined
  const arrival = ctx.git
    ? await releaseArrival(ctx.git, {
        sha: commit.sha,
        version: resolved.version,
        kind: resolved.kind,
        patterns: request.patterns,
        pull: resolved.pullHead,
        listing
      })
    : arrivalFromApi(commit.parents ?? 1, commit.sha, resolved.pullHead)
  if (arrival.kind === 'unknown') {
    ctx.log.info(
      `Cannot tell how ${resolved.version} reached ${mainBranch}: no release branch or merged pull request names its head.`
    )
  }
  if (arrival.kind !== 'squash') return arrival
  const why = describeSquash(arrival, commit.sha, mainBranch)
  if (request.allowSquash) {
    ctx.log.warning(`${why}. Tagging the squash commit anyway (allow-squash: true).`)
    return arrival
  }
  throw new ConfigurationError(
    `${why}. Revert it on ${mainBranch} and merge the release pull request with ` +
      '"Create a merge commit" (open-release-pr\'s auto-merge: true does so), or set ' +
      "'allow-squash: true' to tag the squash commit anyway. Nothing was changed.",
    { input: 'allow-squash' }
  )
}

/** The `main-branch` input, or when it is empty the repository's default branch. */
async function mainBranchOf(ctx: TaggingContext, given: string): Promise<string> {
  if (given) return given
  const fromApi = async (): Promise<string> => {
    const github = await ctx.github()
    try {
      const { data } = await github.request('GET /repos/{owner}/{repo}', { ...ctx.repository })
      return data.default_branch
    } catch (error) {
      throw explainApiError(error, "reading the repository's default branch")
    }
  }
  return (ctx.git && (await remoteDefaultBranch(ctx.git, fromApi))) || fromApi()
}

/**
 * The commit to tag, full sha, its parents and message; fetched when a shallow checkout lacks it.
 * That fetch is one of its own: the version may be read from this very message, and the stage's
 * one ls-remote asks for refs named after the version.
 */
async function localCommit(
  git: Git,
  sha: string | undefined
): Promise<{ sha: string; message: string; parentShas: string[] }> {
  const wanted = sha ?? 'HEAD'
  let full = await git.resolveCommit(wanted)
  if (!full && sha) {
    await git.run(['fetch', '--no-tags', '--depth=1', '--', 'origin', sha], {
      allowFailure: true
    })
    full = await git.resolveCommit(sha)
  }
  if (!full) {
    throw new ConfigurationError(
      `Input 'sha' is ${wanted}, which is not a commit of this repository (not even after fetching it).`,
      { input: 'sha' }
    )
  }
  // `parents` first: a root commit's empty parent line survives the output's trim.
  const [first = '', ...message] = (
    await git.output(['log', '-1', '--format=parents %P%n%B', full])
  ).split('\n')
  const parentShas = first.slice('parents '.length).split(' ').filter(Boolean)
  return { sha: full, message: message.join('\n'), parentShas }
}

async function apiCommit(
  ctx: TaggingContext,
  sha: string | undefined
): Promise<{ sha: string; message: string; parents?: number }> {
  if (!sha) {
    throw new ConfigurationError(
      "There is no checkout and no commit to tag: set the 'sha' input (or run in a workflow, which sets GITHUB_SHA).",
      { input: 'sha' }
    )
  }
  return commitMessageViaApi(await ctx.github(), ctx.repository, sha)
}

/** Input, branch, merge message; then the pull request the commit was merged by. */
async function resolveVersion(
  ctx: TaggingContext,
  request: TagPlanRequest,
  sha: string,
  message: string
): Promise<Resolved> {
  const direct = resolveReleaseVersion({
    input: request.versionInput,
    branch: request.branch,
    mergeMessage: message,
    patterns: request.patterns
  })
  if (direct) return direct
  const github = await ctx.github()
  let pulls
  try {
    pulls = await github.paginate(github.rest.repos.listPullRequestsAssociatedWithCommit, {
      ...ctx.repository,
      commit_sha: sha,
      per_page: 100
    })
  } catch (error) {
    throw explainApiError(error, `looking up the pull request of commit ${sha.slice(0, 12)}`)
  }
  const pull = releaseBranchOfPulls(pulls, sha, request.patterns)
  if (pull) {
    return {
      version: pull.version,
      kind: pull.kind,
      source: 'merge',
      branch: pull.branch,
      pull: pull.number,
      pullHead: pull.headSha
        ? { number: pull.number, branch: pull.branch, headSha: pull.headSha }
        : undefined
    }
  }
  const subject = message.split('\n')[0] ?? ''
  throw new ConfigurationError(
    `Cannot tell which version commit ${sha.slice(0, 12)} ("${subject}") releases: the 'version' ` +
      `input is empty, the branch '${request.branch ?? '(none)'}' is not a release or hotfix branch, ` +
      'the commit is not the merge of one, and no merged pull request from one contains it. ' +
      "Set the 'version' input, or run on the merge of release-vX.Y.Z.",
    { input: 'version' }
  )
}

function describeOrigin(resolved: Resolved): string {
  if (resolved.source === 'input') return "the 'version' input"
  if (resolved.source === 'branch') return `the branch ${resolved.branch ?? ''}`
  if (resolved.pull !== undefined)
    return `the merged pull request #${resolved.pull} (${resolved.branch ?? ''})`
  return `the merged branch ${resolved.branch ?? ''}`
}

/** The version files and CHANGELOG.md of the checkout, as evidence. */
async function readRepositoryFiles(
  git: Git,
  request: TagPlanRequest,
  sha: string,
  log: Logger
): Promise<{ evidence: VersionEvidence[]; changelog?: string }> {
  if ((await git.headSha()) !== sha) {
    log.warning(
      `The checkout is not at ${sha.slice(0, 12)}; the version files and ${request.changelogPath} are read from its HEAD.`
    )
  }
  const evidence: VersionEvidence[] = []
  const versions = await readVersionFiles(git.cwd, request.files)
  if (versions) evidence.push(versions)
  const path = request.changelogPath
  const file = confinedFile(git.cwd, path)
  if (!existsSync(file)) {
    log.info(`${path} does not exist; the release notes cannot come from it.`)
    return { evidence }
  }
  const changelog = readFileSync(file, 'utf8')
  const top = topReleasedVersion(changelog)
  if (top) {
    evidence.push({
      source: `${path}'s top released section`,
      version: top.version,
      where: `${path}:${top.line}`,
      locations: [{ file: path, line: top.line }]
    })
  }
  return { evidence, changelog }
}

/**
 * What the version files say. Files listed in `files` must be there; when none are listed and
 * none are found (a project that keeps no version in files), there is nothing to compare.
 */
async function readVersionFiles(
  dir: string,
  specs: VersionFileSpec[] | undefined
): Promise<VersionEvidence | undefined> {
  let loaded
  try {
    loaded = await loadVersionFiles(dir, specs)
  } catch (error) {
    const noneFound =
      error instanceof ConfigurationError && /^No version file found/.test(error.message)
    if (specs === undefined && noneFound) return undefined
    throw error
  }
  const current = currentVersion(loaded)
  if (current.version === undefined) return undefined
  return {
    source: 'the version files',
    version: current.version,
    where: current.occurrences.map((o) => `${o.file}:${o.line}`).join(', '),
    locations: current.occurrences.map((o) => ({ file: o.file, line: o.line }))
  }
}

/** Release tags of the API's tag list, shaped as resolveReleaseTarget shapes a checkout's. */
/** The candidate `X.Y.Z-<id>.N` of the target: the one on `sha` already, or the next number. */
function candidateOf(
  target: ReleaseTarget,
  sha: string,
  request: TagPlanRequest,
  remoteTags: Map<string, string>
): ReleaseTarget {
  const id = checkPrereleaseId(request.prereleaseId ?? '')
  if (semver.prerelease(target.version) !== null) {
    throw new ConfigurationError(
      `The version ${target.version} is already a pre-release; 'prerelease-id' makes candidates of a release version (1.3.0).`,
      { input: 'prerelease-id' }
    )
  }
  const stem = `${request.tagPrefix}${target.version}-${id}.`
  const numbered = [...remoteTags]
    .filter(([name]) => name.startsWith(stem) && /^\d+$/.test(name.slice(stem.length)))
    .map(([name, commit]) => ({ n: Number(name.slice(stem.length)), commit }))
  const n =
    numbered.find((c) => c.commit === sha)?.n ?? Math.max(0, ...numbered.map((c) => c.n)) + 1
  const version = `${target.version}-${id}.${n}`
  return { ...target, version, tag: `${request.tagPrefix}${version}` }
}

/**
 * The remote's tags that start with `stem` (pre-release tags are no release tags, so read apart):
 * from the plan's listing, whose `refs/tags/<prefix>*` covers them, else the API.
 */
async function candidateTags(
  ctx: TaggingContext,
  stem: string,
  listing: RemoteListing | undefined
): Promise<Map<string, string>> {
  const all = listing
    ? new Map(
        [...listing.refs]
          .filter(([ref]) => ref.startsWith('refs/tags/'))
          .map(([ref, commit]) => [ref.slice('refs/tags/'.length), commit])
      )
    : await listTagsViaApi(await ctx.github(), ctx.repository)
  return new Map([...all].filter(([name]) => name.startsWith(stem)))
}

function targetFromTags(
  resolved: Resolved,
  tag: string,
  tags: Map<string, string>,
  prefix: string
): ReleaseTarget {
  const all = parseReleaseTags([...tags.keys()], prefix)
  // Without history, a hotfix follows the tags of its own line and below (v1.2.x for 1.2.1).
  const ceiling = semver.inc(resolved.version, 'minor') ?? resolved.version
  const lineTags =
    resolved.kind === 'hotfix' ? all.filter((t) => semver.lt(t.version, ceiling)) : all
  const remoteTags = new Map(all.map((t) => [t.name, tags.get(t.name) ?? '']))
  return {
    ...resolved,
    tag,
    latest: lineTags.find((t) => t.name !== tag),
    lineTags,
    remoteTags
  }
}

function releaseNotes(
  request: TagPlanRequest,
  version: string,
  files: { changelog?: string } | undefined
): TagPlan['notes'] {
  if (request.releaseNotes !== undefined) return { text: request.releaseNotes, from: 'input' }
  const changelog = files?.changelog
  const section = changelog === undefined ? undefined : readReleaseSection(changelog, version)
  if (section && section.body.trim() !== '') return { text: section.body, from: 'changelog' }
  const why =
    files === undefined
      ? 'cannot be read without a checkout'
      : changelog === undefined
        ? 'does not exist'
        : section
          ? `has an empty section for ${version}`
          : `has no section for ${version}`
  return { text: '', from: 'none', why }
}
