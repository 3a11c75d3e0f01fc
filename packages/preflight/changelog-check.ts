/**
 * The structural check of CHANGELOG.md that preflight runs, on the very reader update-changelog
 * uses (packages/changelog/parse.ts and its heading grammar), so preflight refuses exactly what
 * the update would refuse: problems where an update writes; irregular older history is only
 * noted, as the update keeps it as written.
 */
import { parseChangelog } from '../changelog/parse.js'

export interface ChangelogProblem {
  /** 1-based line of the heading at fault. */
  line: number
  message: string
}

export interface ChangelogCheck {
  /** What would stop update-changelog. */
  problems: ChangelogProblem[]
  /** Irregular lines of older history, which an update keeps as written. */
  notices: ChangelogProblem[]
  /** Released versions in file order. */
  versions: string[]
  hasUnreleased: boolean
}

/** Checks the headings of a Keep a Changelog file; an empty `problems` means it is sound. */
export function checkChangelog(text: string, file = 'CHANGELOG.md'): ChangelogCheck {
  const doc = parseChangelog(text, file, { strict: false })
  return {
    problems: doc.problems,
    notices: doc.notices,
    versions: doc.sections.flatMap((s) => (s.version ? [s.version] : [])),
    hasUnreleased: doc.sections.some((s) => !s.version)
  }
}
