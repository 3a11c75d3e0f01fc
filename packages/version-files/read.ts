import { ConfigurationError } from '../action-kit/errors.js'
import { readCargoToml } from './formats/cargo.js'
import { readPackageJson, readPackageLock } from './formats/npm.js'
import { readVersionText } from './formats/plain.js'
import { readPyproject } from './formats/pyproject.js'
import { readPythonModule, readSetupPy } from './formats/python-source.js'
import { readWithPattern } from './formats/regex.js'
import { readSetupCfg } from './formats/setup-cfg.js'
import { FILES_INPUT, formatOf } from './specs.js'
import type {
  FormatFindings,
  VersionFileFormat,
  VersionFileReport,
  VersionFileSpec
} from './types.js'

const READERS: Record<
  Exclude<VersionFileFormat, 'regex'>,
  (text: string, file: string) => FormatFindings
> = {
  'package.json': readPackageJson,
  'package-lock.json': readPackageLock,
  'setup.py': readSetupPy,
  'setup.cfg': readSetupCfg,
  'pyproject.toml': readPyproject,
  'python-module': readPythonModule,
  'Cargo.toml': readCargoToml,
  VERSION: readVersionText
}

/** What each format is expected to hold, for "no version found" messages. */
export const EXPECTED_FIELD: Record<VersionFileFormat, string> = {
  'package.json': 'a top-level "version" field',
  'package-lock.json': 'a root "version" field',
  'setup.py': 'a version="..." argument to setup()',
  'setup.cfg': 'version = ... in [metadata]',
  'pyproject.toml': 'version in [project] or [tool.poetry]',
  'python-module': 'a top-level __version__ = "..."',
  'Cargo.toml': 'version in [package] or [workspace.package]',
  VERSION: 'the version on its first line',
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
      : READERS[format](text, spec.path)
  const report: VersionFileReport = { file: spec.path, format, occurrences: findings.occurrences }
  if (findings.dynamic !== undefined) report.dynamic = findings.dynamic
  return report
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
  assertWritableVersion(newVersion)
  const occurrences = [...report.occurrences].sort((a, b) => b.start - a.start)
  let result = text
  let limit = Infinity
  for (const [i, occurrence] of occurrences.entries()) {
    const previous = occurrences[i - 1]
    // The same span found twice (a file listed twice) is written once.
    if (previous?.start === occurrence.start && previous.end === occurrence.end) continue
    if (occurrence.end > limit) {
      throw new ConfigurationError(
        `${report.file}: two entries match overlapping text at line ${occurrence.line}; ` +
          `list the file once in '${FILES_INPUT}'.`,
        { input: FILES_INPUT, locations: [{ file: report.file, line: occurrence.line }] }
      )
    }
    if (text.slice(occurrence.start, occurrence.end) !== occurrence.version) {
      throw new Error(`${report.file} changed since it was read (line ${occurrence.line})`)
    }
    result = result.slice(0, occurrence.start) + newVersion + result.slice(occurrence.end)
    limit = occurrence.start
  }
  return result
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
