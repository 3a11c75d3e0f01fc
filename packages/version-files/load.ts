import { readdir, readFile, stat } from 'node:fs/promises'
import { confinedFile } from '../action-kit/confine.js'
import { join, posix } from 'node:path'
import { ConfigurationError } from '../base/errors.js'
import { decodeBytes } from './bytes.js'
import { currentVersion } from './current.js'
import { PYTHON_MODULE_NAMES } from './formats/python-names.js'
import { EXPECTED_FIELD, readVersionFile } from './read.js'
import { FILES_INPUT, formatOf } from './specs.js'
import type { FollowedFile, LoadedVersionFile, VersionFileSpec } from './types.js'

/** Version files looked for at the root of the working directory, in this order. */
export const ROOT_VERSION_FILES = [
  'package.json',
  'package-lock.json',
  'lerna.json',
  'setup.py',
  'setup.cfg',
  'pyproject.toml',
  'Cargo.toml',
  'VERSION',
  'VERSION.txt',
  'version.txt',
  '.bumpversion.cfg'
]

/** A directory holding one of these is a project of its own: detection never enters it. */
export const PROJECT_MARKERS = ['pyproject.toml', 'setup.py', 'package.json', 'Cargo.toml']

/** How many directory levels below the root Python modules are looked for. */
const MODULE_DEPTH = 3
/** Tool output, tests, and other projects' code copied in. */
export const SKIPPED_DIRS = new Set([
  'node_modules',
  'vendor',
  '_vendor',
  '_vendored',
  'third_party',
  'dist',
  'build',
  'venv',
  'tests',
  'test',
  'site-packages',
  '__pycache__'
])

/** What the version files of a project say, and which files were looked at. */
export interface VersionFileSet {
  /** Files that hold a version or say where it comes from. */
  files: LoadedVersionFile[]
  /** Every file read, in order. */
  lookedAt: string[]
  /** Files read that hold no version, with why. */
  empty: Array<{ file: string; reason: string }>
}

/**
 * Finds the version files of the project in `dir`: the root manifests, and `__init__.py`,
 * `__version__.py`, `__about__.py`, `_version.py`, `version.py` of the top-level packages (up to
 * three levels deep, through `src/` and namespace folders; never into a subpackage, a vendored
 * folder, or a folder that is a project of its own), plus the files a manifest names as holding
 * the version. Finding none is a ConfigurationError suggesting the `files` input.
 */
export async function detectVersionFiles(dir: string): Promise<VersionFileSpec[]> {
  return (await loadVersionFiles(dir)).map((file) => file.spec)
}

/**
 * Reads the version files listed in `specs` (paths relative to `dir`), or detects them when
 * `specs` is undefined or empty. Every problem (a listed file missing or holding no version, a
 * malformed file, a named file that does not exist) is gathered into one ConfigurationError.
 */
export async function loadVersionFiles(
  dir: string,
  specs?: VersionFileSpec[]
): Promise<LoadedVersionFile[]> {
  return (await inspectVersionFiles(dir, specs)).files
}

