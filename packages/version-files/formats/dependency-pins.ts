import { occurrenceAt } from '../text-position.js'
import type { VersionOccurrence } from '../types.js'

/** A requirement that names one exact version: `1.2.0`, `=1.2.0`, `^1.2.0`, `~1.2.0`. */
const PINNED = /^(=|\^|~)?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/

/**
 * The occurrence of the version inside a dependency requirement found at `[start, end)`, or
 * undefined when the requirement is a range that names no single version (`>=1, <2`, `*`).
 */
export function pinnedDependency(
  text: string,
  file: string,
  start: number,
  end: number,
  name: string,
  field: string,
  path = false
): VersionOccurrence | undefined {
  const match = PINNED.exec(text.slice(start, end))
  if (!match) return undefined
  const operator = match[1] ?? ''
  const from = start + operator.length
  return {
    ...occurrenceAt(text, file, from, end, field),
    dependency: { name, operator, ...(path ? { path } : {}) }
  }
}
