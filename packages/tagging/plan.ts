/**
 * The first half of create-tag, before anything is written: which commit, which version (input,
 * branch, merge message, or the merged pull request), the cross-check with the version files
 * and CHANGELOG.md, the release notes, the tag's state on the remote, and the version policy.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import semver from '../versioning/semver.js'
import { ConfigurationError } from '../action-kit/errors.js'
import type { Logger } from '../action-kit/logger.js'
import { readReleaseSection } from '../changelog/release-section.js'
import type { Git } from '../git/git.js'
import { readRemoteName, type RemoteTag } from '../git/tags.js'
import type { GitHubClient } from '../github/client.js'
import { explainApiError } from '../github/errors.js'
import {
  arrivalFromApi,
  describeSquash,
  releaseArrival,
  type PullHead,
  type ReleaseArrival
} from '../release/arrival.js'
import { enforcePolicy, resolveReleaseTarget, type ReleaseTarget } from '../release/target.js'
import { currentVersion, loadVersionFiles, type VersionFileSpec } from '../version-files/index.js'
import {
  parseReleaseTags,
  resolveReleaseVersion,
  type BranchPatterns,
  type ReleaseType,
  type ResolvedVersion
} from '../versioning/index.js'
import { commitMessageViaApi, listTagsViaApi, readNameViaApi, type Repository } from './api-refs.js'
import {
  checkVersionAgreement,
  releaseBranchOfPulls,
  topReleasedVersion,
  type VersionEvidence
} from './version-evidence.js'

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
}

export interface TagPlan {
  target: ReleaseTarget
  sha: string
  /** Where the version came from, in words: "pull request #12 (release-v1.3.0)". */
  origin: string
  /** The tag already on the remote at `sha` (a rerun); a tag elsewhere is refused. */
  existing?: RemoteTag
  notes: { text: string; from: 'input' | 'changelog' | 'none' }
  /** Every source that was compared, the version first. */
  evidence: VersionEvidence[]
  /** How the release reached main; undefined when the run is not on main's merge (a release branch). */
  arrival?: ReleaseArrival
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
  const tagName = `${request.tagPrefix}${resolved.version}`
  const target = git
    ? {
        ...(await resolveReleaseTarget(git, {
          versionInput: resolved.version,
          branch: request.branch,
          patterns: request.patterns,
          tagPrefix: request.tagPrefix,
          mainBranch: request.mainBranch
        })),
        ...resolved
      }
    : targetFromTags(
        resolved,
        tagName,
        await listTagsViaApi(await ctx.github(), ctx.repository),
        request.tagPrefix
      )
  const remote = git
    ? await readRemoteName(git, tagName)
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
  const arrival = await checkArrival(ctx, request, resolved, commit)
  const notes = releaseNotes(request, resolved.version, files?.changelog, ctx.log)
  return { target, sha, origin, existing: remote.tag, notes, evidence, arrival }
}

/**
 * On main, a release must arrive by a merge commit (step 12): a squash or rebase is refused,
 * or with `allow-squash` tagged with a warning. A run on the release branch is not checked.
 */
async function checkArrival(
  ctx: TaggingContext,
  request: TagPlanRequest,
  resolved: Resolved,
  commit: { sha: string; parents?: number }
): Promise<ReleaseArrival | undefined> {
  const onMain = resolved.source === 'merge' || request.branch === request.mainBranch
  if (!onMain) return undefined
  const arrival = ctx.git
    ? await releaseArrival(ctx.git, {
        sha: commit.sha,
        version: resolved.version,
        kind: resolved.kind,
        patterns: request.patterns,
        pull: resolved.pullHead
      })
    : arrivalFromApi(commit.parents ?? 1, commit.sha, resolved.pullHead)
  if (arrival.kind === 'unknown') {
    ctx.log.info(
      `Cannot tell how ${resolved.version} reached ${request.mainBranch}: no release branch or merged pull request names its head.`
    )
  }
  if (arrival.kind !== 'squash') return arrival
  const why = describeSquash(arrival, commit.sha, request.mainBranch)
  if (request.allowSquash) {
    ctx.log.warning(`${why}. Tagging the squash commit anyway (allow-squash: true).`)
    return arrival
  }
  throw new ConfigurationError(
    `${why}. Revert it on ${request.mainBranch} and merge the release pull request with ` +
      '"Create a merge commit" (open-release-pr\'s auto-merge: true does so), or set ' +
      "'allow-squash: true' to tag the squash commit anyway. Nothing was changed.",
    { input: 'allow-squash' }
  )
}

/** The commit to tag, full sha, and its message; fetched when a shallow checkout lacks it. */
async function localCommit(
  git: Git,
  sha: string | undefined
): Promise<{ sha: string; message: string }> {
  const wanted = sha ?? 'HEAD'
  let full = await git.resolveCommit(wanted)
  if (!full && sha) {
    await git.run(['fetch', '--no-tags', '--depth=1', 'origin', sha], { allowFailure: true })
    full = await git.resolveCommit(sha)
  }
  if (!full) {
    throw new ConfigurationError(
      `Input 'sha' is ${wanted}, which is not a commit of this repository (not even after fetching it).`,
      { input: 'sha' }
    )
  }
  return { sha: full, message: await git.output(['log', '-1', '--format=%B', full]) }
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
  const file = join(git.cwd, path)
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
  changelog: string | undefined,
  log: Logger
): TagPlan['notes'] {
  if (request.releaseNotes !== undefined) return { text: request.releaseNotes, from: 'input' }
  const section = changelog === undefined ? undefined : readReleaseSection(changelog, version)
  if (section) return { text: section.body, from: 'changelog' }
  log.warning(
    `No release notes for ${version}: ${request.changelogPath} has no section for it and the 'release-notes' input is empty.`
  )
  return { text: '', from: 'none' }
}