/** {@link loadVersionFiles}, also telling which files were read and why some hold nothing. */
export async function inspectVersionFiles(
  dir: string,
  specs?: VersionFileSpec[]
): Promise<VersionFileSet> {
  const problems: ConfigurationError[] = []
  const listed = specs !== undefined && specs.length > 0
  const candidates: VersionFileSpec[] = listed ? specs : await detectCandidates(dir)
  const set: VersionFileSet = { files: [], lookedAt: [], empty: [] }
  for (const spec of candidates) {
    if (listed && !(await isFile(confinedFile(dir, spec.path, FILES_INPUT)))) {
      problems.push(
        new ConfigurationError(
          `The version file ${spec.path} listed in '${FILES_INPUT}' does not exist in ${dir}. ` +
            `Fix the path (relative to working-directory) or remove the line.`,
          { input: FILES_INPUT, locations: [{ file: spec.path }] }
        )
      )
      continue
    }
    await readInto(set, dir, spec, listed, problems)
  }
  // The files a manifest names (hatch's path, setuptools' attr:/file:), read once each.
  for (const follow of set.files.flatMap((f) => f.report.follows ?? [])) {
    if (follow.glob) {
      await readMatches(set, dir, follow, problems)
      continue
    }
    const path = await firstExisting(dir, follow)
    if (!path) {
      problems.push(
        new ConfigurationError(
          `${follow.namedBy} names ${follow.paths.join(' or ')}, which does not exist. ` +
            `Fix it, or list the file that holds the version in the '${FILES_INPUT}' input.`,
          { input: FILES_INPUT, locations: [{ file: follow.namedBy.split(' ')[0] }] }
        )
      )
      continue
    }
    const spec: VersionFileSpec = { path, format: follow.format }
    if (follow.variable) spec.variable = follow.variable
    // Read again with what the manifest says (the variable), in the place detection found it.
    const seen = set.files.findIndex((f) => f.spec.path === path && !f.spec.pattern)
    const removed = seen === -1 ? [] : set.files.splice(seen, 1)
    set.empty = set.empty.filter((e) => e.file !== path)
    set.lookedAt = set.lookedAt.filter((file) => file !== path)
    await readInto(set, dir, spec, true, problems, follow.namedBy)
    const added = set.files[set.files.length - 1]
    if (removed.length > 0 && added?.spec === spec) set.files.splice(seen, 0, set.files.pop()!)
  }
  if (!listed && set.files.length === 0 && problems.length === 0) {
    const why = set.empty.map((e) => `${e.file}: ${e.reason}`).join('; ')
    throw new ConfigurationError(
      `No version file found in ${dir}: looked for ${ROOT_VERSION_FILES.join(', ')} and ` +
        `__version__ in ${PYTHON_MODULE_NAMES.join(', ')}${why ? ` (${why})` : ''}. List the files ` +
        `that hold the version in the '${FILES_INPUT}' input, one a line (path, or path:regex ` +
        'with one capture group).',
      { input: FILES_INPUT }
    )
  }
  try {
    currentVersion(set.files)
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    problems.push(error)
  }
  throwAll(problems)
  return set
}

/** Reads one file into the set; a problem is gathered, not thrown. */
async function readInto(
  set: VersionFileSet,
  dir: string,
  spec: VersionFileSpec,
  required: boolean,
  problems: ConfigurationError[],
  namedBy?: string
): Promise<void> {
  set.lookedAt.push(spec.path)
  try {
    const bytes = await readFile(confinedFile(dir, spec.path, required ? FILES_INPUT : undefined))
    const text = decodeBytes(bytes)
    const report = readVersionFile(spec, text)
    if (report.occurrences.length > 0 || report.dynamic !== undefined) {
      set.files.push({ spec, text, bytes, report })
      return
    }
    const reason = report.noVersion ?? `no ${EXPECTED_FIELD[report.format]}`
    set.empty.push({ file: spec.path, reason })
    if (!required) return
    const fix = namedBy
      ? `Fix it, or set the version in the file ${namedBy} names.`
      : `Add it, or remove ${spec.path} from the '${FILES_INPUT}' input.`
    problems.push(
      new ConfigurationError(
        `${spec.path} has no version to bump: ${
          report.noVersion ?? `expected ${EXPECTED_FIELD[report.format]}`
        }${namedBy ? ` (named by ${namedBy})` : ''}. ${fix}`,
        { input: FILES_INPUT, locations: [{ file: spec.path }] }
      )
    )
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    problems.push(error)
  }
}

/** Several user mistakes reported as one error; each is kept for a caller that gathers more. */
export class ConfigurationErrors extends ConfigurationError {
  constructor(
    readonly problems: ConfigurationError[],
    subject: string
  ) {
    const input = problems.find((p) => p.input)?.input
    super(
      `${problems.length} problems with ${subject}:\n` +
        problems.map((p, i) => `${i + 1}. ${p.message}`).join('\n'),
      { locations: problems.flatMap((p) => p.locations), ...(input ? { input } : {}) }
    )
  }
}

/** One ConfigurationError for all `problems` (none: nothing thrown); nested lists flattened. */
export function throwAll(problems: ConfigurationError[], subject = 'the version files'): void {
  const flat = problems.flatMap((p) => (p instanceof ConfigurationErrors ? p.problems : [p]))
  if (flat.length === 0) return
  if (flat.length === 1) throw flat[0]
  throw new ConfigurationErrors(flat, subject)
}

