/**
 * Reading one released section and its ticket keys: the entry point create-tag,
 * open-release-pr and close-milestone use. One parser serves writer and readers alike.
 */
import { readReleaseSection, type ReleaseSection } from './index.js'
import { DEFAULT_TICKET_PATTERN, ticketKeys as keysIn } from './render.js'

export { DEFAULT_TICKET_PATTERN, readReleaseSection, type ReleaseSection }

/** The ticket keys (JIRA-1234) in a text, in order of first appearance, each once. */
export function ticketKeys(text: string, pattern: RegExp = DEFAULT_TICKET_PATTERN): string[] {
  return keysIn(text, pattern)
}
