import { ConfigurationError } from '../../base/errors.js'
import { occurrenceAt, positionAt } from '../text-position.js'
import type { FormatFindings, VersionOccurrence } from '../types.js'
import { pinnedDependency } from './dependency-pins.js'
import { JsonSyntaxError, scanJson, type JsonScalar } from './json-scanner.js'

const DEPENDENCY_FIELDS = new Set([
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies'
])

/**
 * package.json: the top-level `"version"`, and the ranges of dependencies that pin one version
 * (`"@acme/core": "^1.2.0"`): those move with the version when the dependency is a package of
 * the same run (an npm workspace's packages listed together) and pins the current version.
 */
export function readPackageJson(text: string, file: string): FormatFindings {
  const scalars = scanFile(
    text,
    file,
    (path) =>
      (path.length === 1 && (path[0] === 'version' || path[0] === 'name')) ||
      (path.length === 2 && DEPENDENCY_FIELDS.has(path[0]))
  )
  const name = scalars.find((s) => s.path.length === 1 && s.path[0] === 'name')
  const occurrences = scalars
    .filter((s) => s.path.length === 1 && s.path[0] === 'version')
    .map((s) => toOccurrence(text, file, s, 'version'))
  const pins = dependencyRanges(text, file, scalars, 0)
  return {
    occurrences,
    ...(pins.length > 0 ? { pins } : {}),
    ...(name?.kind === 'string' ? { packageName: name.value } : {})
  }
}

/**
 * package-lock.json / npm-shrinkwrap.json: the root `version` and `packages[""].version`,
 * which npm keeps equal to package.json's; never a dependency's version. A workspace package's
 * entry (`packages["packages/core"]`) and its dependency ranges follow like package.json's.
 */
export function readPackageLock(text: string, file: string): FormatFindings {
  const scalars = scanFile(
    text,
    file,
    (path) =>
      (path.length === 1 && path[0] === 'version') ||
      (path.length === 3 &&
        path[0] === 'packages' &&
        (path[2] === 'version' || path[2] === 'name')) ||
      (path.length === 4 && path[0] === 'packages' && DEPENDENCY_FIELDS.has(path[2]))
  )
  const occurrences: VersionOccurrence[] = []
  const pins: VersionOccurrence[] = []
  const names = new Map<string, string>()
  for (const s of scalars) {
    if (s.path.length === 3 && s.path[2] === 'name' && s.kind === 'string')
      names.set(s.path[1], s.value)
  }
  for (const s of scalars) {
    if (s.path.length === 1) occurrences.push(toOccurrence(text, file, s, 'version'))
    else if (s.path.length === 3 && s.path[2] === 'version' && s.path[1] === '')
      occurrences.push(toOccurrence(text, file, s, 'packages[""].version'))
    else if (s.path.length === 3 && s.path[2] === 'version' && isWorkspaceEntry(s.path[1])) {
      const name = names.get(s.path[1])
      const field = `packages["${s.path[1]}"].version`
      const pin =
        name && s.kind === 'string'
          ? pinnedDependency(text, file, s.start, s.end, name, field)
          : undefined
      if (pin) pins.push(pin)
    }
  }
  pins.push(...dependencyRanges(text, file, scalars, 2, isWorkspaceEntry))
  return { occurrences, ...(pins.length > 0 ? { pins } : {}) }
}

/** A lock entry of the project's own (a workspace folder), not an installed package. */
function isWorkspaceEntry(key: string): boolean {
  return key !== '' && !key.startsWith('node_modules/') && !key.includes('/node_modules/')
}

/** The dependency ranges at `path[depth]` (the dependency field) that pin one version. */
function dependencyRanges(
  text: string,
  file: string,
  scalars: JsonScalar[],
  depth: number,
  entry: (key: string) => boolean = () => true
): VersionOccurrence[] {
  const pins: VersionOccurrence[] = []
  for (const s of scalars) {
    if (s.path.length !== depth + 2 || !DEPENDENCY_FIELDS.has(s.path[depth])) continue
    if (s.kind !== 'string' || (depth > 0 && !entry(s.path[1]))) continue
    const name = s.path[depth + 1]
    const field = `${s.path.slice(0, depth + 1).join('.')}["${name}"]`
    const pin = pinnedDependency(text, file, s.start, s.end, name, field)
    if (pin && s.value === text.slice(s.start, s.end)) pins.push(pin)
  }
  return pins
}

export function scanFile(
  text: string,
  file: string,
  track: (path: readonly string[]) => boolean
): JsonScalar[] {
  try {
    return scanJson(text, track)
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    const { line, column } = positionAt(text, error.offset)
    throw new ConfigurationError(
      `${file} is not valid JSON: ${error.message} at line ${line}, column ${column}. ` +
        'Fix the syntax (trailing commas and comments are not allowed in JSON).',
      { locations: [{ file, line, col: column }] }
    )
  }
}

export function toOccurrence(text: string, file: string, scalar: JsonScalar, field: string) {
  const occurrence = occurrenceAt(text, file, scalar.start, scalar.end, field)
  if (scalar.kind !== 'string') {
    throw new ConfigurationError(
      `${file}:${occurrence.line}: "${field}" must be a string like "1.2.0", not ${scalar.value}.`,
      { locations: [{ file, line: occurrence.line, col: occurrence.column }] }
    )
  }
  if (scalar.value !== occurrence.version) {
    throw new ConfigurationError(
      `${file}:${occurrence.line}: "${field}" uses escape sequences; write the version plainly, like "1.2.0".`,
      { locations: [{ file, line: occurrence.line, col: occurrence.column }] }
    )
  }
  return occurrence
}