async function detectCandidates(dir: string): Promise<VersionFileSpec[]> {
  const candidates: VersionFileSpec[] = []
  for (const name of ROOT_VERSION_FILES) {
    if (await isFile(join(dir, name))) candidates.push({ path: name })
  }
  const modules = await findPythonModules(dir, '', 0)
  candidates.push(...modules.map((path) => ({ path })))
  return candidates.filter((spec) => formatOf(spec) !== undefined)
}

/**
 * Python module candidates under `relative` (posix paths), sorted. A package's version lives in
 * its top-level folder, so a folder holding `__init__.py` is not descended into (its subpackages
 * are its parts or vendored copies: `pydantic/v1/version.py`, `numpy/ma/version.py`).
 */
async function findPythonModules(dir: string, relative: string, depth: number): Promise<string[]> {
  const entries = await readdir(join(dir, relative), { withFileTypes: true }).catch(() => [])
  // A virtualenv, whatever its folder is called, holds other projects' modules; a folder with
  // its own manifest is another project (a backend, an example), bumped only when listed.
  if (depth > 0 && entries.some((e) => e.name === 'pyvenv.cfg' || isProjectMarker(e))) return []
  const found = entries
    .filter((e) => e.isFile() && PYTHON_MODULE_NAMES.includes(e.name))
    .map((e) => posix.join(relative, e.name))
  const isPackage = depth > 0 && entries.some((e) => e.isFile() && e.name === '__init__.py')
  if (depth < MODULE_DEPTH && !isPackage) {
    for (const entry of entries) {
      const skipped =
        SKIPPED_DIRS.has(entry.name) ||
        entry.name.startsWith('.') ||
        entry.name.endsWith('.egg-info')
      if (entry.isDirectory() && !skipped) {
        found.push(...(await findPythonModules(dir, posix.join(relative, entry.name), depth + 1)))
      }
    }
  }
  return found.sort()
}

function isProjectMarker(entry: { name: string; isFile(): boolean }): boolean {
  return entry.isFile() && PROJECT_MARKERS.includes(entry.name)
}

/**
 * Every file the patterns of `follow` match (lerna's `packages/*`), read like detected ones: a
 * match without a version is passed over; one the set holds already is not read twice.
 */
async function readMatches(
  set: VersionFileSet,
  dir: string,
  follow: FollowedFile,
  problems: ConfigurationError[]
): Promise<void> {
  for (const pattern of follow.paths) {
    for (const path of await expandPattern(dir, pattern.split('/'), '')) {
      if (set.lookedAt.includes(path)) continue
      await readInto(set, dir, { path, format: follow.format }, false, problems)
    }
  }
}

/** Paths under `dir` matching the segments (`*` within a name, `**` any folders), sorted. */
async function expandPattern(dir: string, segments: string[], relative: string): Promise<string[]> {
  const [segment, ...rest] = segments
  if (segment === undefined) return (await isFile(confinedFile(dir, relative))) ? [relative] : []
  if (segment === '**') {
    const here = await expandPattern(dir, rest, relative)
    const deeper = await expandPattern(dir, ['*', ...segments], relative)
    return [...new Set([...here, ...deeper])].sort()
  }
  if (!segment.includes('*')) return expandPattern(dir, rest, posix.join(relative, segment))
  const name = new RegExp(`^${segment.split('*').map(escapeRegExp).join('[^/]*')}$`)
  const entries = await readdir(join(dir, relative), { withFileTypes: true }).catch(() => [])
  const found: string[] = []
  for (const entry of entries) {
    if (!entry.isDirectory() && rest.length > 0) continue
    // A pattern names the project's own folders: only installed packages and dot-folders are out.
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || !name.test(entry.name))
      continue
    found.push(...(await expandPattern(dir, rest, posix.join(relative, entry.name))))
  }
  return found.sort()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

async function firstExisting(dir: string, follow: FollowedFile): Promise<string | undefined> {
  for (const path of follow.paths) if (await isFile(confinedFile(dir, path))) return path
  return undefined
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false
}
