/**
 * The version files must say the previous release (or already the target): anything else means
 * the files found are not this project's version (a nested package, a stale copy), and writing
 * the release version over them would be a silent downgrade or a jump.
 */
import { ConfigurationError } from '../base/errors.js'
import { FILES_INPUT, type CurrentVersion } from '../version-files/index.js'
import type { ReleaseTag } from '../versioning/index.js'

/**
 * Refuses when the files' version is above the target (when known), or below the latest release tag. A
 * version between the two (`1.3.0.dev0`, `1.3.0-rc.1` before 1.3.0) is a pre-release of this one.
 */
export function checkFilesFollowRelease(
  current: CurrentVersion,
  target: { version: string; tag: string } | undefined,
  latest: ReleaseTag | undefined
): void {
  const found = current.version
  if (found === undefined || found === target?.version) return
  const where = current.occurrences.map((o) => `${o.file}:${o.line}`).join(', ')
  const fix =
    `Set the files to the version of the latest release, or list the files that hold this ` +
    `project's version in the '${FILES_INPUT}' input.`
  const locations = current.occurrences.map((o) => ({ file: o.file, line: o.line, col: o.column }))
  if (target && compareLoose(found, target.version) > 0) {
    throw new ConfigurationError(
      `The version files say ${found} (${where}), above the release version ${target.version} ` +
        `(${target.tag}): writing it would go backwards. ${fix}`,
      { input: FILES_INPUT, locations }
    )
  }
  if (latest && compareLoose(found, latest.version) < 0) {
    throw new ConfigurationError(
      `The version files say ${found} (${where}), but the latest release is ${latest.name} ` +
        `(${latest.version}): they are not the version this project released last. ${fix}`,
      { input: FILES_INPUT, locations }
    )
  }
}

/**
 * Orders versions as written in files: semver (`1.3.0-rc.1`), PEP 440 (`1.3.0.dev0`,
 * `2.1.0a0`, `1.2.0.post1`), and 2- or 4-part ones (`1.00`). A pre-release sorts below its
 * release, a post-release or `+local` at or above it.
 */
export function compareLoose(a: string, b: string): number {
  const pa = parseLoose(a)
  const pb = parseLoose(b)
  for (let i = 0; i < Math.max(pa.core.length, pb.core.length); i++) {
    const d = (pa.core[i] ?? 0) - (pb.core[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  if (pa.rank !== pb.rank) return Math.sign(pa.rank - pb.rank)
  // Equal suffixes (most often none) need no collator: its first use loads ICU data, ~10 ms.
  if (pa.suffix === pb.suffix) return 0
  return Math.sign(pa.suffix.localeCompare(pb.suffix, 'en', { numeric: true }))
}

function parseLoose(version: string): { core: number[]; rank: number; suffix: string } {
  const match = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(version.trim())
  if (!match) return { core: [], rank: 0, suffix: version }
  // Build metadata (`+local`) does not order versions.
  const suffix = match[2].startsWith('+') ? '' : match[2]
  const rank = suffix === '' || suffix.startsWith('+') ? 1 : /^[-._]?post/.test(suffix) ? 2 : 0
  return { core: match[1].split('.').map(Number), rank, suffix }
}
