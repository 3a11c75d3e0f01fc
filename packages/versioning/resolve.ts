import semver from 'semver'
import { ConfigurationError } from '../action-kit/errors.js'
import { parseReleaseBranch } from './branches.js'
import type { BranchPatterns, ReleaseBranch, ReleaseKind } from './branches.js'
import type { VersionSource } from './policy.js'
import { parseVersionInput } from './version.js'

/** The release version and where it came from. */
export interface ResolvedVersion {
  version: string
  kind: ReleaseKind
  source: VersionSource
  /** The release branch the version came from (or that confirmed the kind), if any. */
  branch?: string
}

// Subjects git and GitHub write for a merge; the branch may carry a remote or owner in front.
const MERGE_SUBJECTS: { pattern: RegExp; qualified: 'maybe' | 'always' }[] = [
  { pattern: /^Merge branch '([^']+)'/, qualified: 'maybe' },
  { pattern: /^Merge remote-tracking branch '([^']+)'/, qualified: 'always' },
  { pattern: /^Merge pull request #\d+ from (\S+)/, qualified: 'always' }
]

/**
 * The release branch a merge commit merged, read from its subject: `Merge branch 'release-v1.3.0'`
 * (optionally `into main`), `Merge remote-tracking branch 'origin/release-v1.3.0'`,
 * `Merge pull request #12 from org/release-v1.3.0`. Undefined for any other commit, squash
 * merges (`Release 1.3.0 (#12)`) included: their subject names no branch.
 */
export function versionFromMergeMessage(
  message: string,
  patterns: BranchPatterns
): ReleaseBranch | undefined {
  const subject = message.trim().split(/\r?\n/)[0].trim()
  for (const { pattern, qualified } of MERGE_SUBJECTS) {
    const match = pattern.exec(subject)
    if (match) return firstReleaseBranch(branchCandidates(match[1], qualified), patterns)
  }
  return undefined
}

/**
 * Resolves the release version, in the order of the contract: the `version` input (a leading `v`
 * is dropped; kind from the branch or merged branch, else hotfix when the patch is non-zero), the
 * branch name, the merged branch of `mergeMessage`. Undefined when none yields a version.
 */
export function resolveReleaseVersion(args: {
  input?: string
  branch?: string
  mergeMessage?: string
  patterns: BranchPatterns
}): ResolvedVersion | undefined {
  const { input, branch, mergeMessage, patterns } = args
  if (input !== undefined && input.trim() !== '') {
    const version = parseVersionInput(input)
    const known = quietly(() => fromBranchOrMerge(branch, mergeMessage, patterns))
    const kind = known?.kind ?? (semver.patch(version) === 0 ? 'release' : 'hotfix')
    return { version, kind, source: 'input', ...(known && { branch: known.branch }) }
  }
  const onBranch = branch ? parseReleaseBranch(branch, patterns) : undefined
  if (onBranch)
    return {
      version: onBranch.version,
      kind: onBranch.kind,
      source: 'branch',
      branch: onBranch.branch
    }
  const merged = mergeMessage ? versionFromMergeMessage(mergeMessage, patterns) : undefined
  if (merged)
    return { version: merged.version, kind: merged.kind, source: 'merge', branch: merged.branch }
  return undefined
}

function fromBranchOrMerge(
  branch: string | undefined,
  mergeMessage: string | undefined,
  patterns: BranchPatterns
): ReleaseBranch | undefined {
  return (
    (branch ? parseReleaseBranch(branch, patterns) : undefined) ??
    (mergeMessage ? versionFromMergeMessage(mergeMessage, patterns) : undefined)
  )
}

// With an explicit `version`, a misnamed branch only fails to tell the kind; it is not an error.
function quietly<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch (error) {
    if (error instanceof ConfigurationError) return undefined
    throw error
  }
}

// `org/release/1.3.0` may be the branch `release/1.3.0` of `org`, so try both readings.
function branchCandidates(name: string, qualified: 'maybe' | 'always'): string[] {
  const slash = name.indexOf('/')
  const unqualified = slash > 0 ? name.slice(slash + 1) : undefined
  if (unqualified === undefined) return [name]
  return qualified === 'always' ? [unqualified, name] : [name, unqualified]
}

function firstReleaseBranch(names: string[], patterns: BranchPatterns): ReleaseBranch | undefined {
  let firstError: unknown
  for (const name of names) {
    try {
      const found = parseReleaseBranch(name, patterns)
      if (found) return found
    } catch (error) {
      firstError ??= error
    }
  }
  if (firstError !== undefined) throw firstError
  return undefined
}
