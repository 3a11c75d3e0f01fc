/** The kinds of file the version can live in; `regex` is a user's `path:regex` entry. */
export type VersionFileFormat =
  | 'package.json'
  | 'package-lock.json'
  | 'lerna.json'
  | 'setup.py'
  | 'setup.cfg'
  | 'pyproject.toml'
  | 'python-module'
  | 'Cargo.toml'
  | 'VERSION'
  | '.bumpversion.cfg'
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
  /**
   * A tuple like `(4, 2, 2, "final", 0)`: the offsets of its elements, each rewritten on its
   * own (numbers, then release level and serial when the tuple has them), so the shape stays.
   */
  tuple?: Array<{ start: number; end: number }>
  /**
   * A dependency on one of the project's own packages (`serde_derive = "=1.0.193"`, a path
   * dependency of a Cargo workspace, an npm workspace's range): it moves with the version only
   * when it pins the current one, and never counts towards which version the files hold.
   */
  dependency?: { name: string; operator: string; path?: boolean }
}

/** What one file says about the version. */
export interface VersionFileReport {
  file: string
  format: VersionFileFormat
  occurrences: VersionOccurrence[]
  /** Set when the file computes or imports its version instead of writing it: why. Never written. */
  dynamic?: string
  /**
   * Dependency requirements on the project's own packages that pin a version (see
   * {@link VersionOccurrence.dependency}); apart from `occurrences`, which say the file's version.
   */
  pins?: VersionOccurrence[]
  /** Set with `dynamic` when the version is derived from the git tag at build time. */
  fromTag?: boolean
  /** Why a file of a known kind holds no version, when the reader can tell. */
  noVersion?: string
  /** Set when the file names the package it belongs to (package.json `name`, Cargo `[package] name`). */
  packageName?: string
  /** Other files this one says hold the version (`[tool.hatch.version] path`, `attr:`, `file:`). */
  follows?: FollowedFile[]
}

/** A file another one names as holding the version: the first of `paths` that exists. */
export interface FollowedFile {
  paths: string[]
  format: VersionFileFormat
  variable?: string
  /**
   * `paths` are patterns whose `*` matches within one folder name (lerna's `packages/*`): every
   * file they match is followed, and one without a version is passed over.
   */
  glob?: boolean
  /** What named it, for messages: `pyproject.toml [tool.hatch.version] path`. */
  namedBy: string
}

/** A version file to read: a path, and for custom entries the regex whose one group is the version. */
export interface VersionFileSpec {
  path: string
  pattern?: RegExp
  /** The format when the name does not tell it (a file another one points at). */
  format?: VersionFileFormat
  /** For a Python module another file points at: the variable that holds the version. */
  variable?: string
}

/** A version file read from disk. */
export interface LoadedVersionFile {
  spec: VersionFileSpec
  /** The file decoded as UTF-8 (bytes that are not UTF-8 read as U+FFFD). */
  text: string
  /** The file's bytes, which a bump edits in place; absent: `text` encoded as UTF-8. */
  bytes?: Uint8Array
  report: VersionFileReport
}

/** What a format reader finds in a file's text. */
export interface FormatFindings {
  occurrences: VersionOccurrence[]
  pins?: VersionOccurrence[]
  dynamic?: string
  fromTag?: boolean
  /** Why a file of a known kind holds no version (`its first line 'go1.27.2' is not a version`). */
  noVersion?: string
  packageName?: string
  follows?: FollowedFile[]
}
