// A default hand-copied into an action's inputs parser would drift from its action.yml: a
// string literal in a fallback place (`?? '...'`, or a call's argument after `Input.x`, after
// an enum list or a second input name) equal to one of the action's defaults is reported.
// true/false/empty are left out: they are no text a user could change in one place only.
const FALLBACK =
  /(?:\?\?\s*|\(\s*Input\.\w+\s*,\s*(?:(?:[A-Z_]+|Input\.\w+)\s*,\s*)?)'((?:[^'\\\n]|\\.)*)'/g

/**
 * The defaults of `defaults` (input -> action.yml default) that `source` writes as a fallback
 * literal, as `[input, value]` pairs.
 */
export function copiedDefaults(source, defaults) {
  const literals = new Set([...source.matchAll(FALLBACK)].map((m) => m[1].replace(/\\n/g, '\n')))
  return Object.entries(defaults).filter(
    ([, value]) => value !== '' && value !== 'true' && value !== 'false' && literals.has(value)
  )
}
