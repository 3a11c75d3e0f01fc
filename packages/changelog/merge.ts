/**
 * Putting a release's entries into the document: a new section (with what was under
 * [Unreleased] moved into it), or, on a rerun, only the entries that are not there yet, each
 * added to its group. Lines already in the file are never rewritten, so a person's edits stay.
 */
import { ConfigurationError } from '../base/errors.js'
import {
  findSection,
  type ChangelogDocument,
  type ChangelogSection,
  CHANGE_GROUPS,
  type ChangeGroup
} from './parse.js'
import {
  orderedGroups,
  renderEntry,
  renderGroup,
  renderSection,
  ticketKeys,
  type GroupedLines,
  type LinkOptions,
  type SectionStyle
} from './render.js'
import { formatReleaseHeading } from './headings.js'
import { detectLinkStyle, releaseLinkUrl, type LinkStyle } from './links.js'
import { parseChangelog, splitLines } from './parse.js'

/** One commit's entry, before rendering. */
export interface ReleaseEntry {
  group: ChangeGroup
  text: string
}

export interface MergeRequest {
  version: string
  date: string
  entries: ReleaseEntry[]
  links: LinkOptions
  style: SectionStyle
  /** The release before this one, for a heading that carries its own compare link. */
  previousVersion?: string
  /** The link style for such a heading when the file's own cannot be read. */
  linkStyle?: LinkStyle
}

export interface MergeResult {
  text: string
  /** The lines added, per group (moved [Unreleased] entries included). */
  added: GroupedLines
  /** True when the version's section was already in the file. */
  rerun: boolean
  /** Commit entries left out because a line already in the file names their ticket. */
  covered: string[]
}

/**
 * What makes two entries the same: the same words, or a ticket key or `#12` that a line a
 * person wrote (under [Unreleased]) names: that line stands for its ticket. Two commits that
 * share a key but say different things are two changes, both kept.
 */
export class EntryIndex {
  private readonly keys = new Set<string>()
  private readonly texts = new Set<string>()

  constructor(private readonly issuePattern: RegExp) {}

  has(text: string): boolean {
    return this.match(text) !== undefined
  }

  /** `words` when the same entry is there, `key` when only a line a person wrote names its key. */
  match(text: string): 'words' | 'key' | undefined {
    if (this.texts.has(normalizeEntry(text))) return 'words'
    if (this.keys.size > 0 && this.referencesOf(text).some((k) => this.keys.has(k))) return 'key'
    return undefined
  }

  /** Adds an entry; `byKey` for a line a person wrote, whose keys then cover their commits. */
  add(text: string, byKey = false): void {
    this.texts.add(normalizeEntry(text))
    if (byKey) for (const key of this.referencesOf(text)) this.keys.add(key)
  }

