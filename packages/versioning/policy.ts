import semver from './semver.js'
import { ConfigurationError } from '../base/errors.js'
import type { ReleaseKind } from './branches.js'
import type { ReleaseTag } from './tags.js'
import { isReleaseVersion, nextVersion, versionCore } from './version.js'
import type { VersionBump } from './version.js'
import type { ReleaseType } from './release-type.js'

export { RELEASE_TYPES, parseReleaseType, type ReleaseType } from './release-type.js'

/** Where a release version came from: the `version` input, the branch, or a merged branch. */
export type VersionSource = 'input' | 'branch' | 'merge'

export interface VersionPolicyArgs {
  version: string
  kind: ReleaseKind
  releaseType: ReleaseType
  /** The latest release tag reachable from main; undefined before the first release. */
  latest?: ReleaseTag
  /** Versions that already have a tag (anywhere), X.Y.Z or with a pre-release. */
  existingVersions: string[]
  /** For the error: the input (default) or the branch the version came from. */
  source?: VersionSource
  branch?: string
}

/** One version the policy allows, and why. */
export interface AllowedVersion {
  version: string
  bump: VersionBump
}

/**
 * The versions that may follow `latest`: for `auto` a release is the next minor or major and a
 * hotfix the next patch; `minor`/`major`/`patch` force that bump. Empty for `any` (no check)
 * and before the first release (anything goes).
 */
export function allowedVersions(
  latest: ReleaseTag | undefined,
  kind: ReleaseKind,
  releaseType: ReleaseType
): AllowedVersion[] {
  if (latest === undefined || releaseType === 'any') return []
  const bumps: VersionBump[] =
    releaseType !== 'auto' ? [releaseType] : kind === 'hotfix' ? ['patch'] : ['minor', 'major']
  return bumps.map((bump) => ({ version: nextVersion(latest.version, bump), bump }))
}

/**
 * Enforces the version policy of `release-type`. A pre-release is judged by its X.Y.Z. Refuses,
 * with one ConfigurationError naming the latest tag and the valid versions, a version that
 * repeats an existing tag, goes backwards, or skips. No latest tag: any valid version passes.
 */
export function checkVersionPolicy(args: VersionPolicyArgs): void {
  const { version, kind, releaseType, latest } = args
  if (releaseType === 'any') return
  if (!isReleaseVersion(version)) {
    throw policyError(args, 'which is not a release version (X.Y.Z)')
  }
  const core = versionCore(version)
  const existing = new Set(args.existingVersions.map((v) => v.trim().replace(/^v(?=\d)/, '')))
  const allowed = allowedVersions(latest, kind, releaseType)
  if (existing.has(version) || (core !== version && existing.has(core))) {
    const tagged = existing.has(version) ? version : core
    throw policyError(args, `which repeats an existing tag (${tagged} is already tagged)`, allowed)
  }
  if (latest === undefined || allowed.some((a) => a.version === core)) return
  throw policyError(args, describeMove(core, latest, allowed, args), allowed)
}

function describeMove(
  core: string,
  latest: ReleaseTag,
  allowed: AllowedVersion[],
  args: VersionPolicyArgs
): string {
  const { kind, releaseType } = args
  const order = semver.compare(core, latest.version)
  if (order < 0) return 'which goes backwards'
  if (order === 0) return `which repeats the latest tag ${latest.name}`
  if (allowed.some((a) => semver.gt(core, a.version))) return 'which skips a version'
  return releaseType === 'auto'
    ? `which is too small a bump for a ${kind}`
    : `which is not the ${releaseType} bump \`release-type\` asks for`
}

function policyError(
  args: VersionPolicyArgs,
  problem: string,
  allowed: AllowedVersion[] = []
): ConfigurationError {
  const { version, kind, latest, releaseType, source, branch } = args
  const fromInput = source === 'input' || (source === undefined && branch === undefined)
  const named = branch === undefined ? '' : ` \`${branch}\``
  const subject = fromInput
    ? `Input \`version\` is ${version}`
    : `${source === 'merge' ? 'The merged branch' : 'Branch'}${named} gives version ${version}`
  const judged = isReleaseVersion(version) && versionCore(version) !== version
  const core = judged ? ` (a pre-release is judged by its X.Y.Z, ${versionCore(version)})` : ''
  const fix = fromInput
    ? 'Set `version` to a valid one'
    : source === 'merge'
      ? 'Set the `version` input'
      : 'Rename the branch or set the `version` input'
  return new ConfigurationError(
    `${subject}${core}, ${problem}.${describeRule(kind, releaseType, latest, allowed)} ${fix}, ` +
      'or set `release-type: any` to turn this check off.',
    fromInput ? { input: 'version' } : {}
  )
}

function describeRule(
  kind: ReleaseKind,
  releaseType: ReleaseType,
  latest: ReleaseTag | undefined,
  allowed: AllowedVersion[]
): string {
  if (latest === undefined) {
    return ' There is no latest release tag, so any version that has no tag yet is valid.'
  }
  const valid = allowed.map((a) => `${a.version} (next ${a.bump})`).join(' or ')
  const rule =
    releaseType === 'auto'
      ? `a ${kind} must be ${valid}`
      : `release-type: ${releaseType} asks for ${valid}`
  return ` The latest release tag is ${latest.name}, so ${rule}.`
}
