import semver from './semver.js'
import { ConfigurationError } from '../base/errors.js'
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

// Subjects git and GitHub write for a merge. A remote-tracking branch carries its remote in
// front (`origin/`), a pull request its owner (`org/`); `Merge branch` names the branch itself.
const MERGE_SUBJECTS: { pattern: RegExp; qualified: boolean }[] = [
  { pattern: /^Merge branch '([^']+)'/, qualified: false },
  { pattern: /^Merge remote-tracking branch '([^']+)'/, qualified: true },
  { pattern: /^Merge pull request #\d+ from (\S+)/, qualified: true }
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
    if (match) return parseReleaseBranch(unqualified(match[1], qualified), patterns)
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
  if (onBranch) return resolvedFrom(onBranch, 'branch')
  const merged = mergeMessage ? versionFromMergeMessage(mergeMessage, patterns) : undefined
  return merged && resolvedFrom(merged, 'merge')
}

function resolvedFrom(found: ReleaseBranch, source: VersionSource): ResolvedVersion {
  return { version: found.version, kind: found.kind, source, branch: found.branch }
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

// `origin/release/1.3.0` is `release/1.3.0`: remote and owner names hold no slash.
function unqualified(name: string, qualified: boolean): string {
  const slash = name.indexOf('/')
  return qualified && slash > 0 ? name.slice(slash + 1) : name
}
