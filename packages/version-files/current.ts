import { ConfigurationError } from '../action-kit/errors.js'
import { replaceVersions } from './read.js'
import { FILES_INPUT } from './specs.js'
import type { LoadedVersionFile, VersionFileReport, VersionOccurrence } from './types.js'

/** The version the files agree on, every place it was read from, and the files that compute it. */
export interface CurrentVersion {
  /** Undefined when no file writes the version literally (all dynamic). */
  version: string | undefined
  occurrences: VersionOccurrence[]
  dynamic: Array<{ file: string; reason: string }>
}

/** One file a bump would change; nothing is written. */
export interface PlannedVersionChange {
  file: string
  before: string
  after: string
  /** The version the file held (versions joined with `, ` if it held several). */
  from: string
  occurrences: VersionOccurrence[]
}

/**
 * The current version of the project: every literal occurrence must hold the same version,
 * else one ConfigurationError lists every file:line and the version it holds.
 */
export function currentVersion(files: LoadedVersionFile[]): CurrentVersion {
  const occurrences = files.flatMap((f) => f.report.occurrences)
  const dynamic = files.flatMap(({ report }) =>
    report.dynamic !== undefined && report.occurrences.length === 0
      ? [{ file: report.file, reason: report.dynamic }]
      : []
  )
  const byVersion = new Map<string, VersionOccurrence[]>()
  for (const occurrence of occurrences) {
    byVersion.set(occurrence.version, [...(byVersion.get(occurrence.version) ?? []), occurrence])
  }
  if (byVersion.size > 1) {
    const listing = [...byVersion]
      .map(
        ([version, found]) => `${version} in ${found.map((o) => `${o.file}:${o.line}`).join(', ')}`
      )
      .join('; ')
    throw new ConfigurationError(
      `The version files disagree: ${listing}. Set them all to the same version, ` +
        `or list only the files to bump in the '${FILES_INPUT}' input.`,
      {
        input: FILES_INPUT,
        locations: occurrences.map((o) => ({ file: o.file, line: o.line, col: o.column }))
      }
    )
  }
  return { version: byVersion.keys().next().value, occurrences, dynamic }
}

/**
 * The new text of every file whose version differs from `newVersion` (pure; nothing written).
 * A file listed twice (e.g. two regexes) is planned once with all its occurrences.
 */
export function planVersionBump(
  files: LoadedVersionFile[],
  newVersion: string
): PlannedVersionChange[] {
  const byFile = new Map<string, { text: string; report: VersionFileReport }>()
  for (const { text, report } of files) {
    const seen = byFile.get(report.file)
    if (seen) seen.report.occurrences.push(...report.occurrences)
    else
      byFile.set(report.file, { text, report: { ...report, occurrences: [...report.occurrences] } })
  }
  const changes: PlannedVersionChange[] = []
  for (const [file, { text, report }] of byFile) {
    const after = replaceVersions(text, report, newVersion)
    if (after === text) continue
    const from = [...new Set(report.occurrences.map((o) => o.version))].join(', ')
    changes.push({ file, before: text, after, from, occurrences: report.occurrences })
  }
  return changes
}
