import { ConfigurationError } from '../base/errors.js'
import type { ReleaseKind } from './branches.js'
import { allowedVersions, checkVersionPolicy, parseReleaseType } from './policy.js'
import type { ReleaseType, VersionPolicyArgs } from './policy.js'
import { parseReleaseTags } from './tags.js'

const tags = parseReleaseTags(['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.1.1', 'latest', 'v1.2.0-rc.1'])
const latest = tags[0]
const existingVersions = tags.map((tag) => tag.version)

function check(
  version: string,
  kind: ReleaseKind,
  releaseType: ReleaseType = 'auto',
  extra: Partial<VersionPolicyArgs> = {}
): void {
  checkVersionPolicy({ version, kind, releaseType, latest, existingVersions, ...extra })
}

describe('checkVersionPolicy accepts', () => {
  test.each([
    ['1.3.0', 'release', 'auto'],
    ['2.0.0', 'release', 'auto'],
    ['1.2.1', 'hotfix', 'auto'],
    ['1.3.0-rc.1', 'release', 'auto'],
    ['2.0.0-beta.2', 'release', 'auto'],
    ['1.2.1-rc.1', 'hotfix', 'auto'],
    ['1.3.0', 'release', 'minor'],
    ['1.3.0', 'hotfix', 'minor'],
    ['2.0.0', 'release', 'major'],
    ['1.2.1', 'release', 'patch'],
    ['1.2.1', 'hotfix', 'patch'],
    ['1.4.0', 'release', 'any'],
    ['1.0.0', 'release', 'any'],
    ['1.2.0', 'release', 'any'],
    ['0.1.0', 'hotfix', 'any']
  ] as const)('%s as a %s with release-type %s', (version, kind, releaseType) => {
    expect(() => check(version, kind, releaseType)).not.toThrow()
  })

  test.each(['0.1.0', '1.0.0', '3.7.2', '0.0.1-alpha'])(
    '%s as a first release (no latest tag)',
    (version) => {
      expect(() =>
        checkVersionPolicy({ version, kind: 'release', releaseType: 'auto', existingVersions: [] })
      ).not.toThrow()
    }
  )
})

