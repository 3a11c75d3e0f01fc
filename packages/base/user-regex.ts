/**
 * A regular expression from an input, checked before it runs on every commit: it must not
 * match the empty string (it would "find" a ticket or skip a commit everywhere), and it must
 * not nest a repeated group inside a repetition (`(a+)+`, `(\w*)*`), the shape whose
 * backtracking takes exponential time on a near-miss (ReDoS) and would hang the job.
 */
import { ConfigurationError } from './errors.js'
import { shown } from './shown.js'

export function checkUserRegex(regex: RegExp, input: string): RegExp {
  const problem = regexProblem(regex)
  if (problem === undefined) return regex
  throw new ConfigurationError(`Input '${input}' has ${shown(regex.source)}, which ${problem}.`, {
    input
  })
}

export function regexProblem(regex: RegExp): string | undefined {
  if (new RegExp(regex.source, regex.flags.replace(/[gy]/g, '')).test('')) {
    return 'matches the empty string, so it would match every text; make it require at least one character'
  }
  if (hasNestedRepetition(regex.source)) {
    return (
      'repeats a group that itself repeats (like `(a+)+`): on a text that almost matches it ' +
      'takes exponential time; write it without the outer repetition'
    )
  }
  return undefined
}

/** True when a quantified group holds a quantifier (star height above one). */
export function hasNestedRepetition(source: string): boolean {
  const stack: boolean[] = []
  let inner = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      i++
      continue
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
      continue
    }
    if (c === '(') {
      stack.push(inner)
      inner = false
      continue
    }
    if (c === ')') {
      const groupRepeats = inner
      inner = stack.pop() ?? false
      const next = source.slice(i + 1)
      if (isRepetition(next)) {
        if (groupRepeats) return true
        inner = true
      } else if (groupRepeats) {
        inner = true
      }
      continue
    }
    if (isRepetition(source.slice(i))) inner = true
  }
  return false
}

/** `*`, `+`, or `{n,}` / `{n,m}` with m above 1, at the start of `text`. */
function isRepetition(text: string): boolean {
  if (text.startsWith('*') || text.startsWith('+')) return true
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(text)
  if (!braces) return false
  if (braces[2] === undefined) return Number(braces[1]) > 1
  return braces[3] === '' || Number(braces[3]) > 1
}
