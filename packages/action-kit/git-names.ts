/**
 * Values that reach git as commit ids or ref names, checked where they are read: a value that
 * git could read as an option (`--upload-pack=...`) or that `git check-ref-format` refuses
 * never gets as far as a git command.
 */
import { ConfigurationError } from '../base/errors.js'
import { getOptionalInput } from './inputs.js'
import { shown } from '../base/shown.js'

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** A full commit id: 40 hex digits (64 in a SHA-256 repository), lower case. */
export function checkSha(value: string, input: string): string {
  if (FULL_SHA.test(value)) return value
  throw new ConfigurationError(
    `Input '${input}' is ${shown(value)}, which is not a full commit SHA (40 hex digits, as ` +
      '`git rev-parse HEAD` prints it).',
    { input }
  )
}

/** git keeps each `/`-separated part of a ref as a file (or directory) name. */
const MAX_NAME_PART = 255

/**
 * Why `git check-ref-format` would refuse `name` as a branch or tag name (the rules of its
 * manual, one-level names allowed), or undefined when it is clean. A leading `-` is refused
 * too: git would read it as an option.
 */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty'
  if (name.startsWith('-')) return 'it starts with `-`'
  if (name === '@') return 'it is `@`'
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
    return 'it holds a space, a control character or one of ~ ^ : ? * [ \\'
  if (name.includes('..')) return 'it holds `..`'
  if (name.includes('@{')) return 'it holds `@{`'
  if (name.includes('//')) return 'it holds `//`'
  if (name.startsWith('/') || name.endsWith('/')) return 'it starts or ends with `/`'
  if (name.endsWith('.')) return 'it ends with `.`'
  for (const part of name.split('/')) {
    if (Buffer.byteLength(part) > MAX_NAME_PART) {
      return `a part of it is longer than the ${MAX_NAME_PART} bytes git can store as one file name`
    }
    if (part.startsWith('.')) return 'a part of it starts with `.`'
    if (part.endsWith('.lock')) return 'a part of it ends with `.lock`'
  }
  return undefined
}

/** A branch (or tag) name git accepts, else a ConfigurationError naming the input. */
export function checkRefName(value: string, input: string, what = 'branch name'): string {
  const problem = refNameProblem(value)
  if (problem === undefined) return value
  throw new ConfigurationError(
    `Input '${input}' is ${shown(value)}, which is not a valid ${what}: ${problem} ` +
      '(see `git check-ref-format`).',
    { input }
  )
}

/** A branch-name input (blank: the default), checked as git would check it. */
export function getBranchInput(name: string, defaultValue: string): string
export function getBranchInput(name: string): string | undefined
export function getBranchInput(name: string, defaultValue?: string): string | undefined {
  const value = getOptionalInput(name) ?? defaultValue
  return value === undefined ? undefined : checkRefName(value, name)
}

/** A revision input (a tag, a branch, a SHA, `v1.2.0~3`): anything git will not take as an option. */
export function getRevisionInput(name: string): string | undefined {
  const value = getOptionalInput(name)
  if (value === undefined) return undefined
  // eslint-disable-next-line no-control-regex
  if (value.startsWith('-') || /[\x00-\x20\x7f]/.test(value)) {
    throw new ConfigurationError(
      `Input '${name}' is ${shown(value)}, which is not a git revision: it starts with \`-\` or ` +
        'holds a space or a control character.',
      { input: name }
    )
  }
  return value
}

/** A tag prefix is a few characters (`v`, `release-`); a long one is a pasted value. */
const MAX_TAG_PREFIX = 64

/** A prefix that makes `<prefix>1.2.3` a tag name git accepts, and no glob pattern. */
export function checkTagPrefix(prefix: string, input: string): string {
  const problem =
    prefix.length > MAX_TAG_PREFIX
      ? `it is ${prefix.length} characters long, more than the ${MAX_TAG_PREFIX} a prefix may have`
      : refNameProblem(`${prefix}1.0.0`)
  if (problem === undefined) return prefix
  throw new ConfigurationError(
    `Input '${input}' is ${shown(prefix)}, which cannot start a tag name: ${problem} ` +
      '(tags read `<prefix>1.2.3`; the usual prefixes are `v` and none).',
    { input }
  )
}
