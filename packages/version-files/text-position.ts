import type { VersionOccurrence } from './types.js'

/** 1-based line and column of `offset`; a leading BOM is not counted as a column. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  const bom = line === 1 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0
  return { line, column: offset - lineStart + 1 - bom }
}

/** The occurrence of the version held in `text[start, end)`. */
export function occurrenceAt(
  text: string,
  file: string,
  start: number,
  end: number,
  field: string
): VersionOccurrence {
  const { line, column } = positionAt(text, start)
  return { file, line, column, start, end, version: text.slice(start, end), field }
}
