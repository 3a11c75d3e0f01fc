/**
 * A structural check of CHANGELOG.md as Keep a Changelog 1.1.0 lays it out, small on purpose:
 * every second-level heading is `## [Unreleased]` or `## [X.Y.Z] - YYYY-MM-DD`, `[Unreleased]`
 * comes once and first, versions descend and none repeats. The content of the sections is
 * the business of packages/changelog, not of this check.
 */
import semver from '../versioning/semver.js'

export interface ChangelogProblem {
  /** 1-based line of the heading at fault. */
  line: number
  message: string
}

export interface ChangelogCheck {
  problems: ChangelogProblem[]
  /** Released versions in file order. */
  versions: string[]
  hasUnreleased: boolean
}

const UNRELEASED = /^##\s+\[Unreleased\]\s*$/i
const RELEASED = /^##\s+\[([^\]]+)\]\s+-\s+(\d{4}-\d{2}-\d{2})(?:\s+\[YANKED\])?\s*$/
const FENCE = /^\s*(```|~~~)/

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
function isDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

const EXPECTED = 'expected "## [Unreleased]" or "## [X.Y.Z] - YYYY-MM-DD"'

/** Checks the headings of a Keep a Changelog file; an empty `problems` means it is sound. */
export function checkChangelog(text: string): ChangelogCheck {
  const problems: ChangelogProblem[] = []
  const versions: string[] = []
  const seen = new Map<string, number>()
  let unreleasedLine: number | undefined
  let previous: { version: string; line: number } | undefined
  let inFence = false
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1
    if (FENCE.test(raw)) inFence = !inFence
    if (inFence || !/^##\s/.test(raw)) continue
    const heading = raw.trim()
    if (UNRELEASED.test(heading)) {
      if (unreleasedLine !== undefined) {
        problems.push({
          line,
          message: `a second [Unreleased] section (the first is on line ${unreleasedLine})`
        })
      } else if (previous) {
        problems.push({
          line,
          message: `[Unreleased] must come before every release (it follows ${previous.version})`
        })
      }
      unreleasedLine ??= line
      continue
    }
    const match = RELEASED.exec(heading)
    if (!match) {
      problems.push({ line, message: `"${heading}" is not a release heading: ${EXPECTED}` })
      continue
    }
    const [, version = '', date = ''] = match
    if (!semver.valid(version) || version.startsWith('v')) {
      problems.push({ line, message: `"${version}" is not a version X.Y.Z: ${EXPECTED}` })
      continue
    }
    if (!isDate(date)) problems.push({ line, message: `${date} is not a date (YYYY-MM-DD)` })
    const first = seen.get(version)
    if (first !== undefined) {
      problems.push({ line, message: `[${version}] appears twice (also on line ${first})` })
    } else if (previous && semver.gte(version, previous.version)) {
      problems.push({
        line,
        message: `[${version}] is below [${previous.version}] (line ${previous.line}) but not older: versions must descend`
      })
    }
    seen.set(version, seen.get(version) ?? line)
    versions.push(version)
    previous = { version, line }
  }
  return { problems, versions, hasUnreleased: unreleasedLine !== undefined }
}
