import { confinedFile } from '../action-kit/confine.js'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { ConfigurationError } from '../action-kit/errors.js'
import { PYTHON_MODULE_NAMES } from './formats/python-names.js'
import { EXPECTED_FIELD, readVersionFile } from './read.js'
import { FILES_INPUT } from './specs.js'
import type { LoadedVersionFile, VersionFileSpec } from './types.js'

/** Version files looked for at the root of the working directory, in this order. */
export const ROOT_VERSION_FILES = [
  'package.json',
  'package-lock.json',
  'setup.py',
  'setup.cfg',
  'pyproject.toml',
  'Cargo.toml',
  'VERSION'
]

/** How many directory levels below the root Python modules are looked for. */
const MODULE_DEPTH = 3
const SKIPPED_DIRS = new Set([
  'node_modules',
  'dist',
  'build',
  'venv',
  'tests',
  'test',
  'site-packages',
  '__pycache__'
])

/**
 * Finds the version files of the project in `dir`: the root manifests, and `__init__.py`,
 * `_version.py`, `version.py` up to three directory levels deep that define `__version__`.
 * Files without a version (a private package.json) are left out; dynamic ones are kept so
 * their reason can be shown. Finding none is a ConfigurationError suggesting the `files` input.
 */
export async function detectVersionFiles(dir: string): Promise<VersionFileSpec[]> {
  return (await detectLoaded(dir)).map((file) => file.spec)
}

/**
 * Reads the version files listed in `specs` (paths relative to `dir`), or detects them when
 * `specs` is undefined or empty. A listed file that is missing or holds no version is a
 * ConfigurationError naming it (input `files`).
 */
export async function loadVersionFiles(
  dir: string,
  specs?: VersionFileSpec[]
): Promise<LoadedVersionFile[]> {
  if (!specs || specs.length === 0) return detectLoaded(dir)
  const loaded: LoadedVersionFile[] = []
  for (const spec of specs) {
    const text = await readListedFile(dir, spec.path)
    const report = readVersionFile(spec, text)
    if (report.occurrences.length === 0 && report.dynamic === undefined) {
      throw new ConfigurationError(
        `${spec.path} has no version to bump: expected ${EXPECTED_FIELD[report.format]}. ` +
          `Add it, or remove ${spec.path} from the '${FILES_INPUT}' input.`,
        { input: FILES_INPUT, locations: [{ file: spec.path }] }
      )
    }
    loaded.push({ spec, text, report })
  }
  return loaded
}

async function detectLoaded(dir: string): Promise<LoadedVersionFile[]> {
  const candidates: string[] = []
  for (const name of ROOT_VERSION_FILES) {
    if (await isFile(join(dir, name))) candidates.push(name)
  }
  candidates.push(...(await findPythonModules(dir, '', 0)))
  const loaded: LoadedVersionFile[] = []
  for (const path of candidates) {
    const spec = { path }
    const text = await readFile(confinedFile(dir, path), 'utf8')
    const report = readVersionFile(spec, text)
    if (report.occurrences.length > 0 || report.dynamic !== undefined) {
      loaded.push({ spec, text, report })
    }
  }
  if (loaded.length === 0) {
    throw new ConfigurationError(
      `No version file found in ${dir}: looked for ${ROOT_VERSION_FILES.join(', ')} and ` +
        `__version__ in ${PYTHON_MODULE_NAMES.join(', ')}. List the files that hold the version ` +
        `in the '${FILES_INPUT}' input, one a line (path, or path:regex with one capture group).`,
      { input: FILES_INPUT }
    )
  }
  return loaded
}

/** Python module candidates under `relative` (posix paths), sorted, skipping tool folders. */
async function findPythonModules(dir: string, relative: string, depth: number): Promise<string[]> {
  const entries = await readdir(join(dir, relative), { withFileTypes: true }).catch(() => [])
  // A virtualenv, whatever its folder is called, holds other projects' modules.
  if (depth > 0 && entries.some((e) => e.name === 'pyvenv.cfg')) return []
  const found = entries
    .filter((e) => e.isFile() && PYTHON_MODULE_NAMES.includes(e.name))
    .map((e) => posix.join(relative, e.name))
  if (depth < MODULE_DEPTH) {
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

async function readListedFile(dir: string, path: string): Promise<string> {
  const full = confinedFile(dir, path, FILES_INPUT)
  if (!(await isFile(full))) {
    throw new ConfigurationError(
      `The version file ${path} listed in '${FILES_INPUT}' does not exist in ${dir}. ` +
        `Fix the path (relative to working-directory) or remove the line.`,
      { input: FILES_INPUT }
    )
  }
  return readFile(full, 'utf8')
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false
}
