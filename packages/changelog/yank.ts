/**
 * Keep a Changelog's mark for a release that was pulled: `## [1.3.0] - 2026-12-03 [YANKED]`.
 * The heading is found with the changelog parser, and only that line changes.
 */
import { findSection, parseChangelog } from './parse.js'

/**
 * The changelog with the version's heading marked `[YANKED]`: the same text when it is marked
 * already, undefined when there is no section for the version.
 */
export function yankSection(text: string, version: string, file?: string): string | undefined {
  const doc = parseChangelog(text, file)
  const section = findSection(doc, version)
  if (!section) return undefined
  const heading = text.slice(section.start, section.bodyStart)
  const line = heading.replace(/\r?\n$/, '')
  if (/\[YANKED\]\s*$/.test(line)) return text
  const eol = heading.slice(line.length)
  return `${text.slice(0, section.start)}${line.trimEnd()} [YANKED]${eol}${text.slice(section.bodyStart)}`
}
