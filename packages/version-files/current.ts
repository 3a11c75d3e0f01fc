import { ConfigurationError } from '../base/errors.js'
import { spliceBytes } from './bytes.js'
import { versionEdits } from './read.js'
import { FILES_INPUT } from './specs.js'
import type { LoadedVersionFile, VersionFileReport, VersionOccurrence } from './types.js'

/** The version the files agree on, every place it was read from, and the files that compute it. */
export interface CurrentVersion {
  /** Undefined when no file writes the version literally (all dynamic). */
  version: string | undefined
  occurrences: VersionOccurrence[]
  dynamic: Array<{ file: string; reason: string; fromTag?: boolean }>
}

/** One file a bump would change; nothing is written. */
export interface PlannedVersionChange {
  file: string
  before: string
  after: string
  /** The file's new bytes: `after`, with every byte outside the edited versions as it was. */
  bytes: Uint8Array
  /** The version the file held (versions joined with `, ` if it held several). */
  from: string
  occurrences: VersionOccurrence[]
}

/**
 * The current version of the project: every literal occurrence must hold the same version,
 * else one ConfigurationError lists every file:line and the version it holds. Dependency
 * pins (a workspace's requirements on its own crates) do not count.
 */
export function currentVersion(files: LoadedVersionFile[]): CurrentVersion {
  const occurrences = files.flatMap((f) => f.report.occurrences)
  const dynamic = files.flatMap(({ report }) =>
    report.dynamic !== undefined && report.occurrences.length === 0
      ? [
          {
            file: report.file,
            reason: report.dynamic,
            ...(report.fromTag ? { fromTag: true } : {})
          }
        ]
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
 * Where the project's version comes from: written in the files (`literal`), or, when no file
 * writes it, derived from the git tag at build time (setuptools-scm, hatch-vcs, versioneer:
 * `derived`). When it is neither, one ConfigurationError says why per file, names every file
 * looked at, and the `files: path:regex` way out.
 */
export function versionSource(
  current: CurrentVersion,
  lookedAt: string[],
  empty: Array<{ file: string; reason: string }> = []
): 'literal' | 'derived' {
  if (current.version !== undefined) return 'literal'
  if (current.dynamic.some((d) => d.fromTag)) return 'derived'
  const why = [
    ...current.dynamic.map((d) => `${d.file}: ${d.reason}`),
    ...empty.map((e) => `${e.file}: ${e.reason}`)
  ]
  throw new ConfigurationError(
    `No file holds a version to write${why.length > 0 ? ` (${why.join('; ')})` : ''}. ` +
      `Looked at ${lookedAt.join(', ') || 'nothing'}. List the file that holds the version in the ` +
      `'${FILES_INPUT}' input as path:regex with one capture group around it, e.g. ` +
      `mypkg/about.py:__version__ = "(.+)".`,
    {
      input: FILES_INPUT,
      locations: current.dynamic.map((d) => ({ file: d.file }))
    }
  )
}

/**
 * The new text of every file whose version differs from `newVersion` (pure; nothing written).
 * A file listed twice (e.g. two regexes) is planned once with all its occurrences. A dependency
 * requirement moves only when it pins the current version and names one of the project's own
 * packages (a path dependency, or a package bumped in this run).
 */
export function planVersionBump(
  files: LoadedVersionFile[],
  newVersion: string
): PlannedVersionChange[] {
  const pinned = files.some((f) => (f.report.pins ?? []).length > 0)
  const current = pinned ? currentVersion(files).version : undefined
  const own = new Set(
    files.flatMap(({ report }) =>
      report.packageName && report.occurrences.length > 0 ? [report.packageName] : []
    )
  )
  const moves = (o: VersionOccurrence) =>
    o.version === current && (o.dependency?.path === true || own.has(o.dependency?.name ?? ''))
  const byFile = new Map<string, { text: string; bytes?: Uint8Array; report: VersionFileReport }>()
  for (const { text, bytes, report } of files) {
    const occurrences = [...report.occurrences, ...(report.pins ?? []).filter(moves)]
    const seen = byFile.get(report.file)
    if (seen) seen.report.occurrences.push(...occurrences)
    else byFile.set(report.file, { text, bytes, report: { ...report, occurrences } })
  }
  const changes: PlannedVersionChange[] = []
  for (const [file, { text, bytes, report }] of byFile) {
    const edits = versionEdits(text, report, newVersion)
    let after = text
    for (const edit of [...edits].reverse()) {
      after = after.slice(0, edit.start) + edit.text + after.slice(edit.end)
    }
    if (after === text) continue
    const original = bytes ?? new TextEncoder().encode(text)
    const from = [
      ...new Set(report.occurrences.filter((o) => !o.dependency).map((o) => o.version))
    ].join(', ')
    changes.push({
      file,
      before: text,
      after,
      bytes: spliceBytes(original, edits),
      from: from || (current ?? ''),
      occurrences: report.occurrences
    })
  }
  return changes
}
