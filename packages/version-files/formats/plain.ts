import { occurrenceAt } from '../text-position.js'
import type { FormatFindings } from '../types.js'

/**
 * What a version looks like on a VERSION file's first line: `1.2.0`, `v1.2.0` (the `v` stays),
 * `1.2.0-rc.1`, PEP 440's `2.1.0a0`. Go's `go1.27.2` or a date is no version of the project.
 */
const VERSION_LINE = /^v?(\d+\.\d+(?:\.\d+)*(?:[-+._]?[0-9A-Za-z][0-9A-Za-z.+-]*)?)$/

/** A VERSION file: the first line, without the whitespace, BOM and line ending around it. */
export function readVersionText(text: string, file: string): FormatFindings {
  const newline = text.indexOf('\n')
  const firstLine = newline === -1 ? text : text.slice(0, newline)
  const leading = firstLine.length - firstLine.replace(/^[\s\ufeff]+/, '').length
  const trimmed = firstLine.trim().replace(/^\ufeff/, '')
  if (trimmed === '') return { occurrences: [] }
  const match = VERSION_LINE.exec(trimmed)
  if (!match) {
    const shown = trimmed.length > 40 ? `${trimmed.slice(0, 37)}...` : trimmed
    return { occurrences: [], noVersion: `its first line '${shown}' is not a version` }
  }
  const start = leading + trimmed.length - match[1].length
  return { occurrences: [occurrenceAt(text, file, start, start + match[1].length, 'first line')] }
}
