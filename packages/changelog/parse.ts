/**
 * A Keep a Changelog 1.1.0 document as offsets into its text, so an update can replace exactly
 * the bytes it means to and leave every other byte as it was. Read tolerantly: only the part an
 * update changes must be unambiguous (see `parseChangelog`); the rest is kept as written.
 */
import semver from '../versioning/semver.js'
import { ConfigurationError } from '../base/errors.js'
import { headingLine, readReleaseHeading, type HeadingForm } from './headings.js'

export { CHANGE_GROUPS, isIsoDate, type ChangeGroup } from './grammar.js'
export * from './headings.js'

export interface TextLine {
  /** 1-based. */
  number: number
  start: number
  /** Offset of the line's end, before its line break. */
  end: number
  /** Offset of the next line. */
  next: number
  text: string
}

export interface ChangelogEntry {
  /** The entry's text without its bullet, continuation lines joined with a space. */
  text: string
  line: number
  start: number
  /** Offset after its last line (line break included). */
  end: number
}

export interface ChangelogGroup {
  name: string
  line: number
  start: number
  /** Offset after its last non-blank line. */
  end: number
  entries: ChangelogEntry[]
}

export interface ChangelogSection {
  /** `Unreleased` or the version as written (`1.2.0`, `v1.2.0`). */
  label: string
  version?: string
  date?: string
  /** The heading's level (2 for `##`) and how it is written. */
  level: number
  form: HeadingForm
  /** The label's own link, when the heading carries one. */
  url?: string
  line: number
  /** Offset of the heading. */
  start: number
  /** Offset after the heading line. */
  bodyStart: number
  /** Offset where the next heading of its level or above (or the link block) starts. */
  end: number
  /** Offset after the last non-blank line of the body (bodyStart when empty). */
  contentEnd: number
  groups: ChangelogGroup[]
  /** Non-blank lines of the body before its first group heading. */
  preface: TextLine[]
}

export interface LinkReference {
  label: string
  url: string
  line: TextLine
}

export interface ChangelogDocument {
  file: string
  text: string
  eol: '\n' | '\r\n'
  sections: ChangelogSection[]
  /** Link reference definitions in the block at the foot, in file order. */
  links: LinkReference[]
  /** Offset where the foot's link block starts (the text's length when there is none). */
  linksStart: number
  /** The level of its release headings: 2 (`## [1.2.0]`) or 3 (`### [1.2.0]` under a `##`). */
  level: number
  /** Irregular lines in the part an update changes. */
  problems: ChangelogIssue[]
  /** Irregular lines in older history, kept byte for byte. */
  notices: ChangelogIssue[]
}

/** A line the reader found irregular. */
export interface ChangelogIssue {
  line: number
  message: string
}

export interface ParseOptions {
  /** Throw one ConfigurationError listing every problem (default true). Readers pass false. */
  strict?: boolean
  /** The version being written: its own section is part of what must be unambiguous. */
  version?: string
}

