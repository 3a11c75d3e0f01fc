/**
 * Which version a commit on main releases, and whether everything in the repository agrees:
 * the version named by the input, branch, merge or pull request, the version files, and the
 * top released section of CHANGELOG.md. Pure: the callers read the files and ask the API.
 */
import { ConfigurationError, type FileLocation } from '../base/errors.js'
import { parseReleaseBranch, type BranchPatterns, type ReleaseBranch } from '../versioning/index.js'

/** One place that says which version this is. */
export interface VersionEvidence {
  /** How the error names it: "the version files", "CHANGELOG.md's top released section". */
  source: string
  version: string
  /** Where exactly: "setup.py:5, mypkg/__init__.py:3". */
  where?: string
  locations?: FileLocation[]
}

const RELEASED_HEADING = /^##\s+\[([^\]]+)\]/

/** The version of the first released (not `[Unreleased]`) section of a changelog, and its line. */
export function topReleasedVersion(text: string): { version: string; line: number } | undefined {
  const lines = text.split(/\r?\n/)
  for (const [index, line] of lines.entries()) {
    const version = RELEASED_HEADING.exec(line)?.[1]?.trim()
    if (version && version.toLowerCase() !== 'unreleased') return { version, line: index + 1 }
  }
  return undefined
}

/**
 * Throws one ConfigurationError naming every source and the version it says when they do not
 * all agree with the first (the version being released).
 */
export function checkVersionAgreement(evidence: VersionEvidence[]): void {
  const [first] = evidence
  if (!first || evidence.every((e) => e.version === first.version)) return
  const listing = evidence
    .map((e) => `${e.source}: ${e.version}${e.where ? ` (${e.where})` : ''}`)
    .join('; ')
  throw new ConfigurationError(
    `The release version is not clear: ${listing}. Make them agree before tagging ` +
      '(bump-version and update-changelog on the release branch), or set the `version` input ' +
      'if the files are right.',
    { locations: evidence.flatMap((e) => e.locations ?? []) }
  )
}

/** A pull request as `GET /repos/{owner}/{repo}/commits/{sha}/pulls` lists it (the fields read). */
export interface CommitPull {
  number: number
  merged_at: string | null
  merge_commit_sha: string | null
  head: { ref: string; sha?: string }
}

/** The release branch a merged pull request of `sha` came from. */
export interface MergedReleasePull extends ReleaseBranch {
  number: number
  /** The release branch's head when the pull request was merged. */
  headSha?: string
}

/**
 * The release or hotfix branch that `sha` merged, read from the pull requests the commit belongs
 * to (a squash or rebase merge names no branch in its message). Merged pull requests whose
 * merge commit is `sha` come first; two that name different versions are an error.
 */
export function releaseBranchOfPulls(
  pulls: CommitPull[],
  sha: string,
  patterns: BranchPatterns
): MergedReleasePull | undefined {
  const merged = pulls.filter((p) => p.merged_at !== null)
  const own = merged.filter((p) => p.merge_commit_sha === sha)
  const candidates = (own.length > 0 ? own : merged).flatMap((pull) => {
    const branch = parseReleaseBranch(pull.head.ref, patterns)
    return branch ? [{ ...branch, number: pull.number, headSha: pull.head.sha }] : []
  })
  const versions = new Set(candidates.map((c) => c.version))
  if (versions.size > 1) {
    throw new ConfigurationError(
      `Commit ${sha.slice(0, 12)} belongs to several merged release pull requests: ` +
        `${candidates.map((c) => `#${c.number} (${c.branch})`).join(', ')}. Set the \`version\` input.`,
      { input: 'version' }
    )
  }
  return candidates[0]
}
