/**
 * Typed input parsing on top of the runner's `INPUT_<NAME>` variables. Each action has one
 * parser built from these helpers; a wrong value is a ConfigurationError naming the input and
 * what would be valid.
 */
import { readInput, setSecret, warning } from './core.js'
import { ConfigurationError } from '../base/errors.js'

/** The input's value, trimmed; a missing or blank input is an error. */
export function getRequiredInput(name: string): string {
  const value = readInput(name).trim()
  if (!value)
    throw new ConfigurationError(`Input '${name}' is required but was empty.`, { input: name })
  return value
}

/** The input's value, trimmed, or undefined when blank. */
export function getOptionalInput(name: string): string | undefined {
  const value = readInput(name).trim()
  return value === '' ? undefined : value
}

/** A renamed input's value (undefined when blank under both names) and the name it was read under. */
export interface RenamedInput {
  value: string | undefined
  /** The name an error about the value should cite: the old one when that was given. */
  input: string
}

/**
 * An input under its new name; the old name, when given, still works (it wins, with a warning
 * naming the new one), so a renamed input breaks no workflow.
 */
export function getRenamedInput(name: string, oldName: string): RenamedInput {
  const old = getOptionalInput(oldName)
  if (old !== undefined) {
    warning(`Input '${oldName}' is deprecated; name it '${name}' (same meaning).`)
    return { value: old, input: oldName }
  }
  return { value: getOptionalInput(name), input: name }
}

const TRUE_VALUES = ['true', 'True', 'TRUE', 'yes', '1']
const FALSE_VALUES = ['false', 'False', 'FALSE', 'no', '0']

/** A boolean input (`true`/`false`, also yes/no, 1/0); blank takes the default. */
export function getBooleanInput(name: string, defaultValue: boolean): boolean {
  const value = readInput(name).trim()
  if (value === '') return defaultValue
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw new ConfigurationError(`Input '${name}' must be true or false, not '${value}'.`, {
    input: name
  })
}

/** One of a fixed set of values; blank takes the default. */
export function getEnumInput<T extends string>(
  name: string,
  values: readonly T[],
  defaultValue: T
): T {
  const value = readInput(name).trim()
  if (value === '') return defaultValue
  if ((values as readonly string[]).includes(value)) return value as T
  throw new ConfigurationError(
    `Input '${name}' must be one of ${values.map((v) => `'${v}'`).join(', ')}, not '${value}'.`,
    { input: name }
  )
}

/** A newline- (or comma-) separated list; blank lines and `#` comments are dropped. */
export function getListInput(name: string, separators: RegExp = /\r?\n|,/): string[] {
  return readInput(name)
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'))
}

/** A whole number within bounds; blank takes the default. */
export function getIntegerInput(
  name: string,
  defaultValue: number,
  bounds: { min?: number; max?: number } = {}
): number {
  const value = readInput(name).trim()
  if (value === '') return defaultValue
  const min = bounds.min ?? Number.MIN_SAFE_INTEGER
  const max = bounds.max ?? Number.MAX_SAFE_INTEGER
  if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    const range =
      bounds.min !== undefined || bounds.max !== undefined ? ` from ${min} to ${max}` : ''
    throw new ConfigurationError(
      `Input '${name}' must be a whole number${range}, not '${value}'.`,
      {
        input: name
      }
    )
  }
  return Number(value)
}

/** A secret input: masked in the log before anything else can print it. */
export function getSecretInput(name: string): string | undefined {
  const value = getOptionalInput(name)
  if (value) setSecret(value)
  return value
}
