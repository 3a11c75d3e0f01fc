import { parse, TomlError } from 'smol-toml'
import { ConfigurationError } from '../../base/errors.js'
import { occurrenceAt } from '../text-position.js'
import type { VersionOccurrence } from '../types.js'

/** A string value in a TOML document, with its full key path and the offsets of its contents. */
export interface TomlString {
  path: string[]
  start: number
  end: number
}

/** Marks an array element (or an `[[array.table]]` entry) in a path, so no plain key path matches it. */
export const ARRAY_ITEM = '[]'

/** Parses TOML with smol-toml; a syntax error becomes a ConfigurationError naming file, line and column. */
export function parseTomlFile(text: string, file: string): Record<string, unknown> {
  try {
    return parse(text)
  } catch (error) {
    if (!(error instanceof TomlError)) throw error
    const reason = error.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '')
    throw new ConfigurationError(
      `${file} is not valid TOML: ${reason} at line ${error.line}, column ${error.column}. Fix the syntax.`,
      { locations: [{ file, line: error.line, col: error.column }] }
    )
  }
}

/**
 * Lists every string value of a document already validated by {@link parseTomlFile}, each with
 * its full key path (table header + dotted key + inline-table keys), so a field is found by
 * where it really sits, never by a look-alike line inside `[dependencies]` or a multi-line string.
 */
export function scanTomlStrings(text: string): TomlString[] {
  const found: TomlString[] = []
  let pos = 0
  let table: string[] = []

  const skipBlank = (newlines: boolean): void => {
    for (;;) {
      const char = text[pos]
      if (char === ' ' || char === '\t' || char === '\ufeff') pos++
      else if (newlines && (char === '\n' || char === '\r')) pos++
      else if (char === '#') while (pos < text.length && text[pos] !== '\n') pos++
      else return
    }
  }

  const readKey = (): string[] => {
    const parts: string[] = []
    for (;;) {
      skipBlank(false)
      const char = text[pos]
      if (char === '"' || char === "'") {
        const { start, end } = readQuoted(char)
        const raw = text.slice(start, end)
        parts.push(char === '"' ? decodeBasic(raw) : raw)
      } else {
        const start = pos
        while (pos < text.length && /[A-Za-z0-9_-]/.test(text[pos])) pos++
        parts.push(text.slice(start, pos))
      }
      skipBlank(false)
      if (text[pos] !== '.') return parts
      pos++
    }
  }

  /** Reads a one-line string from its opening quote; returns the offsets of its contents. */
  const readQuoted = (quote: string): { start: number; end: number } => {
    const start = ++pos
    while (pos < text.length && text[pos] !== quote)
      pos += quote === '"' && text[pos] === '\\' ? 2 : 1
    return { start, end: pos++ }
  }

  const skipMultiline = (quote: string): void => {
    pos += 3
    const close = quote.repeat(3)
    while (pos < text.length && !text.startsWith(close, pos)) {
      pos += quote === '"' && text[pos] === '\\' ? 2 : 1
    }
    pos += 3
    // Up to two quotes right before the closing delimiter belong to the content.
    for (let extra = 0; extra < 2 && text[pos] === quote; extra++) pos++
  }

  const readValue = (path: string[]): void => {
    skipBlank(false)
    const char = text[pos]
    if (char === '"' || char === "'") {
      if (text.startsWith(char.repeat(3), pos)) return skipMultiline(char)
      const { start, end } = readQuoted(char)
      found.push({ path, start, end })
    } else if (char === '[') {
      pos++
      for (skipBlank(true); text[pos] !== ']' && pos < text.length; skipBlank(true)) {
        readValue([...path, ARRAY_ITEM])
        skipBlank(true)
        if (text[pos] === ',') pos++
      }
      pos++
    } else if (char === '{') {
      pos++
      for (skipBlank(true); text[pos] !== '}' && pos < text.length; skipBlank(true)) {
        readKeyValue(path)
        skipBlank(true)
        if (text[pos] === ',') pos++
      }
      pos++
    } else {
      while (pos < text.length && !',]}#\r\n'.includes(text[pos])) pos++
    }
  }

  const readKeyValue = (base: string[]): void => {
    const key = readKey()
    skipBlank(false)
    pos++ // '='
    readValue([...base, ...key])
  }

  for (skipBlank(true); pos < text.length; skipBlank(true)) {
    const before = pos
    if (text[pos] === '[') {
      const arrayTable = text[pos + 1] === '['
      pos += arrayTable ? 2 : 1
      const key = readKey()
      pos += arrayTable ? 2 : 1
      table = arrayTable ? [...key, ARRAY_ITEM] : key
    } else {
      readKeyValue(table)
    }
    if (pos === before) throw new Error(`TOML scanner made no progress at offset ${pos}`)
  }
  return found
}

/** The one string at exactly `path`, or undefined. */
export function findTomlString(strings: TomlString[], path: string[]): TomlString | undefined {
  return strings.find((s) => s.path.length === path.length && s.path.every((k, i) => k === path[i]))
}

/** `value` as a table, or undefined. */
export function tomlTable(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/**
 * The occurrence of the string `value` that the parser found at `path`. Refuses a version that is
 * not a string, or that uses escapes (its text would not be the version).
 */
export function tomlVersionAt(
  text: string,
  file: string,
  strings: TomlString[],
  path: string[],
  value: unknown,
  field: string
): VersionOccurrence {
  const located = findTomlString(strings, path)
  if (typeof value !== 'string' || !located) {
    throw new ConfigurationError(
      `${file}: ${field} must be a string like "1.2.0", not ${JSON.stringify(value)}.`,
      { locations: [{ file }] }
    )
  }
  const occurrence = occurrenceAt(text, file, located.start, located.end, field)
  if (occurrence.version !== value) {
    throw new ConfigurationError(
      `${file}:${occurrence.line}: ${field} uses escape sequences; write the version plainly, like "1.2.0".`,
      { locations: [{ file, line: occurrence.line, col: occurrence.column }] }
    )
  }
  return occurrence
}

function decodeBasic(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return raw // a TOML-only escape (\U, \e) in a key: never one of the keys we look for
  }
}
