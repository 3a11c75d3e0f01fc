/**
 * Typed input parsing on top of the runner's `INPUT_<NAME>` variables. Each action has one
 * parser built from these helpers; a wrong value is a ConfigurationError naming the input and
 * what would be valid.
 */
import { readInput, setSecret, warning } from './core.js'
import { ConfigurationError } from '../base/errors.js'
import { shown } from '../base/shown.js'

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

/**
 * A boolean input (`true`/`false`, also yes/no, 1/0); blank takes the default (a boolean, or
 * action.yml's `'true'`/`'false'` from the action's generated DEFAULTS).
 */
export function getBooleanInput(name: string, defaultValue: boolean | 'true' | 'false'): boolean {
  const value = readInput(name).trim()
  if (value === '') return defaultValue === true || defaultValue === 'true'
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

/** A whole number within bounds; blank takes the default (a number, or action.yml's text). */
export function getIntegerInput(
  name: string,
  defaultValue: number | `${number}`,
  bounds: { min?: number; max?: number } = {}
): number {
  const value = readInput(name).trim()
  if (value === '') return Number(defaultValue)
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

/** What a one-line value is to GitHub or Jira, for {@link checkLine}'s error. */
export interface LineRule {
  /** The most characters the value may have (GitHub's limit where it has one). */
  max: number
  /** What the value names: 'pull request title', 'label', 'environment name'. */
  what: string
  /** A value that would do, shown in the error. */
  example: string
  /** Refuse a leading `-` too: the value reaches a command line (a tag name, a variable). */
  notOption?: boolean
}

/**
 * A value that is one line (no line break or other control character) of at most `max`
 * characters, else a ConfigurationError naming the input. Inputs are checked with it when the
 * action starts, whether or not this run uses them, so a value that would fail at GitHub is
 * not accepted by a run that happens not to send it.
 */
export function checkLine(value: string, name: string, rule: LineRule): string {
  // eslint-disable-next-line no-control-regex
  const control = /[\x00-\x1f\x7f]/.test(value)
  const option = rule.notOption === true && value.startsWith('-')
  if (!control && !option && value.length <= rule.max) return value
  throw new ConfigurationError(
    `Input '${name}' is ${shown(value)}, which is no ${rule.what}: give one line of at most ` +
      `${rule.max} characters${rule.notOption ? ', not starting with `-`' : ''} (e.g. ${rule.example}).`,
    { input: name }
  )
}

/** An optional one-line input (see {@link checkLine}); blank is undefined. */
export function getLineInput(name: string, rule: LineRule): string | undefined {
  const value = getOptionalInput(name)
  return value === undefined ? undefined : checkLine(value, name, rule)
}

/** GitHub's limits: a label name, an environment name, a milestone or issue title. */
export const LABEL: LineRule = { max: 50, what: 'label', example: 'release' }
export const ENVIRONMENT: LineRule = { max: 255, what: 'environment name', example: 'production' }
export const MILESTONE: LineRule = { max: 255, what: 'milestone title', example: '1.4.0' }
/** A version as deploy and run-integration pass it on (a release, a build, a SHA). */
export const VERSION_LABEL: LineRule = {
  max: 255,
  what: 'version',
  example: '1.3.0',
  notOption: true
}
export const TITLE: LineRule = {
  max: 256,
  what: 'pull request title',
  example: 'Release {version}'
}

/** A list of labels, each one line of at most 50 characters (GitHub's limit). */
export function getLabelsInput(name: string): string[] {
  return getListInput(name).map((label) => checkLine(label, name, LABEL))
}

/** A GitHub login (`octocat`) or a team (`acme/reviewers`), with or without a leading `@`. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
const TEAM_SLUG = /^[A-Za-z0-9_.-]{1,100}$/

/** `reviewers`: users and `org/team`s, each a name GitHub could have, `@` dropped. */
export function getReviewersInput(name: string): string[] {
  return getListInput(name).map((item) => {
    const reviewer = item.replace(/^@/, '')
    const [first, team, ...rest] = reviewer.split('/')
    const valid =
      team === undefined
        ? LOGIN.test(first)
        : LOGIN.test(first) && TEAM_SLUG.test(team) && rest.length === 0
    if (valid) return reviewer
    throw new ConfigurationError(
      `Input '${name}' holds ${shown(item)}, which is no GitHub user or team: give logins ` +
        '(octocat) or teams (acme/reviewers), one per line or comma-separated.',
      { input: name }
    )
  })
}