const LINK_REFERENCE = /^ {0,3}\[([^\]]+)\]: *(\S+).*$/
const FENCE = /^ {0,3}(```|~~~)/

/** Splits text into lines with their offsets; `\r\n` and `\n` both end a line. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = []
  let start = 0
  let number = 1
  while (start < text.length) {
    const newline = text.indexOf('\n', start)
    const next = newline === -1 ? text.length : newline + 1
    const end =
      newline === -1
        ? text.length
        : newline > start && text[newline - 1] === '\r'
          ? newline - 1
          : newline
    lines.push({ number, start, end, next, text: text.slice(start, end) })
    start = next
    number++
  }
  return lines
}

/** Decodes bytes as UTF-8; anything else is refused with the line of the first bad byte. */
export function decodeChangelog(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const lossy = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'utf8')
    let bad = 0
    while (bad < bytes.length && bytes[bad] === lossy[bad]) bad++
    let line = 1
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++
    throw new ConfigurationError(
      `${file} is not UTF-8 (line ${line} has a byte that is not valid UTF-8). Re-save the file as UTF-8.`,
      { locations: [{ file, line }] }
    )
  }
}

/**
 * Reads a CHANGELOG.md. Tolerant: only the part an update changes ([Unreleased], the newest
 * release, the version's own section, the link block) must be unambiguous; anything irregular
 * in older history is kept as written and listed in `notices`. With `strict` (the default),
 * problems in the changed part throw one ConfigurationError that lists every one of them.
 */
export function parseChangelog(
  text: string,
  file = 'CHANGELOG.md',
  options: ParseOptions = {}
): ChangelogDocument {
  const lines = splitLines(text)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const linksStart = footLinksStart(lines, text.length)
  const links: LinkReference[] = []
  const sections: ChangelogSection[] = []
  const irregular: IrregularHeading[] = []
  const level = releaseLevel(lines, linksStart)
  let section: ChangelogSection | undefined
  let group: ChangelogGroup | undefined
  let entry: ChangelogEntry | undefined
  let fenced = false
  let comment = false
  for (const line of lines) {
    if (line.start >= linksStart) {
      const link = LINK_REFERENCE.exec(line.text)
      if (link) links.push({ label: link[1], url: link[2], line })
      continue
    }
    const opaque = fenced || comment
    if (!comment && FENCE.test(line.text)) fenced = !fenced
    else if (!fenced) comment = commentState(line.text, comment)
    const heading = opaque ? undefined : headingLine(line.text)
    if (heading && heading.level <= level) {
      // A heading of the release level or above ends the section before it.
      if (section) section.end = line.start
      section = undefined
      group = undefined
      entry = undefined
      if (heading.level < level) continue
      const reading = readReleaseHeading(heading)
      if (!reading.ok) {
        irregular.push({ line: line.number, message: reading.problem, after: sections.length })
        continue
      }
      const h = reading.heading
      section = {
        label: h.label,
        version: h.version,
        date: h.date,
        level: h.level,
        form: h.form,
        url: h.url,
        line: line.number,
        start: line.start,
        bodyStart: line.next,
        end: linksStart,
        contentEnd: line.next,
        groups: [],
        preface: []
      }
      sections.push(section)
      continue
    }
    if (!section || line.text.trim() === '') {
      entry = undefined
      continue
    }
    section.contentEnd = line.next
    if (heading && heading.level === level + 1) {
      group = {
        name: heading.text,
        line: line.number,
        start: line.start,
        end: line.next,
        entries: []
      }
      section.groups.push(group)
      entry = undefined
      continue
    }
    if (!group) {
      section.preface.push(line)
      continue
    }
    group.end = line.next
    const bullet = opaque ? null : /^[-*+] +(.*)$/.exec(line.text)
    if (bullet) {
      entry = { text: bullet[1].trim(), line: line.number, start: line.start, end: line.next }
      group.entries.push(entry)
    } else if (entry) {
      entry.text += ` ${line.text.trim()}`
      entry.end = line.next
    }
  }
  const doc: ChangelogDocument = {
    file,
    text,
    eol,
    sections,
    links,
    linksStart,
    level,
    problems: [],
    notices: []
  }
  sortIssues(doc, irregular, options.version)
  if (options.strict !== false && doc.problems.length > 0) throw changelogRefusal(doc)
  return doc
}

/** Every problem in one error, each with its line, so a person fixes them all in one go. */
export function changelogRefusal(doc: ChangelogDocument): ConfigurationError {
  const { file, problems } = doc
  const listing = problems.map((p) => `line ${p.line}: ${p.message}`)
  const message =
    problems.length === 1
      ? `${file} ${listing[0]}`
      : `${file} has ${problems.length} problems in the part an update changes: ${listing.join('; ')}`
  return new ConfigurationError(message, {
    locations: problems.map((p) => ({ file, line: p.line }))
  })
}

interface IrregularHeading extends ChangelogIssue {
  /** How many sections came before it. */
  after: number
}

/**
 * The level of the release headings: that of the first heading written as a release
 * (`## [1.2.0] - ...`, `### [Unreleased]`, `## 1.2.0`), else 2.
 */
function releaseLevel(lines: TextLine[], linksStart: number): number {
  let fenced = false
  let comment = false
  for (const line of lines) {
    if (line.start >= linksStart) break
    const opaque = fenced || comment
    if (!comment && FENCE.test(line.text)) fenced = !fenced
    else if (!fenced) comment = commentState(line.text, comment)
    if (opaque) continue
    const heading = headingLine(line.text)
    if (!heading || heading.level < 2 || heading.level > 3) continue
    const reading = readReleaseHeading(heading)
    if (reading.ok || reading.releaseLike) return heading.level
  }
  return 2
}

/** Whether an HTML comment is open after `line` (a heading inside one is no heading). */
function commentState(line: string, open: boolean): boolean {
  let state = open
  let at = 0
  for (;;) {
    const next = state ? line.indexOf('-->', at) : line.indexOf('<!--', at)
    if (next === -1) return state
    state = !state
    at = next + (state ? 4 : 3)
  }
}

/**
 * Sorts what is irregular into problems (the changed part) and notices (older history).
 * Problems: a second or misplaced [Unreleased]; an irregular heading between [Unreleased] (or
 * the top) and the newest release, where [Unreleased] would end or which may be the newest
 * release written wrongly; the newest release or the version's own section repeated or out of
 * order. Everything further down is a notice.
 */
function sortIssues(
  doc: ChangelogDocument,
  irregular: IrregularHeading[],
  version: string | undefined
): void {
  const { sections } = doc
  const newest = sections.find((s) => s.version !== undefined)
  const newestIndex = newest ? sections.indexOf(newest) : sections.length
  for (const issue of irregular) {
    const target = issue.after <= newestIndex ? doc.problems : doc.notices
    target.push({ line: issue.line, message: issue.message })
  }
  const own = version !== undefined && semver.valid(version) ? version : undefined
  let unreleased: ChangelogSection | undefined
  let previous: ChangelogSection | undefined
  const seen = new Map<string, ChangelogSection>()
  for (const section of sections) {
    if (!section.version) {
      if (unreleased) {
        doc.problems.push({
          line: section.line,
          message: `a second [Unreleased] section (the first is at line ${unreleased.line}); merge them into one.`
        })
      } else if (previous) {
        doc.problems.push({
          line: section.line,
          message: `[Unreleased] must be the first section, above ${previous.label} (line ${previous.line}).`
        })
      }
      unreleased ??= section
      continue
    }
    const mine = own !== undefined && semver.eq(section.version, own)
    const first = seen.get(section.version)
    if (first) {
      const head = first === newest || mine
      ;(head ? doc.problems : doc.notices).push({
        line: section.line,
        message: `a second section for ${section.version} (the first is at line ${first.line})${head ? '; merge them into one.' : '.'}`
      })
    } else if (previous?.version && semver.gte(section.version, previous.version)) {
      const head = previous === newest || mine
      ;(head ? doc.problems : doc.notices).push({
        line: section.line,
        message: `versions are out of order: ${section.version} comes after ${previous.version} (line ${previous.line})${head ? '; list the newest release first.' : '.'}`
      })
    }
    if (!first) seen.set(section.version, section)
    previous = section
  }
  doc.problems.sort((a, b) => a.line - b.line)
  doc.notices.sort((a, b) => a.line - b.line)
}

/** The link block at the foot: trailing link definitions and blank lines. */
function footLinksStart(lines: TextLine[], length: number): number {
  let start = length
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]
    if (line.text.trim() === '') continue
    if (!LINK_REFERENCE.test(line.text)) break
    start = line.start
  }
  return start
}

/** The section of a version, or undefined. */
export function findSection(doc: ChangelogDocument, version: string): ChangelogSection | undefined {
  return doc.sections.find((s) => s.version !== undefined && semver.eq(s.version, version))
}

/** The body of a section (after its heading), trimmed of blank lines at both ends. */
export function sectionBody(doc: ChangelogDocument, section: ChangelogSection): string {
  return doc.text
    .slice(section.bodyStart, section.contentEnd)
    .replace(/^(\r?\n)+/, '')
    .replace(/(\r?\n)+$/, '')
}
