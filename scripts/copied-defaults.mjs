// A default hand-copied into an action's inputs parser would drift from its action.yml: a
// string literal in a fallback place (`?? '...'`, or a call's argument after `Input.x`, after
// an enum list or a second input name) equal to one of the action's defaults is reported.
// true/false/empty are left out: they are no text a user could change in one place only.
const FALLBACK =
  /(?:\?\?\s*|\(\s*Input\.\w+\s*,\s*(?:(?:[A-Z_]+|Input\.\w+)\s*,\s*)?)'((?:[^'\\\n]|\\.)*)'/g

/** `getBooleanInput(Input.x, true)`, `getIntegerInput(Input.x, 0, ...)`: a literal default. */
const LITERAL_ARGUMENT = /get\w+Input\(\s*Input\.(\w+)\s*,\s*(true|false|-?\d+)\s*[,)]/g

/**
 * The defaults of `defaults` (input -> action.yml default) that `source` writes as a fallback
 * literal, as `[input, value]` pairs: a text equal to a default, or a boolean or number given
 * for an input (named through the source's `Input` table) that action.yml gives a default.
 */
export function copiedDefaults(source, defaults) {
  const literals = new Set([...source.matchAll(FALLBACK)].map((m) => m[1].replace(/\\n/g, '\n')))
  const texts = Object.entries(defaults).filter(
    ([, value]) => value !== '' && value !== 'true' && value !== 'false' && literals.has(value)
  )
  const table = /export const Input = \{([\s\S]*?)\} as const/.exec(source)?.[1] ?? ''
  const names = new Map([...table.matchAll(/(\w+): '([\w-]+)'/g)].map((m) => [m[1], m[2]]))
  const values = [...source.matchAll(LITERAL_ARGUMENT)]
    .map((m) => [names.get(m[1]), m[2]])
    .filter(([input]) => input !== undefined && defaults[input] !== undefined)
  return [...texts, ...values]
}
