// Keep a Changelog: parse (with exact offsets), classify commits, render, merge reruns, links.
import { decodeChangelog, findSection, parseChangelog, sectionBody } from './parse.js'
import { DEFAULT_ISSUE_PATTERN, ticketKeys } from './render.js'

export * from './classify.js'
export * from './commits.js'
export * from './history.js'
export * from './links.js'
export * from './merge.js'
export * from './parse.js'
export * from './rebuild.js'
export * from './render.js'

export interface ReleaseSection {
  version: string
  date: string | undefined
  /** 1-based line of the section's heading. */
  line: number
  /** The markdown under the heading, without surrounding blank lines. */
  body: string
  /** The ticket keys the section names (`JIRA-1234`), in order, each once. */
  ticketKeys: string[]
}

/**
 * The section of `version` in a changelog's text (or bytes), or undefined when it has none.
 * For create-tag, open-release-pr and close-milestone. Throws a located ConfigurationError
 * when the file is not Keep a Changelog.
 */
export function readReleaseSection(
  content: string | Uint8Array,
  version: string,
  options: { file?: string; issuePattern?: RegExp } = {}
): ReleaseSection | undefined {
  const file = options.file ?? 'CHANGELOG.md'
  const text = typeof content === 'string' ? content : decodeChangelog(content, file)
  // A reader needs only its own section: irregular lines elsewhere are not its business.
  const doc = parseChangelog(text, file, { strict: false })
  const section = findSection(doc, version)
  if (!section?.version) return undefined
  const body = sectionBody(doc, section)
  return {
    version: section.version,
    date: section.date,
    line: section.line,
    body,
    ticketKeys: ticketKeys(body, options.issuePattern ?? new RegExp(DEFAULT_ISSUE_PATTERN))
  }
}
