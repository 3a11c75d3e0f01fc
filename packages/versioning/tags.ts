import { SHARED_DEFAULTS } from '../base/input-defaults.js'
import semver from './semver.js'
import { isStableVersion } from './version.js'

/** A release tag `vX.Y.Z` and its version `X.Y.Z`. */
export interface ReleaseTag {
  name: string
  version: string
}

/**
 * Picks the release tags out of a repository's tag names (`refs/tags/` accepted): exactly
 * prefix + X.Y.Z, so `v1.2.0-rc.1`, `v1`, `latest` and `foo` are left out. Sorted newest
 * first by semver, duplicates dropped.
 */
export function parseReleaseTags(
  tagNames: string[],
  prefix: string = SHARED_DEFAULTS['tag-prefix']
): ReleaseTag[] {
  const byName = new Map<string, ReleaseTag>()
  for (const raw of tagNames) {
    const name = raw.trim().replace(/^refs\/tags\//, '')
    if (!name.startsWith(prefix)) continue
    const version = name.slice(prefix.length)
    if (isStableVersion(version)) byName.set(name, { name, version })
  }
  return [...byName.values()].sort((a, b) => semver.rcompare(a.version, b.version))
}

/** The newest release tag, or undefined before the first release. */
export function latestReleaseTag(
  tagNames: string[],
  prefix: string = SHARED_DEFAULTS['tag-prefix']
): ReleaseTag | undefined {
  return parseReleaseTags(tagNames, prefix)[0]
}