describe('checkVersionPolicy refuses', () => {
  const nextReleases =
    'The latest release tag is v1.2.0, so a release must be 1.3.0 (next minor) or 2.0.0 (next major).'
  const nextHotfix = 'The latest release tag is v1.2.0, so a hotfix must be 1.2.1 (next patch).'
  test.each([
    ['1.4.0', 'release', 'auto', 'which skips a version.', nextReleases],
    ['2.1.0', 'release', 'auto', 'which skips a version.', nextReleases],
    ['3.0.0', 'release', 'auto', 'which skips a version.', nextReleases],
    [
      '1.2.0',
      'release',
      'auto',
      'which repeats an existing tag (1.2.0 is already tagged).',
      nextReleases
    ],
    [
      '1.1.0',
      'release',
      'auto',
      'which repeats an existing tag (1.1.0 is already tagged).',
      nextReleases
    ],
    ['1.1.5', 'release', 'auto', 'which goes backwards.', nextReleases],
    ['0.9.0', 'release', 'auto', 'which goes backwards.', nextReleases],
    ['1.2.5', 'release', 'auto', 'which is too small a bump for a release.', nextReleases],
    ['1.2.2', 'hotfix', 'auto', 'which skips a version.', nextHotfix],
    ['1.3.0', 'hotfix', 'auto', 'which skips a version.', nextHotfix],
    ['1.2.0', 'hotfix', 'auto', 'which repeats an existing tag', nextHotfix],
    ['1.1.2', 'hotfix', 'auto', 'which goes backwards.', nextHotfix],
    [
      '1.4.0-rc.1',
      'release',
      'auto',
      '(a pre-release is judged by its X.Y.Z, 1.4.0), which skips',
      nextReleases
    ],
    ['1.2.0-rc.1', 'release', 'auto', 'which repeats an existing tag', nextReleases],
    [
      '1.2.0-rc.2',
      'release',
      'auto',
      'which repeats an existing tag (1.2.0 is already tagged)',
      nextReleases
    ],
    [
      '2.0.0',
      'release',
      'minor',
      'which skips a version.',
      'release-type: minor asks for 1.3.0 (next minor).'
    ],
    [
      '1.3.0',
      'release',
      'major',
      'which is not the major bump `release-type` asks for.',
      'release-type: major asks for 2.0.0 (next major).'
    ],
    [
      '1.3.0',
      'hotfix',
      'patch',
      'which skips a version.',
      'release-type: patch asks for 1.2.1 (next patch).'
    ],
    [
      '1.2.0',
      'release',
      'minor',
      'which repeats an existing tag',
      'release-type: minor asks for 1.3.0'
    ],
    ['1.3', 'release', 'auto', 'which is not a release version (X.Y.Z).', '']
  ] as const)(
    '%s as a %s with release-type %s: %s',
    (version, kind, releaseType, problem, rule) => {
      const error = catchError(() => check(version, kind, releaseType))
      expect(error.message).toContain(`Input \`version\` is ${version}`)
      expect(error.message).toContain(problem)
      expect(error.message).toContain(rule)
      expect(error.message).toContain('`release-type: any`')
      expect(error.input).toBe('version')
    }
  )

  test('the latest tag is named even when it is not the last one listed', () => {
    const error = catchError(() =>
      check('1.5.0', 'release', 'auto', { latest: { name: 'app-v1.2.0', version: '1.2.0' } })
    )
    expect(error.message).toContain('The latest release tag is app-v1.2.0')
  })

  test('a version from a branch names the branch, not the input', () => {
    const error = catchError(() =>
      check('1.4.0', 'release', 'auto', { source: 'branch', branch: 'release-v1.4.0' })
    )
    expect(error.message).toMatch(
      /^Branch `release-v1.4.0` gives version 1.4.0, which skips a version\./
    )
    expect(error.message).toContain('Rename the branch or set the `version` input')
    expect(error.input).toBeUndefined()
  })

  test('a version from a merge names the merged branch', () => {
    const error = catchError(() =>
      check('1.1.5', 'hotfix', 'auto', { source: 'merge', branch: 'hotfix/1.1.5' })
    )
    expect(error.message).toMatch(
      /^The merged branch `hotfix\/1.1.5` gives version 1.1.5, which goes backwards\./
    )
    expect(error.input).toBeUndefined()
  })

  test('a version given with a branch but no source is taken as from the branch', () => {
    expect(
      catchError(() => check('1.4.0', 'release', 'auto', { branch: 'release/1.4.0' })).message
    ).toMatch(/^Branch `release\/1.4.0`/)
  })

  test('a tag that exists elsewhere is refused on a first release too', () => {
    const error = catchError(() =>
      checkVersionPolicy({
        version: '1.0.0',
        kind: 'release',
        releaseType: 'auto',
        existingVersions: ['1.0.0']
      })
    )
    expect(error.message).toContain('which repeats an existing tag (1.0.0 is already tagged)')
    expect(error.message).toContain('There is no latest release tag')
  })

  test('existing versions written as tags are understood', () => {
    expect(() =>
      check('1.1.0', 'release', 'auto', { latest: undefined, existingVersions: ['v1.1.0'] })
    ).toThrow('repeats an existing tag')
  })

  test('exactly one error, a ConfigurationError', () => {
    expect(() => check('1.4.0', 'release')).toThrow(ConfigurationError)
  })
})

describe('allowedVersions', () => {
  test.each([
    ['auto', 'release', ['1.3.0', '2.0.0']],
    ['auto', 'hotfix', ['1.2.1']],
    ['minor', 'hotfix', ['1.3.0']],
    ['major', 'release', ['2.0.0']],
    ['patch', 'release', ['1.2.1']],
    ['any', 'release', []]
  ] as const)('release-type %s for a %s: %j', (releaseType, kind, expected) => {
    expect(allowedVersions(latest, kind, releaseType).map((a) => a.version)).toEqual(expected)
  })

  test('nothing to compare with before the first release', () => {
    expect(allowedVersions(undefined, 'release', 'auto')).toEqual([])
  })
})

describe('parseReleaseType', () => {
  test.each([
    [undefined, 'auto'],
    ['', 'auto'],
    ['auto', 'auto'],
    [' Minor ', 'minor'],
    ['major', 'major'],
    ['patch', 'patch'],
    ['ANY', 'any']
  ])('%j -> %s', (value, expected) => {
    expect(parseReleaseType(value)).toBe(expected)
  })

  test('anything else names the input and the valid values', () => {
    const error = catchError(() => parseReleaseType('hotfix'))
    expect(error.input).toBe('release-type')
    expect(error.message).toContain('auto, minor, major, patch, any')
  })
})

function catchError(run: () => unknown): ConfigurationError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}