  private referencesOf(text: string): string[] {
    return [
      ...ticketKeys(text, this.issuePattern),
      ...[...text.matchAll(/(?<![\w&/])#\d+\b/g)].map((m) => m[0])
    ]
  }
}

/** Entry text compared without links, emphasis, case, spacing or a final period. */
export function normalizeEntry(text: string): string {
  return text
    .replace(/^[-*+]\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase()
}

interface Edit {
  at: number
  end: number
  text: string
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text
  // Back to front; of two insertions at one offset, the later one goes in first so both keep their order.
  const order = edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => b.edit.at - a.edit.at || b.i - a.i)
  for (const { edit } of order) out = out.slice(0, edit.at) + edit.text + out.slice(edit.end)
  return out
}

/**
 * Lines that say "nothing here yet" under [Unreleased] (`- Nothing yet`, `_No changes yet_`):
 * they stay there and are never published in a release.
 */
const PLACEHOLDER =
  /^\s*(?:[-*+]\s+)?[_*]*\s*(?:nothing(?: yet| so far| to report)?|no(?: notable| unreleased| user-facing)? changes(?: yet| so far)?|none(?: yet)?|tbd|n\/a)\s*[.!]?\s*[_*]*\s*$/i

export function isPlaceholder(line: string): boolean {
  return PLACEHOLDER.test(line)
}

/** What [Unreleased] holds, split into what moves into the release and what stays. */
export interface UnreleasedSplit {
  /** Everything that moves, verbatim (paragraphs, nested lists, code, comments, blank lines). */
  moved: string
  /** The loose lines before the first group, verbatim. */
  preface: string
  /** The groups that move: their heading name, their body verbatim and their entries' text. */
  groups: Array<{ name: string; body: string; entries: string[] }>
  /** Placeholder lines (and groups holding only placeholders), which stay under [Unreleased]. */
  kept: string
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && lines[start].trim() === '') start++
  while (end > start && lines[end - 1].trim() === '') end--
  return lines.slice(start, end)
}

/** Splits the body of [Unreleased] (up to the next release heading) into moved and kept. */
export function splitUnreleased(
  doc: ChangelogDocument,
  section: ChangelogSection | undefined
): UnreleasedSplit {
  const split: UnreleasedSplit = { moved: '', preface: '', groups: [], kept: '' }
  if (!section) return split
  const eol = doc.eol
  const regionLines = (from: number, to: number): string[] =>
    splitLines(doc.text.slice(from, to)).map((l) => l.text)
  const moved: string[] = []
  const kept: string[] = []
  const prefaceEnd = section.groups[0]?.start ?? section.end
  const preface = regionLines(section.bodyStart, prefaceEnd)
  const prefaceMoved = preface.map((l) => (isPlaceholder(l) ? (kept.push(l), '') : l))
  split.preface = trimBlankLines(prefaceMoved).join(eol)
  moved.push(...prefaceMoved)
  section.groups.forEach((group, i) => {
    const [heading, ...body] = regionLines(group.start, section.groups[i + 1]?.start ?? section.end)
    const content = body.filter((l) => l.trim() !== '')
    if (content.length > 0 && content.every(isPlaceholder)) {
      kept.push(heading, ...trimBlankLines(body))
      return
    }
    const rest = body.map((l) => (isPlaceholder(l) ? (kept.push(l), '') : l))
    if (rest.every((l) => l.trim() === '')) return
    moved.push(heading, ...rest)
    split.groups.push({
      name: group.name,
      body: trimBlankLines(rest).join(eol),
      entries: group.entries.filter((e) => !isPlaceholder(`- ${e.text}`)).map((e) => e.text)
    })
  })
  split.moved = trimBlankLines(moved).join(eol)
  split.kept = trimBlankLines(kept).join(eol)
  return split
}

/** Adds the commit entries not already in `index` to `groups`, rendered; returns how many. */
function addNewEntries(
  groups: GroupedLines,
  entries: ReleaseEntry[],
  index: EntryIndex,
  request: MergeRequest,
  covered?: string[]
): number {
  let added = 0
  for (const entry of entries) {
    const match = index.match(entry.text)
    if (match === 'key') covered?.push(entry.text)
    if (match) continue
    index.add(entry.text)
    groups.set(entry.group, [
      ...(groups.get(entry.group) ?? []),
      renderEntry(entry.text, request.style, request.links)
    ])
    added++
  }
  return added
}

/** The compare link a heading like `## [1.2.0](https://.../compare/1.1.0...1.2.0)` carries. */
function headingUrl(doc: ChangelogDocument, request: MergeRequest): string | undefined {
  if (!request.style.form.linked) return undefined
  const newest = doc.sections.find((s) => s.version && s.url)
  const own = newest?.url
    ? [
        {
          label: newest.label,
          url: newest.url,
          line: { number: newest.line, start: 0, end: 0, next: 0, text: '' }
        }
      ]
    : []
  const style = detectLinkStyle(own, detectLinkStyle(doc.links, request.linkStyle))
  return style && releaseLinkUrl(style, request.version, request.previousVersion)
}

/** Writes the version's section into the document (or adds what is new to it on a rerun). */
export function mergeRelease(doc: ChangelogDocument, request: MergeRequest): MergeResult {
  const unreleased = doc.sections.find((s) => !s.version)
  const existing = findSection(doc, request.version)
  const split = splitUnreleased(doc, unreleased)
  const edits: Edit[] = []
  const eol = doc.eol
  if (unreleased && split.moved !== '') {
    // [Unreleased] keeps only its placeholders; everything else moves into the release.
    const rest = split.kept === '' ? eol : eol + split.kept + eol + eol
    edits.push({ at: unreleased.bodyStart, end: unreleased.end, text: rest })
  }
  if (!existing) {
    const section = newSection(doc, request, split)
    const at = insertionPoint(doc, request.version)
    const before = doc.text.slice(0, at)
    const lead =
      before === '' || /(\r?\n){2}$/.test(before) ? '' : /\r?\n$/.test(before) ? eol : eol + eol
    edits.push({ at, end: at, text: lead + section.text })
    const { covered } = section
    return { text: applyEdits(doc.text, edits), added: section.added, rerun: false, covered }
  }
  const index = new EntryIndex(request.links.issuePattern)
  for (const group of existing.groups)
    for (const entry of group.entries) index.add(entry.text, true)
  for (const line of existing.preface) index.add(line.text, true)
  if (split.preface !== '') {
    throw new ConfigurationError(
      `${doc.file} line ${unreleased!.line}: [Unreleased] has text outside a group, and the section for ${request.version} (line ${existing.line}) is already written; move that text into the section by hand.`,
      { locations: [{ file: doc.file, line: unreleased!.line }] }
    )
  }
  const added: GroupedLines = new Map()
  const blocks: GroupedLines = new Map()
  for (const group of split.groups) {
    if (
      group.entries.length > 0 &&
      group.entries.every((e) => index.has(e)) &&
      group.body.split(/\r?\n/).every((l) => /^[-*+] /.test(l))
    )
      continue
    group.entries.forEach((e) => index.add(e, true))
    blocks.set(group.name, [...(blocks.get(group.name) ?? []), group.body])
    added.set(group.name, [
      ...(added.get(group.name) ?? []),
      ...group.body.split(/\r?\n/).filter((l) => /^[-*+] /.test(l))
    ])
  }
  const fresh: GroupedLines = new Map()
  const covered: string[] = []
  addNewEntries(fresh, request.entries, index, request, covered)
  for (const [name, lines] of fresh) {
    blocks.set(name, [...(blocks.get(name) ?? []), ...lines])
    added.set(name, [...(added.get(name) ?? []), ...lines])
  }
  edits.push(...groupInsertions(doc, existing, blocks, request.style))
  if (edits.length === 0) return { text: doc.text, added, rerun: true, covered }
  return { text: applyEdits(doc.text, edits), added, rerun: true, covered }
}

/**
 * The new section: its heading in the newest heading's form, what [Unreleased] held moved in
 * verbatim, and the commits' entries that are not there yet added to their groups.
 */
function newSection(
  doc: ChangelogDocument,
  request: MergeRequest,
  split: UnreleasedSplit
): { text: string; added: GroupedLines; covered: string[] } {
  const eol = doc.eol
  const { style } = request
  const heading = { version: request.version, date: request.date }
  const url = headingUrl(doc, request)
  const index = new EntryIndex(request.links.issuePattern)
  if (split.moved === '') {
    const groups: GroupedLines = new Map()
    addNewEntries(groups, request.entries, index, request)
    if (groups.size === 0) {
      throw new ConfigurationError(
        `Nothing to release in ${request.version}: no notable commits and nothing under [Unreleased].`
      )
    }
    const text = renderSection(heading, { preface: [], groups }, style, eol, url)
    return { text, added: groups, covered: [] }
  }
  const title = formatReleaseHeading(style.form, request.version, request.date, url)
  const draft = title + eol + (style.blankAfterHeading ? eol : '') + split.moved + eol
  const mini = parseChangelog(draft, doc.file, { strict: false })
  const section = mini.sections[0]
  const added: GroupedLines = new Map()
  for (const group of split.groups) {
    added.set(group.name, [
      ...(added.get(group.name) ?? []),
      ...group.entries.map((e) => `${style.bullet} ${e}`)
    ])
    for (const entry of group.entries) index.add(entry, true)
  }
  for (const line of split.preface.split(/\r?\n/)) if (line.trim() !== '') index.add(line, true)
  const fresh: GroupedLines = new Map()
  const covered: string[] = []
  addNewEntries(fresh, request.entries, index, request, covered)
  for (const [name, lines] of fresh) added.set(name, [...(added.get(name) ?? []), ...lines])
  const text = applyEdits(draft, groupInsertions(mini, section, fresh, style))
  return { text: text + eol, added, covered }
}

/** Above the newest older release, else above the link block. */
function insertionPoint(doc: ChangelogDocument, version: string): number {
  const older = doc.sections.find(
    (s) => s.version !== undefined && compareVersions(s.version, version) < 0
  )
  if (older) return older.start
  return doc.linksStart
}

function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p)))
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] as number) - (pb[i] as number)
  return 0
}

