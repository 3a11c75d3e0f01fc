// A default hand-copied into an inputs parser would drift from its action.yml: a string literal
// in a fallback place (`?? '...'`, `return '...'`, a parameter's default `prefix = '...'`, or a
// call's argument after `Input.x`, after an enum list or a second input name) equal to one of
// the action's defaults is reported. The
// action kit, which holds no enum lists, is held to more: any literal of a shared default.
// true/false/empty are left out: they are no text a user could change in one place only.
const FALLBACK =
  /(?:\?\?\s*|\breturn\s+|[(,]\s*\w+\??(?:\s*:\s*\w+)?\s*=\s*(?=''|'[^']*'\s*[,)])|\(\s*\w*Input\.\w+\s*,\s*(?:(?:[A-Z_]+|\w*Input\.\w+)\s*,\s*)?)'((?:[^'\\\n]|\\.)*)'/g

/** Any single-quoted literal, for the action kit's stricter search. */
const LITERAL = /'((?:[^'\\\n]|\\.)*)'/g

/** `getBooleanInput(Input.x, true)`, `getIntegerInput(Input.x, 0, ...)`: a literal default. */
const LITERAL_ARGUMENT = /get\w+Input\(\s*(\w*Input\.\w+)\s*,\s*(true|false|-?\d+)\s*[,)]/g

/** Shorter literals ('.', 'v') are common text; they count only in a fallback place. */
const DISTINCT = 3

/**
 * The input names of `source`'s `export const ...Input = { key: 'name' } as const` tables, by
 * the reference code writes (`Input.developBranch`, `CommonInput.dryRun`).
 */
export function inputTables(source) {
  const names = new Map()
  for (const [, table, body] of source.matchAll(
    /export const (\w*Input) = \{([\s\S]*?)\} as const/g
  )) {
    for (const [, key, input] of body.matchAll(/(\w+): '([\w-]+)'/g))
      names.set(`${table}.${key}`, input)
  }
  return names
}

/**
 * The defaults of `defaults` (input -> action.yml default) that `source` writes as a fallback
 * literal, as `[input, value]` pairs: a text equal to a default, or a boolean or number given
 * for an input (named through the source's `...Input` tables) that action.yml gives a default.
 * With `anywhere`, a text of a default is reported wherever it is written (short ones still
 * only in a fallback place).
 */
export function copiedDefaults(source, defaults, { anywhere = false } = {}) {
  const unescape = (m) => m[1].replace(/\\n/g, '\n')
  const literals = new Set([...source.matchAll(FALLBACK)].map(unescape))
  if (anywhere) {
    for (const text of [...source.matchAll(LITERAL)].map(unescape))
      if (text.length >= DISTINCT) literals.add(text)
  }
  const texts = Object.entries(defaults).filter(
    ([, value]) => value !== '' && value !== 'true' && value !== 'false' && literals.has(value)
  )
  const names = inputTables(source)
  const values = [...source.matchAll(LITERAL_ARGUMENT)]
    .map((m) => [names.get(m[1]), m[2]])
    .filter(([input]) => input !== undefined && defaults[input] !== undefined)
  return [...texts, ...values]
}

/** A fallback to a constant written in code (`?? DEFAULT_ISSUE_PATTERN`) instead of action.yml's. */
const CONSTANT_FALLBACK = /(?:\?\?\s*|\breturn\s+|\(\s*\w*Input\.\w+\s*,\s*)(DEFAULT_[A-Z0-9_]+)\b/g

/** The `DEFAULT_...` constants `source` falls back to where an input is left out or empty. */
export function constantFallbacks(source) {
  return [...new Set([...source.matchAll(CONSTANT_FALLBACK)].map((m) => m[1]))]
}

/** An array literal of two or more single-quoted strings: `['a', 'b']`, `Object.freeze([...])`. */
const LIST = /\[\s*('(?:[^'\\\n]|\\.)*'(?:\s*,\s*'(?:[^'\\\n]|\\.)*')+)\s*,?\s*\]/g

/**
 * The defaults of `defaults` holding several values (one per line, as branch-pattern's
 * templates) that `source` writes as an array literal of those values, in their order, as
 * `[input, value]` pairs: a copy kept for callers that read no input.
 */
export function copiedLists(source, defaults) {
  const lists = new Set(
    [...source.matchAll(LIST)].map((m) =>
      [...m[1].matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((item) => item[1]).join('\n')
    )
  )
  return Object.entries(defaults).filter(([, value]) => value.includes('\n') && lists.has(value))
}
