import { ConfigurationError } from '../base/errors.js'
import semver from './semver.js'
import {
  checkPrereleaseId,
  diagnoseVersion,
  isReleaseVersion,
  isStableVersion,
  nextVersion,
  olderThan,
  parseVersionInput,
  releaseTagName,
  versionCore
} from './version.js'

describe('isStableVersion / isReleaseVersion', () => {
  test.each([
    ['1.3.0', true, true],
    ['0.0.0', true, true],
    ['10.20.30', true, true],
    ['1.3.0-rc.1', false, true],
    ['1.3.0-alpha-2.0', false, true],
    ['1.3.0-0', false, true],
    ['1.3', false, false],
    ['1', false, false],
    ['v1.3.0', false, false],
    ['=1.3.0', false, false],
    ['1.03.0', false, false],
    ['01.3.0', false, false],
    ['1.3.0-rc.01', false, false],
    ['1.3.0+build.5', false, false],
    ['1.3.0-', false, false],
    ['1.3.0.1', false, false],
    ['x.y.z', false, false],
    ['', false, false],
    [' 1.3.0', false, false],
    ['99999999999999999.0.0', false, false],
    // semver's limits: numbers up to 2^53 - 1, 256 characters in all
    ['9007199254740991.0.0', true, true],
    ['1.9007199254740992.0', false, false],
    [`1.0.0-${'a'.repeat(250)}`, false, true],
    [`1.0.0-${'a'.repeat(251)}`, false, false]
  ])('%j: stable %s, release %s', (value, stable, release) => {
    expect(isStableVersion(value)).toBe(stable)
    expect(isReleaseVersion(value)).toBe(release)
  })
})

describe('nextVersion', () => {
  test.each([
    ['1.2.0', 'minor', '1.3.0'],
    ['1.2.0', 'major', '2.0.0'],
    ['1.2.0', 'patch', '1.2.1'],
    ['1.2.7', 'minor', '1.3.0'],
    ['1.9.3', 'major', '2.0.0'],
    ['0.9.0', 'minor', '0.10.0'],
    ['1.3.0-rc.1', 'minor', '1.4.0'],
    ['1.3.0-rc.1', 'patch', '1.3.1'],
    ['v1.2.0', 'minor', '1.3.0'],
    // No release yet: the bump applied to 0.0.0.
    [undefined, 'minor', '0.1.0'],
    [undefined, 'major', '1.0.0'],
    [undefined, 'patch', '0.0.1']
  ] as const)('after %s a %s bump is %s', (latest, bump, expected) => {
    expect(nextVersion(latest, bump)).toBe(expected)
  })

  test('refuses a latest that is not a version', () => {
    expect(() => nextVersion('latest', 'minor')).toThrow(ConfigurationError)
  })
})

describe('parseVersionInput', () => {
  test.each([
    ['1.3.0', '1.3.0'],
    ['v1.3.0', '1.3.0'],
    ['V2.0.0', '2.0.0'],
    ['  1.3.1 ', '1.3.1'],
    ['1.3.0-rc.1', '1.3.0-rc.1'],
    ['v1.3.0-beta', '1.3.0-beta']
  ])('%j -> %s', (value, expected) => {
    expect(parseVersionInput(value)).toBe(expected)
  })

  test.each([
    ['1.3', '1.3 is not X.Y.Z; use 1.3.0'],
    ['v1', '1 is not X.Y.Z; use 1.0.0'],
    ['1.03.0', '1.03.0 has a leading zero; use 1.3.0'],
    ['1.3.0+build', 'has build metadata (+...), which a release version cannot carry; use 1.3.0'],
    ['1.3.0.1', '1.3.0.1 is not X.Y.Z (it has 4 numbers)'],
    ['latest', 'latest is not a version'],
    ['', 'there is no version']
  ])('%j is refused: %s', (value, fragment) => {
    const error = catchError(() => parseVersionInput(value))
    expect(error.input).toBe('version')
    expect(error.message).toContain('Input `version`')
    expect(error.message).toContain(fragment)
  })

  test('names another input when asked', () => {
    expect(catchError(() => parseVersionInput('x', 'milestone')).input).toBe('milestone')
  })
})

describe('diagnoseVersion', () => {
  test.each([
    ['1.3', 'version', '1.3 is not X.Y.Z', '1.3.0'],
    ['1', 'semver', '1 is not X.Y.Z', '1.0.0'],
    ['01.2.3', 'version', '01.2.3 has a leading zero', '1.2.3'],
    [
      '1.3.0-rc.1',
      'version',
      '1.3.0-rc.1 has a pre-release, which {version} does not allow',
      '1.3.0'
    ],
    ['1.3.0-rc.1+b', 'semver', 'has build metadata', '1.3.0-rc.1'],
    ['1.3.0-rc.1+b', 'version', 'has build metadata', '1.3.0'],
    ['v1.3.0', 'version', 'v1.3.0 starts with a v', '1.3.0'],
    ['X', 'version', 'X is not a version (X.Y.Z, e.g. 1.3.0)', undefined]
  ] as const)('%j under {%s}: %s', (text, form, reason, suggestion) => {
    const diagnosis = diagnoseVersion(text, form)
    expect(diagnosis.reason).toContain(reason)
    expect(diagnosis.suggestion).toBe(suggestion)
  })

  test('a pre-release under {version} hints at {semver}', () => {
    expect(diagnoseVersion('1.3.0-rc.1', 'version').hint).toContain('{semver}')
  })
})

test.each([
  ['1.3.0-rc.1', '1.3.0'],
  ['2.0.0', '2.0.0']
])('versionCore(%s) is %s', (version, core) => {
  expect(versionCore(version)).toBe(core)
})

test.each([
  ['1.3.0', undefined, 'v1.3.0'],
  ['1.3.0', '', '1.3.0'],
  ['1.3.0', 'app-v', 'app-v1.3.0']
])('releaseTagName(%s, %j) is %s', (version, prefix, tag) => {
  expect(releaseTagName(version, prefix)).toBe(tag)
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

describe('checkPrereleaseId', () => {
  test.each(['rc', 'beta', 'alpha-2', 'RC1', 'pre-'])('%s is a name', (id) => {
    expect(checkPrereleaseId(id)).toBe(id)
  })
  test.each(['', '1', '007', 'rc 1', 'rc.1', 'rc_1', 'ré'])(
    "'%s' is refused, naming the input",
    (id) => {
      expect(() => checkPrereleaseId(id)).toThrow(ConfigurationError)
      expect(() => checkPrereleaseId(id)).toThrow(`Input 'prerelease-id' is '${id}'`)
    }
  )
})

describe('olderThan', () => {
  const stable = ['0.0.0', '0.9.9', '1.2.9', '1.3.0', '1.3.1', '1.10.0', '2.0.0', '10.0.0']
  const targets = ['1.3.0', '1.3.0-rc.1', '1.3.0-0', '0.0.0', '1.10.0', '2.0.0-alpha', '9.0.0']

  test.each(targets)('answers as semver.lt for every stable version against %s', (target) => {
    const older = olderThan(target)
    for (const version of stable)
      expect([version, older(version)]).toEqual([version, semver.lt(version, target)])
  })

  test('a tag that is no stable version is never older; a target that is no version is refused', () => {
    expect(olderThan('2.0.0')('1.0.0-rc.1')).toBe(false)
    expect(olderThan('2.0.0')('v1.0.0')).toBe(false)
    expect(() => olderThan('v2')).toThrow(/not a release version/)
  })
})
