/**
 * The one grammar of a changelog's release headings, shared by the parser, preflight and the
 * writer, so what one accepts the others accept and a new heading is written the way the
 * file's newest one is:
 *
 *   ## [Unreleased]
 *   ## [1.2.0] - 2026-01-05              ### [1.2.0] - 2026-01-05 (one level down, under a `##`)
 *   ## [v1.2.0] - 2026-01-05 [YANKED]    ## [1.2.0](https://host/o/r/compare/1.1.0...1.2.0) - 2026-01-05
 *   ## [1.2.0] – 2026-01-05              ## [1.2.0] (2026-01-05)
 *
 * Pure: no semver, no file system.
 */
import { isIsoDate } from './grammar.js'

/** How a release heading is written, read from the newest one and followed by new ones. */
export interface HeadingForm {
  /** 2 for `##`, 3 for `###`. */
  level: number
  /** `v` when labels read `[v1.2.0]`. */
  labelPrefix: string
  /** Whether the label carries its own link: `[1.2.0](url)`. */
  linked: boolean
  /** What stands between the label and the date: ` - `, ` – `, ` `. */
  separator: string
  /** `(2026-01-05)` rather than `2026-01-05`. */
  dateInParentheses: boolean
}

export const DEFAULT_HEADING_FORM: HeadingForm = {
  level: 2,
  labelPrefix: '',
  linked: false,
  separator: ' - ',
  dateInParentheses: false
}

export interface ReleaseHeading {
  level: number
  /** `Unreleased`, or the label as written (`1.2.0`, `v1.2.0`). */
  label: string
  unreleased: boolean
  /** The version without a `v`, for a release. */
  version?: string
  date?: string
  /** The label's own link. */
  url?: string
  form: HeadingForm
}

/** A heading line: its level and text. */
export interface HeadingLine {
  level: number
  text: string
}

const ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/
const RELEASE =
  /^\[([^\]]+)\](?:\(([^)\s]*)\))?(?:([ \t]+[-–—]?[ \t]*)(\(?)(\S+?)\)?)?(?:[ \t]+\[YANKED\])?[ \t]*$/i
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/

/** `## text` -> level and text; undefined when the line is no ATX heading. */
export function headingLine(line: string): HeadingLine | undefined {
  if (line.charCodeAt(0) !== 35 /* # */) return undefined
  const match = ATX.exec(line)
  return match ? { level: match[1].length, text: (match[2] ?? '').trim() } : undefined
}

/** True for a version label (`1.2.0`, `v1.2.0-rc.1`). */
export function isVersionLabel(label: string): boolean {
  return SEMVER.test(label.replace(/^v/, ''))
}

export type HeadingReading =
  { ok: true; heading: ReleaseHeading } | { ok: false; problem: string; releaseLike: boolean }

/**
 * Reads a heading's text as a release heading. `releaseLike` says whether it was meant as one
 * (a bracketed label or a version), which decides the release level of a file.
 */
export function readReleaseHeading(heading: HeadingLine): HeadingReading {
  const { level, text } = heading
  const match = RELEASE.exec(text)
  const bare = /^v?(\d+\.\d+(?:\.\d+)?\S*)(?:\s+[-–—(]*\s*(\S+?)\)?)?$/.exec(text)
  if (!match) {
    const hint = bare
      ? `write '${'#'.repeat(level)} [${bare[1]}] - ${bare[2] ?? 'YYYY-MM-DD'}'`
      : `write '${'#'.repeat(level)} [Unreleased]' or '${'#'.repeat(level)} [X.Y.Z] - YYYY-MM-DD'`
    return {
      ok: false,
      releaseLike: bare !== null,
      problem: `'${'#'.repeat(level)} ${text}' is not a Keep a Changelog release heading; ${hint}.`
    }
  }
  const [, rawLabel, url, separator, paren, date] = match
  const label = rawLabel.trim()
  const form: HeadingForm = {
    level,
    labelPrefix: label.startsWith('v') ? 'v' : '',
    linked: url !== undefined,
    separator: separator ?? DEFAULT_HEADING_FORM.separator,
    dateInParentheses: paren === '('
  }
  if (label.toLowerCase() === 'unreleased') {
    return { ok: true, heading: { level, label, unreleased: true, url, form } }
  }
  if (!isVersionLabel(label)) {
    return {
      ok: false,
      releaseLike: true,
      problem: `'${label}' in '${'#'.repeat(level)} ${text}' is not a version (X.Y.Z).`
    }
  }
  const version = label.replace(/^v/, '')
  if (date === undefined) {
    return {
      ok: false,
      releaseLike: true,
      problem: `the section for ${version} has no date; write '${'#'.repeat(level)} [${label}] - YYYY-MM-DD'.`
    }
  }
  if (!isIsoDate(date)) {
    return {
      ok: false,
      releaseLike: true,
      problem: `the date '${date}' of ${version} is not an ISO date; write it as YYYY-MM-DD (e.g. 2026-11-23).`
    }
  }
  return { ok: true, heading: { level, label, unreleased: false, version, date, url, form } }
}

/** A release heading in `form`; `url` is the label's link when the form carries one. */
export function formatReleaseHeading(
  form: HeadingForm,
  version: string,
  date: string,
  url?: string
): string {
  const label = `[${form.labelPrefix}${version}]${form.linked && url ? `(${url})` : ''}`
  const when = form.dateInParentheses ? `(${date})` : date
  return `${'#'.repeat(form.level)} ${label}${form.separator}${when}`
}

/** `## [Unreleased]` at a level. */
export function formatUnreleasedHeading(level: number): string {
  return `${'#'.repeat(level)} [Unreleased]`
}
