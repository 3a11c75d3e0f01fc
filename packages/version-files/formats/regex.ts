import { derivedRegExp } from '../../base/user-regex.js'
import { occurrenceAt } from '../text-position.js'
import type { FormatFindings, VersionOccurrence } from '../types.js'

/**
 * A custom `path:regex` entry: every match of the pattern (lines matched with `^`/`$`), its one
 * capture group being the version.
 */
export function readWithPattern(text: string, file: string, pattern: RegExp): FormatFindings {
  const flags = [...new Set(`${pattern.flags}gmd`)].join('')
  const global = derivedRegExp(pattern, pattern.source, flags)
  const occurrences: VersionOccurrence[] = []
  for (const match of text.matchAll(global)) {
    const span = match.indices?.[1]
    if (!span || span[0] === span[1]) continue
    occurrences.push(occurrenceAt(text, file, span[0], span[1], `/${pattern.source}/`))
  }
  return { occurrences }
}
