import { occurrenceAt } from '../text-position.js'
import type { FormatFindings } from '../types.js'

/** A VERSION file: the first line, without the whitespace, BOM and line ending around it. */
export function readVersionText(text: string, file: string): FormatFindings {
  const newline = text.indexOf('\n')
  const firstLine = newline === -1 ? text : text.slice(0, newline)
  const leading = firstLine.length - firstLine.replace(/^[\s\ufeff]+/, '').length
  const trimmed = firstLine.trim()
  if (trimmed === '') return { occurrences: [] }
  return {
    occurrences: [occurrenceAt(text, file, leading, leading + trimmed.length, 'first line')]
  }
}
