/**
 * `mode: rebuild`: a whole changelog from the history. Every commit belongs to the oldest
 * release whose tag reaches it; commits no tag reaches are unreleased (see HistoryIndex in
 * history.ts). Here: each release's entries grouped and rendered.
 */
import type { ReleaseEntry } from './merge.js'
import { CHANGE_GROUPS } from './parse.js'
import {
  renderEntry,
  renderSection,
  type GroupedLines,
  type LinkOptions,
  type SectionStyle
} from './render.js'

/** Groups entries by their Keep a Changelog group, rendered, each ticket or text once. */
export function groupEntries(
  entries: ReleaseEntry[],
  style: SectionStyle,
  links: LinkOptions
): GroupedLines {
  const groups: GroupedLines = new Map(CHANGE_GROUPS.map((g) => [g, []]))
  const seen = new Set<string>()
  const issue = new RegExp(links.issuePattern.source, 'g')
  for (const entry of entries) {
    const keys = [...entry.text.matchAll(issue)].map((m) => m[0])
    const identity = keys.length > 0 ? keys.join(' ') : entry.text.toLowerCase()
    if (seen.has(identity)) continue
    seen.add(identity)
    groups.get(entry.group)!.push(renderEntry(entry.text, style, links))
  }
  return groups
}

/** The sections of a rebuilt changelog, newest first, each with its trailing blank line. */
export function renderReleaseSections(
  releases: Array<{ version: string; date: string; groups: GroupedLines }>,
  style: SectionStyle,
  eol: string
): string {
  return releases
    .map((r) =>
      renderSection(
        { version: r.version, date: r.date },
        { preface: [], groups: r.groups },
        style,
        eol
      )
    )
    .join('')
}
