/**
 * Steps 14 and 21 of the process: the annotated release tag on the merge commit, pushed (or made
 * through the API), then the GitHub Release, then, only when asked, the floating `v1` tag.
 * Everything is read and checked first; a rerun finishes what an earlier run left undone.
 */
import semver from '../versioning/semver.js'
import type { GitIdentity } from '../git/git.js'
import { ConfigurationError } from '../base/errors.js'
import { shown } from '../base/shown.js'
import {
  createAnnotatedTag,
  pushTag,
  readRemoteName,
  remoteNameIn,
  moveFloatingTag
} from '../git/tags.js'
import { withTagSigning, type TagSigningRequest } from '../git/tag-signing.js'
import { createTagViaApi, moveFloatingTagViaApi, readNameViaApi } from '../tagging/api-refs.js'
import {
  makeLatestFor,
  publishRelease,
  type MakeLatest,
  type ReleaseOutcome
} from '../tagging/github-release.js'
import { planTag, type TagPlan, type TagPlanRequest, type TaggingContext } from './tag-plan.js'

export type { TaggingContext } from './tag-plan.js'

export interface CreateTagRequest extends TagPlanRequest {
  via: 'git' | 'api'
  /** The tag message template, `{version}` replaced. */
  message: string
  identity: GitIdentity
  createRelease: boolean
  /** The release title template, `{version}` replaced. */
  releaseName: string
  draft: boolean
  prerelease: boolean
  makeLatest: MakeLatest
  updateMajorTag: boolean
  updateMinorTag: boolean
  dryRun: boolean
  /** Signing of the git path's tag (sign-tag, gpg-private-key); default: unsigned. */
  signing?: TagSigningRequest
}

export interface FloatingTagOutcome {
  name: string
  result: 'moved' | 'created' | 'unchanged' | 'skipped'
  /** Why it was skipped: a newer release on its line. */
  reason?: string
}

export interface CreateTagResult {
  plan: TagPlan
  result: 'created' | 'updated' | 'unchanged' | 'dry-run'
  tag: 'created' | 'unchanged' | 'dry-run'
  message: string
  release?: ReleaseOutcome
  releaseName: string
  makeLatest?: string
  /** Published as a pre-release: asked for, or the version has a pre-release part. */
  prerelease: boolean
  floating: FloatingTagOutcome[]
}

/** Creates (or confirms) the release tag and its GitHub Release. */
export async function createReleaseTag(
  ctx: TaggingContext,
  request: CreateTagRequest
): Promise<CreateTagResult> {
  const plan = await planTag(ctx, request)
  const { version, tag } = plan.target
  if (request.createRelease && plan.notes.from === 'none' && !ctx.git) {
    ctx.log.warning(
      `No release notes for ${version}: ${request.changelogPath} ${plan.notes.why ?? ''}; an ` +
        "existing release keeps its notes, a new one gets none unless 'release-notes' gives them."
    )
  } else if (
    request.createRelease &&
    plan.notes.from === 'none' &&
    plan.notes.why === 'does not exist'
  ) {
    // The changelog named is not there: the input to fix is 'changelog-path'.
    throw new ConfigurationError(
      `No release notes for ${version}: Input 'changelog-path' is ${shown(request.changelogPath)}, ` +
        "a file that does not exist, and the 'release-notes' input is empty. Point " +
        "'changelog-path' at the changelog, or give the notes in 'release-notes'. " +
        'Nothing was changed.',
      { input: 'changelog-path' }
    )
  } else if (request.createRelease && plan.notes.from === 'none') {
    // A release with an empty body is published for good; say so before anything is written.
    throw new ConfigurationError(
      `No release notes for ${version}: ${request.changelogPath} ${plan.notes.why ?? ''} ` +
        "and the 'release-notes' input is empty. Run update-changelog on the release branch, " +
        "point 'changelog-path' at the changelog, or give the notes in 'release-notes'. " +
        'Nothing was changed.',
      { input: 'release-notes' }
    )
  }
  const message = request.message.replaceAll('{version}', version)
  const releaseName = request.releaseName.replaceAll('{version}', version)
  // A version with a pre-release part (1.3.0-rc.1) is published as one, never as Latest (SPEC).
  const prerelease = request.prerelease || semver.prerelease(version) !== null
  const makeLatest = makeLatestFor(
    version,
    [...plan.target.remoteTags.keys()].map((name) => name.slice(request.tagPrefix.length)),
    request.makeLatest,
    { draft: request.draft, prerelease }
  )
  const base = { plan, message, releaseName, makeLatest, prerelease }
  if (request.dryRun) {
    const floating = floatingTagNames(request, plan).map((f) => ({ ...f, result: f.result }))
    return { ...base, result: 'dry-run', tag: 'dry-run', floating }
  }
  const tagResult = plan.existing ? 'unchanged' : await writeTag(ctx, request, plan, message)
  const release = request.createRelease
    ? await publishRelease(
        await ctx.github(),
        {
          ...ctx.repository,
          tag,
          version,
          sha: plan.sha,
          name: releaseName,
          body: plan.notes.from === 'none' ? undefined : plan.notes.text,
          draft: request.draft,
          prerelease,
          makeLatest
        },
        ctx.log
      )
    : undefined
  const floating = await moveFloatingTags(ctx, request, plan)
  const changed =
    (release && release.result !== 'unchanged') ||
    floating.some((f) => f.result === 'moved' || f.result === 'created')
  // A release made by this run (the tag pushed by an earlier one) is created, not updated.
  const created = tagResult === 'created' || release?.result === 'created'
  const result = created ? 'created' : changed ? 'updated' : 'unchanged'
  return { ...base, result, tag: tagResult, release, floating }
}

