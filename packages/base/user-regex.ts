/**
 * A regular expression from an input, checked before it runs on every commit: it must not
 * match the empty string (it would "find" a ticket or skip a commit everywhere), and it must
 * not nest a repeated group inside a repetition (`(a+)+`, `(\w*)*`), the shape whose
 * backtracking takes exponential time on a near-miss (ReDoS) and would hang the job.
 * No shape check catches every such pattern (`(a|a)+$` overlaps without nesting), so the
 * regex that passes runs on V8's linear-time engine when it can (no text makes it backtrack),
 * and otherwise (a backreference, a lookaround, the `i` flag) under a time budget: past it, the
 * run stops naming the input.
 */
import { setFlagsFromString } from 'node:v8'
import { Script, createContext, type Context } from 'node:vm'
import { ConfigurationError } from './errors.js'
import { shown } from './shown.js'

/** Matching time one user regex may spend in a run, all texts together. */
export const USER_REGEX_BUDGET_MS = 3000

export function checkUserRegex(regex: RegExp, input: string): RegExp {
  const problem = regexProblem(regex)
  if (problem === undefined) {
    const fast = linearRegExp(regex.source, regex.flags)
    if (fast === undefined) return new BoundedRegExp(regex, regex.flags, input)
    linearInput.set(fast, input)
    return fast
  }
  throw new ConfigurationError(`Input '${input}' has ${shown(regex.source)}, which ${problem}.`, {
    input
  })
}

/**
 * V8's linear-time engine (the `l` flag, behind a V8 flag in Node 20 and 24) cannot backtrack,
 * so a regex it accepts needs no budget; and the budget's watchdog costs tens of microseconds a
 * match, which on a history of 10,000 commits was half the run. Undefined when the engine
 * does not take this regex (or this Node has no such engine).
 */
export function linearRegExp(source: string, flags: string): RegExp | undefined {
  if (linearEngine === undefined) {
    try {
      setFlagsFromString('--enable-experimental-regexp-engine')
      const probe = 'l'
      linearEngine = new RegExp('a', probe).flags.includes('l')
    } catch {
      linearEngine = false
    }
  }
  if (!linearEngine) return undefined
  try {
    return new RegExp(source, flags.includes('l') ? flags : `${flags}l`)
  } catch {
    return undefined
  }
}

let linearEngine: boolean | undefined
/** The input a linear-time regex came from, for a derived regex that cannot stay linear. */
const linearInput = new WeakMap<RegExp, string>()

/**
 * V8's backtracking cannot be interrupted from JavaScript, but a vm script's timeout stops
 * whatever runs inside it, a regex included: each match runs as that script.
 */
const sandbox: { match?: () => RegExpExecArray | null } = {}
let watchdog: { context: Context; script: Script } | undefined
/** Made on the first bounded match: a vm context costs milliseconds a step may never need. */
function matchWatchdog(): { context: Context; script: Script } {
  watchdog ??= { context: createContext(sandbox), script: new Script('match()') }
  return watchdog
}

interface Budget {
  input: string
  /** The user's own regex, which a derived one wraps. */
  source: string
  spentMs: number
}

/**
 * A RegExp whose every match (`exec`, and through it `test`, `replace`, `match`, `matchAll`,
 * `split`) runs within the regex's budget; copies made by `matchAll` and `split` share it.
 */
export class BoundedRegExp extends RegExp {
  private budget: Budget

  constructor(pattern: string | RegExp, flags?: string, input?: string) {
    super(pattern, flags)
    this.budget =
      pattern instanceof BoundedRegExp
        ? pattern.budget
        : { input: input ?? 'a regex', source: this.source, spentMs: 0 }
  }

  /** A regex of another source that spends the budget of `owner`. */
  static sharing(owner: BoundedRegExp, source: string, flags: string): BoundedRegExp {
    const regex = new BoundedRegExp(source, flags)
    regex.budget = owner.budget
    return regex
  }

  private overBudget(text: string): ConfigurationError {
    const { input, source } = this.budget
    return new ConfigurationError(
      `Input '${input}' has ${shown(source)}, which took more than ` +
        `${USER_REGEX_BUDGET_MS / 1000} s to match ${shown(String(text))}: it backtracks ` +
        'catastrophically on text that almost matches. Make the alternatives inside a ' +
        'repetition exclusive (`(a|a)+` -> `a+`, `(\\w|\\d)+` -> `\\w+`) or anchor it.',
      { input }
    )
  }

  override exec(text: string): RegExpExecArray | null {
    const budget = this.budget
    const remaining = USER_REGEX_BUDGET_MS - budget.spentMs
    if (remaining <= 0) throw this.overBudget(text)
    // Only the match itself is counted, not the vm's own cost of a few microseconds a call.
    sandbox.match = () => {
      const started = performance.now()
      const result = super.exec(text)
      budget.spentMs += performance.now() - started
      return result
    }
    try {
      const { context, script } = matchWatchdog()
      return script.runInContext(context, {
        timeout: Math.max(1, Math.ceil(remaining))
      }) as RegExpExecArray | null
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error
      budget.spentMs = USER_REGEX_BUDGET_MS
      throw this.overBudget(text)
    } finally {
      sandbox.match = undefined
    }
  }
}

/**
 * A regex built around a user's (`(?<key>${issue.source})|#(\d+)`): linear-time when the user's
 * is and the whole can be, else held to a budget (the same one when the user's regex is
 * bounded); a plain RegExp around a regex that is not a user's.
 */
export function derivedRegExp(from: RegExp, source: string, flags: string): RegExp {
  if (from instanceof BoundedRegExp) return BoundedRegExp.sharing(from, source, flags)
  const input = linearInput.get(from)
  if (input === undefined) return new RegExp(source, flags)
  const fast = linearRegExp(source, flags)
  if (fast === undefined) return new BoundedRegExp(source, flags, input)
  linearInput.set(fast, input)
  return fast
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
