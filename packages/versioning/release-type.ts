/**
 * The `release-type` input, apart from the policy that applies it: reading an action's inputs
 * then loads no semver.
 */
import { ConfigurationError } from '../base/errors.js'

/** The `release-type` input: which bump a version must be; `any` turns the check off. */
export type ReleaseType = 'auto' | 'minor' | 'major' | 'patch' | 'any'
export const RELEASE_TYPES: readonly ReleaseType[] = ['auto', 'minor', 'major', 'patch', 'any']

/** Reads the `release-type` input (empty means `auto`). */
export function parseReleaseType(value: string | undefined, input = 'release-type'): ReleaseType {
  const type = (value ?? '').trim().toLowerCase() || 'auto'
  if ((RELEASE_TYPES as readonly string[]).includes(type)) return type as ReleaseType
  throw new ConfigurationError(
    `Input \`${input}\` is \`${value}\`; use one of ${RELEASE_TYPES.join(', ')}.`,
    { input }
  )
}