/** Makes and publishes the tag; a tag that appeared meanwhile is accepted only at our commit. */
async function writeTag(
  ctx: TaggingContext,
  request: CreateTagRequest,
  plan: TagPlan,
  message: string
): Promise<'created' | 'unchanged'> {
  const { tag } = plan.target
  let outcome: 'created' | 'exists'
  if (request.via === 'git' && ctx.git) {
    const git = ctx.git
    const tagging = { name: tag, sha: plan.sha, message }
    if (request.signing) {
      await withTagSigning(git, request.signing, (signing) =>
        createAnnotatedTag(git, tagging, signing)
      )
    } else {
      await createAnnotatedTag(git, tagging)
    }
    const pushed = await pushTag(git, tag)
    if (!pushed.pushed && pushed.reason === 'refused') {
      throw new ConfigurationError(
        `The server refused the push of the tag ${tag}:\n${pushed.detail}\n` +
          "The job needs 'contents: write', and no tag ruleset may forbid the token to create it (or the token's App or user must be on the ruleset's bypass list)."
      )
    }
    outcome = pushed.pushed ? 'created' : 'exists'
  } else {
    const github = await ctx.github()
    outcome = await createTagViaApi(github, ctx.repository, {
      name: tag,
      sha: plan.sha,
      message,
      tagger: request.identity
    })
  }
  if (outcome === 'created') return 'created'
  // Someone else made the tag between our check and our push: fine only if it is ours.
  const now = ctx.git
    ? await readRemoteName(ctx.git, tag)
    : await readNameViaApi(await ctx.github(), ctx.repository, tag)
  if (now.tag?.commit === plan.sha) {
    ctx.log.info(`The tag ${tag} appeared on ${plan.sha} meanwhile (another run); keeping it.`)
    return 'unchanged'
  }
  throw new ConfigurationError(
    `The tag ${tag} was created on commit ${now.tag?.commit ?? '(unknown)'} by someone else while ` +
      `this run was tagging ${plan.sha}. A release tag is never moved; nothing was changed.`
  )
}

/**
 * The floating tags asked for (`v1`, and `v1.3` with update-minor-tag), each moved only when
 * this release is the newest of its line: a hotfix of an older minor never moves `v1` back.
 */
function floatingTagNames(request: CreateTagRequest, plan: TagPlan): FloatingTagOutcome[] {
  if (!request.updateMajorTag && !request.updateMinorTag) return []
  const { version } = plan.target
  if (semver.prerelease(version) !== null) {
    return [
      {
        name: `${request.tagPrefix}${semver.major(version)}`,
        result: 'skipped',
        reason: 'a pre-release'
      }
    ]
  }
  const versions = [...plan.target.remoteTags.keys()].map((n) => n.slice(request.tagPrefix.length))
  const lines = [
    ...(request.updateMajorTag ? [`${semver.major(version)}`] : []),
    ...(request.updateMinorTag ? [`${semver.major(version)}.${semver.minor(version)}`] : [])
  ]
  return lines.map((line) => {
    const newer = versions.find((v) => semver.gt(v, version) && `${v}.`.startsWith(`${line}.`))
    const name = `${request.tagPrefix}${line}`
    return newer
      ? { name, result: 'skipped', reason: `${request.tagPrefix}${newer} is newer` }
      : { name, result: 'moved' }
  })
}

async function moveFloatingTags(
  ctx: TaggingContext,
  request: CreateTagRequest,
  plan: TagPlan
): Promise<FloatingTagOutcome[]> {
  const outcomes: FloatingTagOutcome[] = []
  for (const planned of floatingTagNames(request, plan)) {
    if (planned.result === 'skipped') {
      outcomes.push(planned)
      continue
    }
    const { name } = planned
    // The plan's listing asked for the tag (under the prefix's glob) and a branch of its name.
    const current = plan.listing
      ? remoteNameIn(plan.listing, name)
      : await readNameViaApi(await ctx.github(), ctx.repository, name)
    if (current.branch) {
      throw new ConfigurationError(
        `Cannot move the tag ${name}: origin has a branch of that name. Rename the branch, or set update-major-tag: false.`
      )
    }
    if (current.tag?.commit === plan.sha) {
      outcomes.push({ name, result: 'unchanged' })
      continue
    }
    if (request.via === 'git' && ctx.git) {
      const moved = await moveFloatingTag(ctx.git, name, plan.sha, current.tag?.object)
      if (!moved.pushed) {
        throw new ConfigurationError(
          `The tag ${plan.target.tag} and its release are done, but moving ${name} failed:\n${moved.detail}\nRerun to retry.`
        )
      }
    } else {
      await moveFloatingTagViaApi(
        await ctx.github(),
        ctx.repository,
        name,
        plan.sha,
        current.tag !== undefined
      )
    }
    outcomes.push({ name, result: current.tag ? 'moved' : 'created' })
  }
  return outcomes
}
