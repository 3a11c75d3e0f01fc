/**
 * Markdown for a release section: entries with their ticket keys and pull request numbers
 * linked, groups in Keep a Changelog order, laid out the way the file already lays out its
 * sections.
 */
import { derivedRegExp } from '../base/user-regex.js'
import { CHANGE_GROUPS, type ChangeGroup } from './grammar.js'
import {
  DEFAULT_HEADING_FORM,
  formatReleaseHeading,
  formatUnreleasedHeading,
  type HeadingForm
} from './headings.js'
import type { ChangelogDocument } from './parse.js'

export { DEFAULT_ISSUE_PATTERN, DEFAULT_TICKET_PATTERN } from './grammar.js'

export interface LinkOptions {
  /** `https://jira.example.com/browse/{key}`; keys stay plain text without it. */
  issueUrl?: string
  issuePattern: RegExp
  /** `https://github.com/owner/repo`: `#12` links to its pull request 12. */
  repositoryUrl?: string
}

/** How a file lays out its sections; new sections copy it. */
export interface SectionStyle {
  /** A blank line after `## [X.Y.Z] - date`. */
  blankAfterHeading: boolean
  /** A blank line after `### Added`. */
  blankAfterGroup: boolean
  bullet: string
  /** How the newest release heading is written (its level, link, separator). */
  form: HeadingForm
}

/** The seed's layout: no blank line under headings, `- ` bullets, `## [X.Y.Z] - date`. */
export const SEED_STYLE: SectionStyle = {
  blankAfterHeading: false,
  blankAfterGroup: false,
  bullet: '-',
  form: DEFAULT_HEADING_FORM
}

/**
 * Existing markdown links are left as they are; bare keys and `#12` get a link. The character
 * before `#12` is checked by linkReferences rather than by a lookbehind, which would keep the
 * regex off V8's linear-time engine (see base/user-regex.ts).
 */
const linkedOrBare = new Map<string, RegExp>()
function LINKED_OR_BARE(issue: RegExp): RegExp {
  let pattern = linkedOrBare.get(issue.source)
  if (!pattern) {
    pattern = derivedRegExp(
      issue,
      `(?<link>\\[[^\\]]*\\]\\([^)]*\\))|(?<key>${issue.source})|#(?<pr>\\d+)\\b`,
      'g'
    )
    linkedOrBare.set(issue.source, pattern)
  }
  return pattern
}

/** The ticket keys an entry names, in order, without repeats. */
export function ticketKeys(text: string, issuePattern: RegExp): string[] {
  const pattern = derivedRegExp(
    issuePattern,
    issuePattern.source,
    issuePattern.flags.includes('g') ? issuePattern.flags : `${issuePattern.flags}g`
  )
  return [...new Set([...text.matchAll(pattern)].map((m) => m[0]))]
}

/** Links ticket keys (when `issueUrl` is set) and `#12` (when the repository is known). */
export function linkReferences(text: string, options: LinkOptions): string {
  if (!options.issueUrl && !text.includes('#')) return text
  return text.replace(LINKED_OR_BARE(options.issuePattern), (whole: string, ...args: unknown[]) => {
    const { link, key, pr } = args[args.length - 1] as Record<string, string | undefined>
    const offset = args[args.length - 3] as number
    if (link) return link
    if (key)
      return options.issueUrl ? `[${key}](${options.issueUrl.replaceAll('{key}', key)})` : key
    // `#12` inside a word, an HTML entity (`&#12;`) or a path is not a pull request.
    const inWord = offset > 0 && /[\w&/]/.test(text[offset - 1])
    return pr && !inWord && options.repositoryUrl
      ? `[#${pr}](${options.repositoryUrl}/pull/${pr})`
      : whole
  })
}

/** Reads the layout of the newest release section, or the seed's layout for a file without one. */
export function detectStyle(doc: ChangelogDocument | undefined): SectionStyle {
  if (!doc) return SEED_STYLE
  const newest = doc.sections.find((s) => s.version)
  const form = newest?.form ?? { ...DEFAULT_HEADING_FORM, level: doc.level }
  // The newest section with a body: a blank line under its heading, whatever opens the body.
  const laidOut = doc.sections.find((s) => s.version && s.contentEnd > s.bodyStart)
  const section = doc.sections.find((s) => s.version && s.groups.length > 0)
  const blankAfterHeading = laidOut ? /^[ \t]*\r?\n/.test(doc.text.slice(laidOut.bodyStart)) : false
  if (!section) return { ...SEED_STYLE, blankAfterHeading, form }
  const group = section.groups[0]
  const firstEntry = group.entries[0]
  const headingEnd = doc.text.indexOf('\n', group.start) + 1
  return {
    blankAfterHeading,
    blankAfterGroup: firstEntry
      ? doc.text.slice(headingEnd, firstEntry.start).trim() === '' && firstEntry.start > headingEnd
      : false,
    bullet: firstEntry ? doc.text[firstEntry.start] : '-',
    form
  }
}

/** Entry lines (already rendered, bullet included) per group. */
export type GroupedLines = Map<string, string[]>

/** Orders groups: Keep a Changelog's six first, any other heading after, in first-seen order. */
export function orderedGroups(names: Iterable<string>): string[] {
  const all = [...new Set(names)]
  const known = CHANGE_GROUPS.filter((g) => all.includes(g))
  return [...known, ...all.filter((n) => !(CHANGE_GROUPS as readonly string[]).includes(n))]
}

/** The lines of a group block: heading, optional blank, entries. */
export function renderGroup(name: string, entries: string[], style: SectionStyle): string[] {
  const hashes = '#'.repeat(style.form.level + 1)
  return [`${hashes} ${name}`, ...(style.blankAfterGroup ? [''] : []), ...entries]
}

/**
 * A whole section: `## [version] - date`, then loose lines, then groups, each group followed
 * by a blank line. Returned with `eol` line breaks.
 */
export function renderSection(
  heading: { version: string; date: string } | 'Unreleased',
  body: { preface: string[]; groups: GroupedLines },
  style: SectionStyle,
  eol: string,
  url?: string
): string {
  const title =
    heading === 'Unreleased'
      ? formatUnreleasedHeading(style.form.level)
      : formatReleaseHeading(style.form, heading.version, heading.date, url)
  const lines = [title]
  const blocks: string[][] = []
  if (body.preface.length > 0) blocks.push(body.preface)
  for (const name of orderedGroups(body.groups.keys())) {
    const entries = body.groups.get(name) ?? []
    if (entries.length > 0) blocks.push(renderGroup(name, entries, style))
  }
  if (blocks.length > 0 && style.blankAfterHeading) lines.push('')
  for (const block of blocks) lines.push(...block, '')
  if (blocks.length === 0) lines.push('')
  return lines.join(eol) + eol
}

/** One entry line: `- text`, with its references linked. */
export function renderEntry(text: string, style: SectionStyle, links: LinkOptions): string {
  return `${style.bullet} ${linkReferences(text, links)}`
}

/** Counts entries per Keep a Changelog group, for the summary. */
export function countEntries(groups: GroupedLines): Array<[string, number]> {
  return orderedGroups(groups.keys())
    .map((name): [string, number] => [name, groups.get(name)?.length ?? 0])
    .filter(([, n]) => n > 0)
}

export type { ChangeGroup }
