/** The kinds of file the version can live in; `regex` is a user's `path:regex` entry. */
export type VersionFileFormat =
  | 'package.json'
  | 'package-lock.json'
  | 'setup.py'
  | 'setup.cfg'
  | 'pyproject.toml'
  | 'python-module'
  | 'Cargo.toml'
  | 'VERSION'
  | 'regex'

/** One place in a file that holds the release version, with the exact characters to rewrite. */
export interface VersionOccurrence {
  /** Path as the user would write it (relative to the working directory). */
  file: string
  /** 1-based line of the first version character. */
  line: number
  /** 1-based column of the first version character (a BOM is not counted). */
  column: number
  /** Offset of the first version character in the file's text. */
  start: number
  /** Offset just past the last version character. */
  end: number
  /** The version as written, e.g. `1.2.0`. */
  version: string
  /** Which field holds it, for messages: `[package] version`, `__version__`, ... */
  field: string
}

/** What one file says about the version. */
export interface VersionFileReport {
  file: string
  format: VersionFileFormat
  occurrences: VersionOccurrence[]
  /** Set when the file computes or imports its version instead of writing it: why. Never written. */
  dynamic?: string
}

/** A version file to read: a path, and for custom entries the regex whose one group is the version. */
export interface VersionFileSpec {
  path: string
  pattern?: RegExp
}

/** A version file read from disk. */
export interface LoadedVersionFile {
  spec: VersionFileSpec
  text: string
  report: VersionFileReport
}

/** What a format reader finds in a file's text. */
export interface FormatFindings {
  occurrences: VersionOccurrence[]
  dynamic?: string
}
