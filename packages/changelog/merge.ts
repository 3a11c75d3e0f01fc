/**
 * Putting a release's entries into the document: a new section (with what was under
 * [Unreleased] moved into it), or, on a rerun, only the entries that are not there yet, each
 * added to its group. Lines already in the file are never rewritten, so a person's edits stay.
 */
import { ConfigurationError } from '../action-kit/errors.js'
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
}

export interface MergeResult {
  text: string
  /** The lines added, per group (moved [Unreleased] entries included). */
  added: GroupedLines
  /** True when the version's section was already in the file. */
  rerun: boolean
}

/** What makes two entries the same: a shared ticket key or `#12`, or the same words. */
export class EntryIndex {
  private readonly keys = new Set<string>()
  private readonly texts = new Set<string>()

  constructor(private readonly issuePattern: RegExp) {}

  has(text: string): boolean {
    return (
      this.texts.has(normalizeEntry(text)) || this.referencesOf(text).some((k) => this.keys.has(k))
    )
  }

  add(text: string): void {
    this.texts.add(normalizeEntry(text))
    for (const key of this.referencesOf(text)) this.keys.add(key)
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

/** The raw lines of [Unreleased]: its loose lines and its entries per group, as written. */
function unreleasedContent(
  doc: ChangelogDocument,
  section: ChangelogSection | undefined
): { preface: string[]; groups: GroupedLines } {
  const groups: GroupedLines = new Map()
  if (!section) return { preface: [], groups }
  for (const group of section.groups) {
    const lines = group.entries.map((e) => doc.text.slice(e.start, e.end).replace(/\r?\n$/, ''))
    groups.set(group.name, [...(groups.get(group.name) ?? []), ...lines])
  }
  return { preface: section.preface.map((l) => l.text), groups }
}

/** Adds the commit entries not already in `index` to `groups`, rendered; returns how many. */
function addNewEntries(
  groups: GroupedLines,
  entries: ReleaseEntry[],
  index: EntryIndex,
  request: MergeRequest
): number {
  let added = 0
  for (const entry of entries) {
    if (index.has(entry.text)) continue
    index.add(entry.text)
    groups.set(entry.group, [
      ...(groups.get(entry.group) ?? []),
      renderEntry(entry.text, request.style, request.links)
    ])
    added++
  }
  return added
}

/** Writes the version's section into the document (or adds what is new to it on a rerun). */
export function mergeRelease(doc: ChangelogDocument, request: MergeRequest): MergeResult {
  const unreleased = doc.sections.find((s) => !s.version)
  const existing = findSection(doc, request.version)
  const moved = unreleasedContent(doc, unreleased)
  const edits: Edit[] = []
  if (unreleased && unreleased.contentEnd > unreleased.bodyStart) {
    edits.push({ at: unreleased.bodyStart, end: unreleased.end, text: doc.eol })
  }
  if (!existing) {
    const index = new EntryIndex(request.links.issuePattern)
    for (const lines of moved.groups.values()) for (const line of lines) index.add(line)
    const groups: GroupedLines = new Map(
      [...moved.groups].map(([name, lines]) => [name, [...lines]])
    )
    addNewEntries(groups, request.entries, index, request)
    const count = [...groups.values()].reduce((n, lines) => n + lines.length, 0)
    if (count === 0 && moved.preface.length === 0) {
      throw new ConfigurationError(
        `Nothing to release in ${request.version}: no notable commits and nothing under [Unreleased].`
      )
    }
    const section = renderSection(
      { version: request.version, date: request.date },
      { preface: moved.preface, groups },
      request.style,
      doc.eol
    )
    const at = insertionPoint(doc, request.version)
    const before = doc.text.slice(0, at)
    const lead =
      before === '' || /(\r?\n){2}$/.test(before)
        ? ''
        : /\r?\n$/.test(before)
          ? doc.eol
          : doc.eol + doc.eol
    edits.push({ at, end: at, text: lead + section })
    return { text: applyEdits(doc.text, edits), added: groups, rerun: false }
  }
  const index = new EntryIndex(request.links.issuePattern)
  for (const group of existing.groups) for (const entry of group.entries) index.add(entry.text)
  for (const line of existing.preface) index.add(line.text)
  const added: GroupedLines = new Map()
  for (const [name, lines] of moved.groups) {
    for (const line of lines) {
      if (index.has(line)) continue
      index.add(line)
      added.set(name, [...(added.get(name) ?? []), line])
    }
  }
  addNewEntries(added, request.entries, index, request)
  edits.push(...groupInsertions(doc, existing, added, request.style))
  if (edits.length === 0) return { text: doc.text, added, rerun: true }
  return { text: applyEdits(doc.text, edits), added, rerun: true }
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
