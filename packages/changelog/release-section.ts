/**
 * Reading one released section of a Keep a Changelog file: what create-tag, open-release-pr
 * and close-milestone need (the notes and the ticket keys), without the writer's machinery.
 */

export interface ReleaseSection {
  version: string
  /** The date on the heading, when it has one. */
  date?: string
  /** The section's markdown between its heading and the next section, trimmed. */
  body: string
  /** 1-based line of the heading. */
  line: number
}

export const DEFAULT_TICKET_PATTERN = /\b[A-Z][A-Z0-9_]+-\d+\b/g

const HEADING = /^##\s+\[([^\]]+)\](?:\s+-\s+(\S+))?/

/** The section `## [version] - date`, or undefined when the file has none. */
export function readReleaseSection(text: string, version: string): ReleaseSection | undefined {
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex((l) => HEADING.exec(l)?.[1] === version)
  if (start < 0) return undefined
  const heading = HEADING.exec(lines[start] ?? '')
  let end = start + 1
  while (
    end < lines.length &&
    !/^##\s/.test(lines[end] ?? '') &&
    !/^\[[^\]]+\]:\s/.test(lines[end] ?? '')
  )
    end++
  return {
    version,
    date: heading?.[2],
    body: lines
      .slice(start + 1, end)
      .join('\n')
      .trim(),
    line: start + 1
  }
}

/** The ticket keys (JIRA-1234) in a text, in order of first appearance, each once. */
export function ticketKeys(text: string, pattern: RegExp = DEFAULT_TICKET_PATTERN): string[] {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`
  )
  return [...new Set([...text.matchAll(global)].map((m) => m[1] ?? m[0]))]
}
