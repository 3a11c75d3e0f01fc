import { ConfigurationError } from '../base/errors.js'
import { BoundedRegExp } from '../base/user-regex.js'
import { PYTHON_MODULE_NAMES } from './formats/python-names.js'
import type { VersionFileFormat, VersionFileSpec } from './types.js'

/** The input that lists version files. */
export const FILES_INPUT = 'files'

const FORMAT_BY_NAME: Record<string, VersionFileFormat> = {
  'package.json': 'package.json',
  'package-lock.json': 'package-lock.json',
  'npm-shrinkwrap.json': 'package-lock.json',
  'lerna.json': 'lerna.json',
  'setup.py': 'setup.py',
  'setup.cfg': 'setup.cfg',
  'pyproject.toml': 'pyproject.toml',
  'Cargo.toml': 'Cargo.toml',
  VERSION: 'VERSION',
  'VERSION.txt': 'VERSION',
  'version.txt': 'VERSION',
  '.bumpversion.cfg': '.bumpversion.cfg',
  ...Object.fromEntries(PYTHON_MODULE_NAMES.map((name) => [name, 'python-module' as const]))
}

/** The format of a spec: `regex` when it has a pattern, else by file name, else undefined. */
export function formatOf(spec: VersionFileSpec): VersionFileFormat | undefined {
  if (spec.pattern) return 'regex'
  if (spec.format) return spec.format
  return FORMAT_BY_NAME[spec.path.split(/[\\/]/).pop()!]
}

/**
 * Parses the `files` input: one entry a line, `path` (format told by the file name) or
 * `path:regex` (split at the first `:`, so the regex may contain more; spaces after the `:` are
 * dropped; a leading Windows drive `C:\` is part of the path). Blank lines and `#` comments
 * are skipped.
 */
export function parseFileSpecs(lines: string[]): VersionFileSpec[] {
  const specs: VersionFileSpec[] = []
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const from = /^[A-Za-z]:[\\/]/.test(line) ? 2 : 0
    const colon = line.indexOf(':', from)
    if (colon === -1) {
      const spec = { path: line }
      if (!formatOf(spec)) {
        throw new ConfigurationError(
          `Input '${FILES_INPUT}': cannot tell the format of ${line}; write it as path:regex ` +
            `with one capture group around the version, e.g. ${line}:version = "(.+)"`,
          { input: FILES_INPUT }
        )
      }
      specs.push(spec)
      continue
    }
    const path = line.slice(0, colon).trim()
    if (path === '') {
      throw new ConfigurationError(
        `Input '${FILES_INPUT}': "${line}" has no path before the ':'.`,
        {
          input: FILES_INPUT
        }
      )
    }
    specs.push({ path, pattern: compilePattern(path, line.slice(colon + 1).trimStart()) })
  }
  return specs
}

function compilePattern(path: string, source: string): RegExp {
  const fail = (problem: string): never => {
    throw new ConfigurationError(
      `Input '${FILES_INPUT}': the regex for ${path} ${problem}. Write path:regex with exactly one ` +
        'capture group around the version, e.g. version = "(\\d+\\.\\d+\\.\\d+)"; ' +
        'use (?:...) for other groups.',
      { input: FILES_INPUT }
    )
  }
  if (source.trim() === '') fail('is empty')
  let pattern: RegExp
  try {
    // Bounded: a pattern that backtracks catastrophically on a file stops with this input named.
    pattern = new BoundedRegExp(source, '', FILES_INPUT)
  } catch (error) {
    return fail(`is not a valid regular expression (${(error as Error).message})`)
  }
  // An alternative that matches the empty string reveals how many groups the pattern has.
  const groups = new RegExp(`${source}|`).exec('')!.length - 1
  if (groups !== 1) fail(`has ${groups} capture groups`)
  return pattern
}
