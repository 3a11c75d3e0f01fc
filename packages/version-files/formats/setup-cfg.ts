import { occurrenceAt } from '../text-position.js'
import type { FormatFindings, VersionOccurrence } from '../types.js'

const SECTION = /^\[([^\]]+)\]/
// configparser accepts `=` or `:`; indented lines continue the previous value.
const VERSION_KEY = /^(version)([ \t]*[=:][ \t]*)([^\r\n]*)/i

/**
 * setup.cfg: `version = 1.2.0` in `[metadata]`. `version = attr: pkg.__version__` and
 * `version = file: VERSION` make the file dynamic (setuptools reads the version elsewhere).
 */
export function readSetupCfg(text: string, file: string): FormatFindings {
  const occurrences: VersionOccurrence[] = []
  let dynamic: string | undefined
  let section = ''
  let offset = 0
  for (const line of text.split('\n')) {
    const lineStart = offset
    offset += line.length + 1
    const body = lineStart === 0 && line.startsWith('\ufeff') ? line.slice(1) : line
    const bodyStart = lineStart + line.length - body.length
    const header = SECTION.exec(body)
    if (header) {
      section = header[1].trim()
      continue
    }
    const entry = section === 'metadata' ? VERSION_KEY.exec(body) : null
    if (!entry) continue
    // An inline comment needs whitespace before `#` or `;`; versions never contain either.
    const value = entry[3].replace(/\s+[#;].*$/, '').trim()
    if (value === '') continue
    if (/^(attr|file)\s*:/.test(value)) {
      dynamic ??= `[metadata] version = ${value}: setuptools reads the version from there`
      continue
    }
    const start = bodyStart + entry[1].length + entry[2].length
    occurrences.push(occurrenceAt(text, file, start, start + value.length, '[metadata] version'))
  }
  return occurrences.length > 0 ? { occurrences } : { occurrences, dynamic }
}
