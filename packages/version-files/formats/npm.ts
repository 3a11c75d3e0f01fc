import { ConfigurationError } from '../../action-kit/errors.js'
import { occurrenceAt, positionAt } from '../text-position.js'
import type { FormatFindings } from '../types.js'
import { JsonSyntaxError, scanJson, type JsonScalar } from './json-scanner.js'

/** package.json: the top-level `"version"` only. */
export function readPackageJson(text: string, file: string): FormatFindings {
  const scalars = scanFile(text, file, (path) => path.length === 1 && path[0] === 'version')
  return { occurrences: scalars.map((s) => toOccurrence(text, file, s, 'version')) }
}

/**
 * package-lock.json / npm-shrinkwrap.json: the root `version` and `packages[""].version`,
 * which npm keeps equal to package.json's; never a dependency's version.
 */
export function readPackageLock(text: string, file: string): FormatFindings {
  const scalars = scanFile(
    text,
    file,
    (path) =>
      (path.length === 1 && path[0] === 'version') ||
      (path.length === 3 && path[0] === 'packages' && path[1] === '' && path[2] === 'version')
  )
  return {
    occurrences: scalars.map((s) =>
      toOccurrence(text, file, s, s.path.length === 1 ? 'version' : 'packages[""].version')
    )
  }
}

function scanFile(
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

function toOccurrence(text: string, file: string, scalar: JsonScalar, field: string) {
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
