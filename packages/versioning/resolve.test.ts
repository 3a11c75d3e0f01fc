import { ConfigurationError } from '../base/errors.js'
import { parseBranchPatterns } from './branches.js'
import { resolveReleaseVersion, versionFromMergeMessage } from './resolve.js'

const patterns = parseBranchPatterns()

describe('versionFromMergeMessage', () => {
  test.each([
    ["Merge branch 'release-v1.3.0'", 'release-v1.3.0', 'release', '1.3.0'],
    ["Merge branch 'release-v1.3.0' into main", 'release-v1.3.0', 'release', '1.3.0'],
    ["Merge branch 'release-v1.3.0' into 'main'", 'release-v1.3.0', 'release', '1.3.0'],
    [
      "Merge branch 'release/1.3.0' of github.com:org/app into main",
      'release/1.3.0',
      'release',
      '1.3.0'
    ],
    [
      "Merge branch 'release/v2.0.0'\n\n# Conflicts:\n#\tsetup.py",
      'release/v2.0.0',
      'release',
      '2.0.0'
    ],
    ["Merge branch 'hotfix-v1.2.1'", 'hotfix-v1.2.1', 'hotfix', '1.2.1'],
    ['Merge pull request #12 from org/release-v1.3.0', 'release-v1.3.0', 'release', '1.3.0'],
    [
      'Merge pull request #12 from org/release-v1.3.0\n\nRelease 1.3.0',
      'release-v1.3.0',
      'release',
      '1.3.0'
    ],
    ['Merge pull request #7 from my-org/release/1.3.0', 'release/1.3.0', 'release', '1.3.0'],
    [
      'Merge pull request #9 from org/hotfix/v1.2.1\r\n\r\nFix login',
      'hotfix/v1.2.1',
      'hotfix',
      '1.2.1'
    ],
    ["Merge remote-tracking branch 'origin/release-v1.3.0'", 'release-v1.3.0', 'release', '1.3.0'],
    [
      "Merge remote-tracking branch 'origin/release/1.3.0' into main",
      'release/1.3.0',
      'release',
      '1.3.0'
    ],
    ["  Merge branch 'release-v1.3.0'  ", 'release-v1.3.0', 'release', '1.3.0']
  ])('%j merged %s (%s %s)', (message, branch, kind, version) => {
    expect(versionFromMergeMessage(message, patterns)).toMatchObject({ branch, kind, version })
  })

  test.each([
    'Release 1.3.0 (#12)',
    'Feature: New feature X (JIRA-1234)',
    "Merge branch 'develop'",
    "Merge branch 'feature/release-v1.3.0'",
    'Merge pull request #13 from org/feature/login',
    "Merge remote-tracking branch 'origin/main'",
    'Revert "Merge branch \'release-v1.3.0\'"',
    "chore: mention Merge branch 'release-v1.3.0'",
    ''
  ])('%j names no release branch', (message) => {
    expect(versionFromMergeMessage(message, patterns)).toBeUndefined()
  })

  test('custom patterns apply', () => {
    const custom = parseBranchPatterns('rel/{semver}')
    expect(
      versionFromMergeMessage('Merge pull request #3 from org/rel/1.3.0-rc.1', custom)
    ).toMatchObject({
      branch: 'rel/1.3.0-rc.1',
      version: '1.3.0-rc.1'
    })
    expect(versionFromMergeMessage("Merge branch 'release-v1.3.0'", custom)).toBeUndefined()
  })

  test('a misnamed merged release branch is an error', () => {
    expect(() => versionFromMergeMessage("Merge branch 'release-v1.3'", patterns)).toThrow(
      '1.3 is not X.Y.Z; name it release-v1.3.0'
    )
    expect(() =>
      versionFromMergeMessage('Merge pull request #1 from org/release/v1.3', patterns)
    ).toThrow('1.3 is not X.Y.Z; name it release/v1.3.0')
  })
})

describe('resolveReleaseVersion', () => {
  const merge = "Merge branch 'release-v1.4.0'"
  test.each([
    // [input, branch, mergeMessage] -> version, kind, source, branch
    [{ input: '1.3.0' }, '1.3.0', 'release', 'input', undefined],
    [{ input: 'v1.3.0' }, '1.3.0', 'release', 'input', undefined],
    [{ input: '1.2.1' }, '1.2.1', 'hotfix', 'input', undefined],
    [{ input: '1.3.0-rc.1' }, '1.3.0-rc.1', 'release', 'input', undefined],
    [{ input: '1.2.1', branch: 'release-v1.2.1' }, '1.2.1', 'release', 'input', 'release-v1.2.1'],
    [{ input: '1.3.0', branch: 'hotfix/1.3.0' }, '1.3.0', 'hotfix', 'input', 'hotfix/1.3.0'],
    [
      { input: '1.2.1', branch: 'main', mergeMessage: "Merge branch 'release-v1.2.1'" },
      '1.2.1',
      'release',
      'input',
      'release-v1.2.1'
    ],
    [{ input: '1.3.0', branch: 'release-v1.3' }, '1.3.0', 'release', 'input', undefined],
    [
      { input: '9.9.9', branch: 'release-v1.3.0', mergeMessage: merge },
      '9.9.9',
      'release',
      'input',
      'release-v1.3.0'
    ],
    [{ input: '  ', branch: 'release-v1.3.0' }, '1.3.0', 'release', 'branch', 'release-v1.3.0'],
    [
      { branch: 'refs/heads/release/1.3.0', mergeMessage: merge },
      '1.3.0',
      'release',
      'branch',
      'release/1.3.0'
    ],
    [{ branch: 'hotfix-v1.2.1' }, '1.2.1', 'hotfix', 'branch', 'hotfix-v1.2.1'],
    [{ branch: 'main', mergeMessage: merge }, '1.4.0', 'release', 'merge', 'release-v1.4.0'],
    [
      { mergeMessage: 'Merge pull request #5 from org/hotfix-v1.2.1' },
      '1.2.1',
      'hotfix',
      'merge',
      'hotfix-v1.2.1'
    ]
  ])('%j -> %s (%s from %s)', (args, version, kind, source, branch) => {
    const resolved = resolveReleaseVersion({ ...args, patterns })
    expect(resolved).toEqual({ version, kind, source, ...(branch !== undefined && { branch }) })
  })

  test.each([
    [{}],
    [{ input: '' }],
    [{ branch: 'develop' }],
    [{ branch: 'main', mergeMessage: 'Release 1.3.0 (#12)' }],
    [{ branch: 'feature/x', mergeMessage: 'Fix: typo' }]
  ])('%j resolves to nothing', (args) => {
    expect(resolveReleaseVersion({ ...args, patterns })).toBeUndefined()
  })

  test('a bad version input is refused, whatever the branch says', () => {
    const error = catchError(() =>
      resolveReleaseVersion({ input: '1.3', branch: 'release-v1.3.0', patterns })
    )
    expect(error.input).toBe('version')
    expect(error.message).toContain('1.3 is not X.Y.Z; use 1.3.0')
  })

  test('a misnamed branch is refused when it is the source', () => {
    expect(() =>
      resolveReleaseVersion({ branch: 'release-v1.3', mergeMessage: merge, patterns })
    ).toThrow('name it release-v1.3.0')
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
