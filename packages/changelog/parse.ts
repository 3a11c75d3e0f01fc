/**
 * A Keep a Changelog 1.1.0 document as offsets into its text, so an update can replace exactly
 * the bytes it means to and leave every other byte as it was. A file that is not Keep a
 * Changelog is refused with the line at fault (a `ConfigurationError` with a file location).
 */
import semver from '../versioning/semver.js'
import { ConfigurationError } from '../action-kit/errors.js'
import { isIsoDate } from './grammar.js'

export { CHANGE_GROUPS, isIsoDate, type ChangeGroup } from './grammar.js'

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
  /** `Unreleased` or the version. */
  label: string
  version?: string
  date?: string
  line: number
  /** Offset of the `## ` heading. */
  start: number
  /** Offset after the heading line. */
  bodyStart: number
  /** Offset where the next section or the link block starts. */
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
}

const SECTION_HEADING = /^## +\[([^\]]+)\](?:\([^)]*\))?(?: +- +(\S+))?(?: +\[YANKED\])? *$/
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

function refuse(file: string, line: TextLine, problem: string): ConfigurationError {
  return new ConfigurationError(`${file} line ${line.number}: ${problem}`, {
    locations: [{ file, line: line.number }]
  })
}

/** Parses a `## ` heading line into label/version/date, or refuses it with its line. */
function parseSectionHeading(
  file: string,
  line: TextLine
): Pick<ChangelogSection, 'label' | 'version' | 'date'> {
  const match = SECTION_HEADING.exec(line.text)
  const bare = /^##\s+v?(\d+\.\d+\.\d+\S*)(?:\s+-\s+(\S+))?/.exec(line.text)
  if (!match) {
    const hint = bare
      ? `write '## [${bare[1]}] - ${bare[2] ?? 'YYYY-MM-DD'}'`
      : "write '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD'"
    throw refuse(
      file,
      line,
      `'${line.text.trim()}' is not a Keep a Changelog section heading; ${hint}.`
    )
  }
  const label = match[1].trim()
  const date = match[2]
  if (label.toLowerCase() === 'unreleased') return { label }
  const version = label.replace(/^v/, '')
  if (!semver.valid(version)) {
    throw refuse(file, line, `'${label}' in '${line.text.trim()}' is not a version (X.Y.Z).`)
  }
  if (date === undefined)
    throw refuse(
      file,
      line,
      `the section for ${version} has no date; write '## [${version}] - YYYY-MM-DD'.`
    )
  if (!isIsoDate(date)) {
    throw refuse(
      file,
      line,
      `the date '${date}' of ${version} is not an ISO date; write it as YYYY-MM-DD (e.g. 2026-11-23).`
    )
  }
  return { label, version, date }
}

/** Reads a CHANGELOG.md; throws a located ConfigurationError when it is not Keep a Changelog. */
export function parseChangelog(text: string, file = 'CHANGELOG.md'): ChangelogDocument {
  const lines = splitLines(text)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const linksStart = footLinksStart(lines, text.length)
  const links: LinkReference[] = []
  const sections: ChangelogSection[] = []
  let section: ChangelogSection | undefined
  let group: ChangelogGroup | undefined
  let entry: ChangelogEntry | undefined
  let fenced = false
  for (const line of lines) {
    if (line.start >= linksStart) {
      const link = LINK_REFERENCE.exec(line.text)
      if (link) links.push({ label: link[1], url: link[2], line })
      continue
    }
    if (FENCE.test(line.text)) fenced = !fenced
    if (!fenced && /^##(?!#)/.test(line.text)) {
      section = {
        ...parseSectionHeading(file, line),
        line: line.number,
        start: line.start,
        bodyStart: line.next,
        end: linksStart,
        contentEnd: line.next,
        groups: [],
        preface: []
      }
      sections.push(section)
      group = undefined
      entry = undefined
      continue
    }
    if (!section || line.text.trim() === '') {
      entry = undefined
      continue
    }
    section.contentEnd = line.next
    if (!fenced && /^###(?!#)/.test(line.text)) {
      group = {
        name: line.text.replace(/^###\s*/, '').trim(),
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
    const bullet = /^[-*+] +(.*)$/.exec(line.text)
    if (bullet && !fenced) {
      entry = { text: bullet[1].trim(), line: line.number, start: line.start, end: line.next }
      group.entries.push(entry)
    } else if (entry) {
      entry.text += ` ${line.text.trim()}`
      entry.end = line.next
    }
  }
  for (let i = 0; i < sections.length - 1; i++) sections[i].end = sections[i + 1].start
  checkSections(file, sections, lines)
  return { file, text, eol, sections, links, linksStart }
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

function checkSections(file: string, sections: ChangelogSection[], lines: TextLine[]): void {
  const seen = new Map<string, ChangelogSection>()
  let previous: ChangelogSection | undefined
  for (const section of sections) {
    const key = section.version ?? 'unreleased'
    const line = lines[section.line - 1]
    const first = seen.get(key)
    if (first) {
      throw refuse(
        file,
        line,
        `a second section for ${section.version ?? 'Unreleased'} (the first is at line ${first.line}); merge them into one.`
      )
    }
    seen.set(key, section)
    if (!section.version && previous) {
      throw refuse(
        file,
        line,
        `[Unreleased] must be the first section, above ${previous.label} (line ${previous.line}).`
      )
    }
    if (section.version && previous?.version && semver.gte(section.version, previous.version)) {
      throw refuse(
        file,
        line,
        `versions are out of order: ${section.version} comes after ${previous.version} (line ${previous.line}); list the newest release first.`
      )
    }
    previous = section
  }
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
