import { SHARED_DEFAULTS } from '../base/input-defaults.js'
import { ConfigurationError } from '../base/errors.js'

// Our own grammar rather than semver.valid(): semver also accepts a leading `v` or `=` and build
// metadata, which a branch name or a release tag of this suite must not carry. It keeps semver's
// limits (256 characters, numbers up to 2^53 - 1), and so needs no semver at an action's start.
const NUMBER = '(0|[1-9]\\d*)'
const CORE = `${NUMBER}\\.${NUMBER}\\.${NUMBER}`
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)'
const PRERELEASE = `-${PRE_ID}(?:\\.${PRE_ID})*`
const STABLE_VERSION = new RegExp(`^${CORE}$`)
const RELEASE_VERSION = new RegExp(`^${CORE}(?:${PRERELEASE})?$`)
const MAX_LENGTH = 256

/** major, minor and patch of a release version, or undefined when it is none. */
function versionNumbers(value: string): [number, number, number] | undefined {
  const match = value.length <= MAX_LENGTH ? RELEASE_VERSION.exec(value) : null
  if (!match) return undefined
  const numbers = [Number(match[1]), Number(match[2]), Number(match[3])] as const
  return numbers.every(Number.isSafeInteger) ? [...numbers] : undefined
}

/** Which versions a branch template takes: `{version}` is X.Y.Z, `{semver}` adds a pre-release. */
export type VersionForm = 'version' | 'semver'

export type VersionBump = 'major' | 'minor' | 'patch'

/** True for X.Y.Z: numbers without leading zeros, no pre-release, no `v`. */
export function isStableVersion(value: string): boolean {
  return stableVersionNumbers(value) !== undefined
}

/**
 * The numbers of a stable X.Y.Z, or undefined when `value` is none: what a sort of release tags
 * compares, parsed once per tag rather than once per comparison.
 */
export function stableVersionNumbers(value: string): [number, number, number] | undefined {
  return STABLE_VERSION.test(value) ? versionNumbers(value) : undefined
}

/** The order of major, minor, patch: negative when `a` comes first, as a sort compares. */
export function compareVersionNumbers(
  a: readonly [number, number, number],
  b: readonly [number, number, number]
): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

/**
 * Whether a stable X.Y.Z comes before `version` (a release version, pre-release allowed) in
 * semver's order: its numbers are lower, since a stable version sorts after the pre-releases of its
 * own numbers. `version` is read once, for a test made of every release tag.
 */
export function olderThan(version: string): (stable: string) => boolean {
  const target = versionNumbers(version)
  if (!target) throw new Error(`olderThan: '${version}' is not a release version`)
  return (stable) => {
    const numbers = stableVersionNumbers(stable)
    if (!numbers) return false
    return compareVersionNumbers(numbers, target) < 0
  }
}

/** True for X.Y.Z with an optional pre-release (`1.3.0-rc.1`), no build metadata, no `v`. */
export function isReleaseVersion(value: string): boolean {
  return versionNumbers(value) !== undefined
}

/** True when `value` is valid for the given placeholder form. */
export function fitsForm(value: string, form: VersionForm): boolean {
  return form === 'version' ? isStableVersion(value) : isReleaseVersion(value)
}

/** X.Y.Z of a release version: `1.3.0-rc.1` -> `1.3.0`. */
export function versionCore(version: string): string {
  const numbers = versionNumbers(version)
  if (!numbers) throw new TypeError(`not a version: ${version}`)
  return numbers.join('.')
}

/** The tag name of a version: `releaseTagName('1.3.0')` is `v1.3.0`. */
export function releaseTagName(
  version: string,
  prefix: string = SHARED_DEFAULTS['tag-prefix']
): string {
  return `${prefix}${version}`
}

/**
 * The version after `latest` for a bump. With no release yet (`latest` undefined) the first
 * version is the bump applied to 0.0.0: minor -> 0.1.0, major -> 1.0.0, patch -> 0.0.1.
 * A pre-release `latest` is bumped from its X.Y.Z.
 */