/** Text insertions that add `added` into an existing section, group by group. */
function groupInsertions(
  doc: ChangelogDocument,
  section: ChangelogSection,
  added: GroupedLines,
  style: SectionStyle
): Edit[] {
  const edits: Edit[] = []
  const eol = doc.eol
  for (const name of orderedGroups(added.keys())) {
    const lines = added.get(name) ?? []
    if (lines.length === 0) continue
    const group = section.groups.find((g) => g.name === name)
    if (group) {
      const lead = doc.text[group.end - 1] === '\n' ? '' : eol
      edits.push({ at: group.end, end: group.end, text: lead + lines.join(eol) + eol })
      continue
    }
    const block = renderGroup(name, lines, style).join(eol) + eol
    const rank = (CHANGE_GROUPS as readonly string[]).indexOf(name)
    const later = section.groups.find((g) => {
      const r = (CHANGE_GROUPS as readonly string[]).indexOf(g.name)
      return r > rank && rank !== -1
    })
    if (later) {
      edits.push({ at: later.start, end: later.start, text: block + eol })
    } else if (section.contentEnd === section.bodyStart) {
      edits.push({
        at: section.bodyStart,
        end: section.bodyStart,
        text: (style.blankAfterHeading ? eol : '') + block
      })
    } else {
      const lead = doc.text[section.contentEnd - 1] === '\n' ? eol : eol + eol
      edits.push({ at: section.contentEnd, end: section.contentEnd, text: lead + block })
    }
  }
  return edits
}
