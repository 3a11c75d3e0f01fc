import { ConfigurationError } from '../base/errors.js'
import { readCargoToml } from './formats/cargo.js'
import { readLernaJson } from './formats/lerna.js'
import { readPackageJson, readPackageLock } from './formats/npm.js'
import { readVersionText } from './formats/plain.js'
import { readPyproject } from './formats/pyproject.js'
import { readPythonModule, readSetupPy } from './formats/python-source.js'
import { readWithPattern } from './formats/regex.js'
import { readBumpversionCfg, readSetupCfg } from './formats/setup-cfg.js'
import { FILES_INPUT, formatOf } from './specs.js'
import type {
  FormatFindings,
  VersionFileFormat,
  VersionFileReport,
  VersionFileSpec
} from './types.js'

const READERS: Record<
  Exclude<VersionFileFormat, 'regex'>,
  (text: string, file: string, variable?: string) => FormatFindings
> = {
  'package.json': readPackageJson,
  'package-lock.json': readPackageLock,
  'lerna.json': readLernaJson,
  'setup.py': readSetupPy,
  'setup.cfg': readSetupCfg,
  'pyproject.toml': readPyproject,
  'python-module': readPythonModule,
  'Cargo.toml': readCargoToml,
  VERSION: readVersionText,
  '.bumpversion.cfg': readBumpversionCfg
}

/** What each format is expected to hold, for "no version found" messages. */
export const EXPECTED_FIELD: Record<VersionFileFormat, string> = {
  'package.json': 'a top-level "version" field',
  'package-lock.json': 'a root "version" field',
  'lerna.json': 'a "version" field (fixed mode)',
  'setup.py': 'a version="..." argument to setup()',
  'setup.cfg': 'version = ... in [metadata]',
  'pyproject.toml': 'version in [project] or [tool.poetry]',
  'python-module': 'a top-level __version__ = "..."',
  'Cargo.toml': 'version in [package] or [workspace.package]',
  VERSION: 'the version on its first line',
  '.bumpversion.cfg': 'current_version in [bumpversion]',
  regex: 'a match of its regex'
}

/**
 * Finds the version occurrences in one file's text (pure: no disk access). Throws a
 * ConfigurationError for a malformed file or a path whose format cannot be told.
 */
export function readVersionFile(spec: VersionFileSpec, text: string): VersionFileReport {
  const format = formatOf(spec)
  if (!format) {
    throw new ConfigurationError(
      `Input '${FILES_INPUT}': cannot tell the format of ${spec.path}; write it as path:regex.`,
      { input: FILES_INPUT }
    )
  }
  const findings =
    format === 'regex'
      ? readWithPattern(text, spec.path, spec.pattern!)
      : READERS[format](text, spec.path, spec.variable)
  const { occurrences, ...rest } = findings
  return { file: spec.path, format, occurrences, ...rest }
}

/**
 * Writes `newVersion` over every occurrence of the report (pure). Every other character of
 * `text` (quotes, comments, CRLF, BOM, a missing final newline) stays as it was.
 */
export function replaceVersions(
  text: string,
  report: VersionFileReport,
  newVersion: string
): string {
  let result = text
  for (const edit of versionEdits(text, report, newVersion).reverse()) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return result
}

/** One span of a file's text to replace. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

/**
 * The edits that write `newVersion` over every occurrence (sorted, not overlapping): the version
 * text, or each element of a version tuple. Refuses a version the file cannot hold.
 */
export function versionEdits(
  text: string,
  report: VersionFileReport,
  newVersion: string
): TextEdit[] {
  assertWritableVersion(newVersion)
  const occurrences = [...report.occurrences].sort((a, b) => a.start - b.start)
  const edits: TextEdit[] = []
  let limit = -1
  for (const [i, occurrence] of occurrences.entries()) {
    const previous = occurrences[i - 1]
    // The same span found twice (a file listed twice) is written once.
    if (previous?.start === occurrence.start && previous.end === occurrence.end) continue
    if (occurrence.start < limit) {
      throw new ConfigurationError(
        `${report.file}: two entries match overlapping text at line ${occurrence.line}; ` +
          `list the file once in '${FILES_INPUT}'.`,
        { input: FILES_INPUT, locations: [{ file: report.file, line: occurrence.line }] }
      )
    }
    limit = occurrence.end
    if (occurrence.tuple) {
      const parts = tupleParts(newVersion, occurrence.tuple.length, report.file, occurrence.line)
      occurrence.tuple.forEach((span, k) => edits.push({ ...span, text: parts[k] }))
      continue
    }
    if (text.slice(occurrence.start, occurrence.end) !== occurrence.version) {
      throw new Error(`${report.file} changed since it was read (line ${occurrence.line})`)
    }
    edits.push({ start: occurrence.start, end: occurrence.end, text: newVersion })
  }
  return edits
}

/** `1.3.0` as a tuple's elements: `1, 3, 0`, and `"final", 0` / `"rc", 1` for a 5-element tuple. */
function tupleParts(version: string, size: number, file: string, line: number): string[] {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-(alpha|beta|rc)\.(\d+))?$/.exec(version)
  if (!match || (size === 3 && match[4])) {
    throw new ConfigurationError(
      `${file}:${line} holds the version as a tuple of ${size} elements, which cannot say ${version}` +
        (size === 5 ? ' (X.Y.Z, or X.Y.Z-alpha.N, -beta.N, -rc.N).' : ' (X.Y.Z only).'),
      { locations: [{ file, line }] }
    )
  }
  const [, major, minor, patch, level, serial] = match
  return size === 5 ? [major, minor, patch, level ?? 'final', serial ?? '0'] : [major, minor, patch]
}

/** Refuses a version that would break the quoting or the line of the file it goes into. */
function assertWritableVersion(version: string): void {
  if (version === '' || /["'\\\s`]/.test(version)) {
    throw new ConfigurationError(
      `Version ${JSON.stringify(version)} cannot be written into a version file: ` +
        'it must be non-empty, without spaces, quotes or backslashes (e.g. 1.3.0).',
      { input: 'version' }
    )
  }
}
