/**
 * The release a post-release step (close-milestone, notify) is about: its version and tag,
 * its CHANGELOG section, and the ticket keys of what it shipped.
 */
import { confinedFile } from '../action-kit/confine.js'
import { existsSync, readFileSync } from 'node:fs'
import { ConfigurationError } from '../base/errors.js'
import {
  readReleaseSection,
  ticketKeys,
  type ReleaseSection
} from '../changelog/release-section.js'
import type { DefaultBranchLookup } from '../git/default-branch.js'
import type { Git } from '../git/git.js'
import { completeHistory, completeRange } from '../git/history.js'
import { parseBranchPatterns, parseVersionInput, releaseTagName } from '../versioning/index.js'
import { resolveReleaseTarget, type ReleaseTarget } from './target.js'

export interface PublishedRelease {
  version: string
  tag: string
  /** Resolved with git (tags fetched) when the version was not given or history is needed. */
  target?: ReleaseTarget
}

export interface PublishedRequest {
  versionInput?: string
  branch?: string
  tagPrefix: string
  mainBranch: string
  /** Asks the API for the default branch when origin and the event do not say it. */
  defaultBranch?: DefaultBranchLookup
}

/**
 * The version from the `version` input, else from the branch or the merged release branch
 * (SPEC "Versions"), which needs the checkout (`git`).
 */
export async function resolvePublishedRelease(
  git: Git | undefined,
  request: PublishedRequest
): Promise<PublishedRelease> {
  if (!git) {
    if (!request.versionInput) {
      throw new ConfigurationError(
        "Cannot tell which version was released: set the 'version' input, or run in a checkout of the release (actions/checkout).",
        { input: 'version' }
      )
    }
    const version = parseVersionInput(request.versionInput)
    return { version, tag: releaseTagName(version, request.tagPrefix) }
  }
  const target = await resolveReleaseTarget(git, {
    versionInput: request.versionInput,
    branch: request.branch,
    patterns: parseBranchPatterns(),
    tagPrefix: request.tagPrefix,
    mainBranch: request.mainBranch,
    defaultBranch: request.defaultBranch
  })
  return { version: target.version, tag: target.tag, target }
}

/** The version's section of the changelog, or undefined when the file or the section is missing. */
export function readChangelogSection(
  workingDirectory: string,
  path: string,
  version: string
): ReleaseSection | undefined {
  const file = confinedFile(workingDirectory, path)
  if (!existsSync(file)) return undefined
  return readReleaseSection(readFileSync(file, 'utf8'), version)
}

/**
 * The commit messages between the previous release tag and this release (its tag when it
 * exists, else HEAD): what `from-commits` reads ticket keys from. On a shallow checkout the
 * range is deepened (in growing steps, bounded) until no commit in it is cut off.
 */
export async function releaseCommitMessages(git: Git, release: PublishedRelease): Promise<string> {
  const target = release.target
  const end = target?.remoteTags.has(release.tag) ? `refs/tags/${release.tag}` : 'HEAD'
  const previous = target?.latest?.name
  const range = previous ? `refs/tags/${previous}..${end}` : end
  // The same rule as update-changelog: the whole range or a failure, never a truncated one.
  if (previous) await completeRange(git, [end, `^refs/tags/${previous}`])
  else await completeHistory(git)
  return git.output(['log', '--no-merges', '--format=%B', range])
}

/** Ticket keys, each once, in order: the changelog's first, then those only in commits. */
export function releasedTicketKeys(texts: string[], pattern?: RegExp): string[] {
  return [...new Set(texts.flatMap((text) => ticketKeys(text, pattern)))]
}