export function nextVersion(latest: string | undefined, bump: VersionBump): string {
  const base = latest === undefined ? '0.0.0' : stripV(latest.trim())
  if (!isReleaseVersion(base)) {
    throw new ConfigurationError(`The latest version ${latest} is not X.Y.Z, so no next version.`)
  }
  const [major, minor, patch] = versionNumbers(base)!
  if (bump === 'major') return `${major + 1}.0.0`
  if (bump === 'minor') return `${major}.${minor + 1}.0`
  return `${major}.${minor}.${patch + 1}`
}

/**
 * Reads the `version` input: X.Y.Z with an optional pre-release; a leading `v` is accepted and
 * dropped. Anything else is a ConfigurationError naming the input and the version it meant.
 */
export function parseVersionInput(value: string, input = 'version'): string {
  const version = stripV(value.trim())
  if (isReleaseVersion(version)) return version
  const diagnosis = diagnoseVersion(version, 'semver')
  const fix = diagnosis.suggestion ? `; use ${diagnosis.suggestion}` : ''
  throw new ConfigurationError(
    `Input \`${input}\` is \`${value}\`, which is not a release version: ${diagnosis.reason}${fix}. ` +
      'Write X.Y.Z, e.g. 1.3.0 (a leading v is accepted; a pre-release like 1.3.0-rc.1 is allowed).',
    { input }
  )
}

/**
 * A `prerelease-id` (the `rc` of 1.3.0-rc.1): letters, digits and hyphens, not digits alone
 * (1.3.0-1.1 would read as a number, not a name). Anything else is a ConfigurationError naming
 * the input.
 */
export function checkPrereleaseId(id: string, input = 'prerelease-id'): string {
  if (/^[0-9A-Za-z-]+$/.test(id) && !/^\d+$/.test(id)) return id
  throw new ConfigurationError(
    `Input '${input}' is '${id}'; use an identifier such as rc, beta or alpha.`,
    { input }
  )
}

/** What is wrong with a would-be version, and the version that was probably meant. */
export interface VersionDiagnosis {
  /** Starts with the text itself: `1.3 is not X.Y.Z`. */
  reason: string
  suggestion?: string
  /** Extra advice after the suggestion. */
  hint?: string
}

/** Explains why `text` is not a version of the given form (call it only when it is not). */
export function diagnoseVersion(text: string, form: VersionForm): VersionDiagnosis {
  if (text === '') return { reason: 'there is no version' }
  if (form === 'version' && isReleaseVersion(text)) {
    return {
      reason: `${text} has a pre-release, which {version} does not allow`,
      suggestion: versionCore(text),
      hint: 'or write {semver} instead of {version} in the branch pattern to allow pre-releases'
    }
  }
  const plus = text.indexOf('+')
  if (plus > 0 && isReleaseVersion(text.slice(0, plus))) {
    const bare = text.slice(0, plus)
    const suggestion = fitsForm(bare, form) ? bare : versionCore(bare)
    return {
      reason: `${text} has build metadata (+...), which a release version cannot carry`,
      suggestion
    }
  }
  if (/^[vV]/.test(text) && fitsForm(text.slice(1), form)) {
    return {
      reason: `${text} starts with a v, which belongs to the tag, not here`,
      suggestion: text.slice(1)
    }
  }
  if (/^\d+(?:\.\d+)*$/.test(text)) return diagnoseNumbers(text)
  return { reason: `${text} is not a version (X.Y.Z, e.g. 1.3.0)` }
}

function diagnoseNumbers(text: string): VersionDiagnosis {
  const parts = text.split('.').map((part) => BigInt(part))
  const fixed = parts.map(String)
  if (parts.some((part) => part > BigInt(Number.MAX_SAFE_INTEGER))) {
    return { reason: `${text} has a number too large for a version` }
  }
  if (parts.length > 3) return { reason: `${text} is not X.Y.Z (it has ${parts.length} numbers)` }
  if (parts.length < 3) {
    while (fixed.length < 3) fixed.push('0')
    return { reason: `${text} is not X.Y.Z`, suggestion: fixed.join('.') }
  }
  return { reason: `${text} has a leading zero`, suggestion: fixed.join('.') }
}

function stripV(value: string): string {
  return /^[vV]\d/.test(value) ? value.slice(1) : value
}
