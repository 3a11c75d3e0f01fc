/**
 * The runner's protocol as GitHub documents it ("Workflow commands for GitHub Actions"), as text:
 * `::name key=value,...::data` lines on stdout and `name<<DELIMITER` blocks in the files the
 * runner names (`$GITHUB_OUTPUT`). Escaping is the runner's (and @actions/core's): `%`, CR and
 * LF in data; also `:` and `,` in property values. Pure: core.ts does the writing.
 *
 * Why not @actions/core's functions: its only public entry loads its OIDC client and with it
 * undici (~470 kB), which doubled every action's cold start (npm run bench bundle), and its
 * protocol modules are private files that any release may move.
 */

/** What an annotation may point at; the runner's property names are written by `commandProperties`. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** A value as the runner reads it: strings as they are, nothing as '', anything else as JSON. */
export function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || value instanceof String) return value as string
  return JSON.stringify(value)
}

export function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** The runner's names for an annotation's properties, in the order @actions/core writes them. */
export function commandProperties(
  properties: AnnotationProperties
): Record<string, string | number | undefined> {
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

/** One workflow command line (without its line end); empty properties are left out. */
export function formatCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  data: unknown
): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',')
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(data)}`
}

/**
 * A `name<<DELIMITER` block for `$GITHUB_OUTPUT`. The runner ends the block at the first line
 * that is the delimiter, so a block whose delimiter occurs nowhere in the name or the value
 * cannot be ended early, and the value cannot write an output of its own. The delimiter is
 * `ghadelimiter_` and random hex digits, drawn again while the name or the value holds it: that
 * check makes it safe, not the digits being unguessable, so `Math.random` serves where
 * @actions/core takes `crypto.randomUUID()` (loading node's crypto cost 2-3 ms in an action that
 * needs it for nothing else) and throws on a collision where this draws again.
 */
export function formatKeyValue(name: string, value: unknown, eol: string): string {
  const text = commandValue(value)
  let delimiter = randomDelimiter()
  while (name.includes(delimiter) || text.includes(delimiter)) delimiter = randomDelimiter()
  return `${name}<<${delimiter}${eol}${text}${eol}${delimiter}`
}

function randomDelimiter(): string {
  const digits = () =>
    Math.floor(Math.random() * 2 ** 52)
      .toString(16)
      .padStart(13, '0')
  return `ghadelimiter_${digits()}${digits()}${digits()}`
}
