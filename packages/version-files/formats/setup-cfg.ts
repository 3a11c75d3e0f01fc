import { occurrenceAt } from '../text-position.js'
import type { FollowedFile, FormatFindings, VersionOccurrence } from '../types.js'
import { followAttr, followPath } from './follow.js'

const SECTION = /^\[([^\]]+)\]/
// configparser accepts `=` or `:`; indented lines continue the previous value.
const KEY = /^([A-Za-z_][\w-]*)([ \t]*[=:][ \t]*)([^\r\n]*)/

interface IniValue {
  section: string
  key: string
  value: string
  start: number
}

/** Every `key = value` of an INI file with the offset of its value (inline comments cut). */
function iniValues(text: string): IniValue[] {
  const values: IniValue[] = []
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
    const entry = KEY.exec(body)
    if (!entry) continue
    // An inline comment needs whitespace before `#` or `;`; versions never contain either.
    const value = entry[3].replace(/\s+[#;].*$/, '').trim()
    const start = bodyStart + entry[1].length + entry[2].length
    values.push({ section, key: entry[1].toLowerCase(), value, start })
  }
  return values
}

/**
 * setup.cfg: `version = 1.2.0` in `[metadata]`, and bumpversion's `[bumpversion]
 * current_version` kept in step. `version = attr: pkg.__version__` and `version = file: VERSION`
 * name where setuptools reads it: that file is followed.
 */
export function readSetupCfg(text: string, file: string): FormatFindings {
  const occurrences: VersionOccurrence[] = []
  const follows: FollowedFile[] = []
  let dynamic: string | undefined
  for (const { section, key, value, start } of iniValues(text)) {
    if (value === '') continue
    if (section === 'metadata' && key === 'version') {
      const pointer = /^(attr|file)\s*:\s*(.*)$/.exec(value)
      if (pointer) {
        dynamic ??= `[metadata] version = ${value}: setuptools reads the version from there`
        const namedBy = `${file} [metadata] version`
        const target = pointer[2].split(',')[0].trim()
        const follow =
          pointer[1] === 'attr'
            ? followAttr(target, namedBy)
            : followPath(target, /\.py$/.test(target) ? 'python-module' : 'VERSION', namedBy)
        if (follow) follows.push(follow)
        continue
      }
      occurrences.push(occurrenceAt(text, file, start, start + value.length, '[metadata] version'))
    } else if (section === 'bumpversion' && key === 'current_version') {
      const field = '[bumpversion] current_version'
      occurrences.push(occurrenceAt(text, file, start, start + value.length, field))
    }
  }
  const found: FormatFindings = { occurrences }
  if (follows.length > 0) found.follows = follows
  const literal = occurrences.some((o) => o.field === '[metadata] version')
  if (!literal && dynamic) found.dynamic = dynamic
  return found
}

/** .bumpversion.cfg: `[bumpversion] current_version`, which bump2version compares to the files. */
export function readBumpversionCfg(text: string, file: string): FormatFindings {
  const occurrences = iniValues(text)
    .filter((v) => v.section === 'bumpversion' && v.key === 'current_version' && v.value !== '')
    .map((v) =>
      occurrenceAt(text, file, v.start, v.start + v.value.length, '[bumpversion] current_version')
    )
  return { occurrences }
}
