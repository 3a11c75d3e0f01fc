import { ConfigurationError } from '../../base/errors.js'
import { positionAt } from '../text-position.js'
import type { FollowedFile, FormatFindings } from '../types.js'
import { scanFile, toOccurrence } from './npm.js'

/** Where lerna looks for packages when lerna.json does not say. */
const DEFAULT_PACKAGES = ['packages/*']

/**
 * lerna.json in fixed mode: `"version"` is the version of every package of the monorepo, so it
 * moves, and so does each package.json its `packages` globs match (with the ranges by which the
 * packages depend on each other). `"version": "independent"` is no single version: refused.
 */
export function readLernaJson(text: string, file: string): FormatFindings {
  const scalars = scanFile(
    text,
    file,
    (path) =>
      (path.length === 1 && path[0] === 'version') ||
      (path.length === 2 && path[0] === 'packages' && path[1] === '[]')
  )
  const version = scalars.find((s) => s.path.length === 1)
  if (version?.kind === 'string' && version.value === 'independent') {
    const { line, column } = positionAt(text, version.start)
    throw new ConfigurationError(
      `${file}:${line}: "version": "independent" means every package has its own version: ` +
        'there is no single version to bump. List the package.json of each package this ' +
        "release moves in the 'files' input (or switch lerna to fixed mode).",
      { input: 'files', locations: [{ file, line, col: column }] }
    )
  }
  if (!version) return { occurrences: [], noVersion: 'no "version" field' }
  const globs = scalars.filter((s) => s.path.length === 2 && s.kind === 'string')
  const patterns = globs.length > 0 ? globs.map((s) => s.value) : DEFAULT_PACKAGES
  const follows: FollowedFile[] = patterns
    .map((p) => p.trim().replace(/^\.\//, '').replace(/\/+$/, ''))
    .filter((p) => p !== '' && !p.startsWith('!') && !p.split('/').includes('..'))
    .map((p) => ({
      paths: [`${p}/package.json`],
      format: 'package.json',
      glob: true,
      namedBy: `${file} packages`
    }))
  return { occurrences: [toOccurrence(text, file, version, 'version')], follows }
}
