import { ConfigurationError } from '../base/errors.js'
import { SHARED_DEFAULTS } from '../base/input-defaults.js'
import {
  branchNameFor,
  DEFAULT_HOTFIX_BRANCH_PATTERNS,
  DEFAULT_RELEASE_BRANCH_PATTERNS,
  parseBranchPatterns,
  parseReleaseBranch
} from './branches.js'

const defaults = parseBranchPatterns()

describe('parseBranchPatterns', () => {
  test('no input means the defaults', () => {
    expect(defaults).toEqual({
      release: ['release-v{version}', 'release/{version}', 'release/v{version}'],
      hotfix: ['hotfix-v{version}', 'hotfix/{version}', 'hotfix/v{version}']
    })
    expect(parseBranchPatterns('', '  \n ')).toEqual(defaults)
  })

  test("the defaults are action.yml's, from the generated table", () => {
    expect(DEFAULT_RELEASE_BRANCH_PATTERNS.join('\n')).toBe(SHARED_DEFAULTS['branch-pattern'])
    expect(DEFAULT_HOTFIX_BRANCH_PATTERNS.join('\n')).toBe(SHARED_DEFAULTS['hotfix-branch-pattern'])
  })

  test('the defaults cannot be changed through the returned value', () => {
    parseBranchPatterns().release.push('x/{version}')
    expect(DEFAULT_RELEASE_BRANCH_PATTERNS).toHaveLength(3)
    expect(parseBranchPatterns().release).toHaveLength(3)
  })

  test.each([
    ['rel/{version}', ['rel/{version}']],
    ['rel/{version}\nreleases/{semver}', ['rel/{version}', 'releases/{semver}']],
    ['rel/{version}, rc/{semver} ,', ['rel/{version}', 'rc/{semver}']],
    ['  release-{semver}\r\n\n', ['release-{semver}']],
    ['{version}', ['{version}']],
    ['v{version}-release', ['v{version}-release']]
  ])('branch-pattern %j -> %j', (input, release) => {
    const patterns = parseBranchPatterns(input)
    expect(patterns.release).toEqual(release)
    expect(patterns.hotfix).toEqual([...DEFAULT_HOTFIX_BRANCH_PATTERNS])
  })

  test('hotfix-branch-pattern is read the same way', () => {
    expect(parseBranchPatterns(undefined, 'fix/{version}, patch-{semver}')).toEqual({
      release: [...DEFAULT_RELEASE_BRANCH_PATTERNS],
      hotfix: ['fix/{version}', 'patch-{semver}']
    })
  })

  test.each([
    ['release-v', 'it has 0 placeholders'],
    ['release-{version}-{version}', 'it has 2 placeholders'],
    ['release-{major}.{minor}', '{major} is not a placeholder'],
    ['release-{Version}', '{Version} is not a placeholder'],
    ['release-{}', '{} is not a placeholder'],
    ['release-{version', 'it has 0 placeholders'],
    ['release-}{version}', 'stray brace'],
    ['release v{version}', 'cannot contain spaces'],
    ['release~{version}', 'cannot contain spaces or any of'],
    ['release..{version}', 'cannot contain ".."'],
    ['/release/{version}', 'cannot start with'],
    ['release/{version}/', 'end with']
  ])('branch-pattern %j is refused: %s', (input, problem) => {
    const error = catchError(() => parseBranchPatterns(input))
    expect(error.input).toBe('branch-pattern')
    expect(error.message).toContain(`invalid template \`${input.trim()}\``)
    expect(error.message).toContain(problem)
    expect(error.message).toContain('{version} for X.Y.Z')
    expect(error.message).toContain('{semver} for X.Y.Z with an optional pre-release')
  })

  test('a bad hotfix template names hotfix-branch-pattern', () => {
    const error = catchError(() => parseBranchPatterns(undefined, 'hotfix-{ver}'))
    expect(error.input).toBe('hotfix-branch-pattern')
  })

  test('the same template for releases and hotfixes is refused', () => {
    const error = catchError(() => parseBranchPatterns('r/{version}', 'r/{version}'))
    expect(error.message).toContain('`r/{version}` is in both')
  })
})

describe('parseReleaseBranch with the default patterns', () => {
  test.each([
    ['release-v1.3.0', 'release', '1.3.0', 'release-v{version}'],
    ['release/1.3.0', 'release', '1.3.0', 'release/{version}'],
    ['release/v1.3.0', 'release', '1.3.0', 'release/v{version}'],
    ['hotfix-v1.2.1', 'hotfix', '1.2.1', 'hotfix-v{version}'],
    ['hotfix/1.2.1', 'hotfix', '1.2.1', 'hotfix/{version}'],
    ['hotfix/v1.2.1', 'hotfix', '1.2.1', 'hotfix/v{version}'],
    ['release-v10.0.0', 'release', '10.0.0', 'release-v{version}'],
    ['refs/heads/release-v1.3.0', 'release', '1.3.0', 'release-v{version}'],
    ['refs/heads/hotfix/v1.2.1', 'hotfix', '1.2.1', 'hotfix/v{version}'],
    [' release/2.0.0\n', 'release', '2.0.0', 'release/{version}']
  ])('%j is a %s branch of %s (%s)', (branch, kind, version, pattern) => {
    expect(parseReleaseBranch(branch, defaults)).toEqual({
      branch: branch.trim().replace('refs/heads/', ''),
      kind,
      version,
      pattern
    })
  })

  test.each([
    'develop',
    'main',
    'feature/x',
    'feature/release-v1.3.0',
    'refs/heads/develop',
    'release',
    'release/next',
    'release-notes',
    'hotfix/login-crash',
    'hotfix-JIRA-1234',
    'dependabot/npm_and_yarn/semver-7.6.0',
    'refs/tags/v1.3.0',
    ''
  ])('%j is no release branch', (branch) => {
    expect(parseReleaseBranch(branch, defaults)).toBeUndefined()
  })

  test.each([
    ['release-v1.3', '1.3 is not X.Y.Z; name it release-v1.3.0'],
    ['release-v1', '1 is not X.Y.Z; name it release-v1.0.0'],
    ['release/1.3', '1.3 is not X.Y.Z; name it release/1.3.0'],
    ['release/v1.3', '1.3 is not X.Y.Z; name it release/v1.3.0'],
    ['hotfix-v1.2', '1.2 is not X.Y.Z; name it hotfix-v1.2.0'],
    ['release-vX', 'X is not a version (X.Y.Z, e.g. 1.3.0); name it like release-v1.3.0'],
    ['release/x.y.z', 'x.y.z is not a version'],
    ['release-v', 'there is no version; name it like release-v1.3.0'],
    ['release-v1.03.0', '1.03.0 has a leading zero; name it release-v1.3.0'],
    ['release/01.3.0', '01.3.0 has a leading zero; name it release/1.3.0'],
    ['release-v1.3.0.1', '1.3.0.1 is not X.Y.Z (it has 4 numbers)'],
    ['release-v1.3.0/fix-typo', '1.3.0/fix-typo is not a version'],
    ['release-vnext', 'next is not a version'],
    ['release-v1.3.0+build', 'has build metadata'],
    ['release-vv1.3.0', 'v1.3.0 starts with a v'],
    [
      'release-v1.3.0-rc.1',
      '1.3.0-rc.1 has a pre-release, which {version} does not allow; name it release-v1.3.0, ' +
        'or write {semver} instead of {version}'
    ]
  ])('%j is a misnamed release branch: %s', (branch, fragment) => {
    const error = catchError(() => parseReleaseBranch(branch, defaults))
    expect(error.message).toContain(`Branch \`${branch}\` looks like a`)
    expect(error.message).toContain(fragment)
    expect(error.message).toContain('Or set the `version` input.')
  })

  test('the error names the kind and the template that was meant', () => {
    const error = catchError(() => parseReleaseBranch('hotfix/v1.2', defaults))
    expect(error.message).toContain('looks like a hotfix branch (template `hotfix/v{version}`)')
  })
})

describe('parseReleaseBranch with custom patterns', () => {
  const custom = parseBranchPatterns('rel/{version}\nrc/{semver}', 'fix-{semver}-hot')

  test.each([
    ['rel/1.3.0', 'release', '1.3.0', 'rel/{version}'],
    ['rc/1.3.0', 'release', '1.3.0', 'rc/{semver}'],
    ['rc/1.3.0-rc.1', 'release', '1.3.0-rc.1', 'rc/{semver}'],
    ['rc/2.0.0-beta.2.x', 'release', '2.0.0-beta.2.x', 'rc/{semver}'],
    ['fix-1.2.1-hot', 'hotfix', '1.2.1', 'fix-{semver}-hot'],
    ['refs/heads/fix-1.2.1-alpha-hot', 'hotfix', '1.2.1-alpha', 'fix-{semver}-hot']
  ])('%j is a %s branch of %s (%s)', (branch, kind, version, pattern) => {
    expect(parseReleaseBranch(branch, custom)).toMatchObject({ kind, version, pattern })
  })

  test.each(['release-v1.3.0', 'release/1.3.0', 'hotfix-v1.2.1', 'rel/next', 'develop'])(
    '%j is no release branch under the custom patterns',
    (branch) => {
      expect(parseReleaseBranch(branch, custom)).toBeUndefined()
    }
  )

  test.each([
    ['rel/1.3.0-rc.1', 'has a pre-release, which {version} does not allow; name it rel/1.3.0'],
    ['rc/1.3', '1.3 is not X.Y.Z; name it rc/1.3.0'],
    ['rc/1.3.0-rc.01', '1.3.0-rc.01 is not a version'],
    ['fix-1.2-hot', '1.2 is not X.Y.Z; name it fix-1.2.0-hot']
  ])('%j is misnamed: %s', (branch, fragment) => {
    expect(() => parseReleaseBranch(branch, custom)).toThrow(fragment)
  })

  test('a bare {version} template matches only a bare version', () => {
    const bare = parseBranchPatterns('{version}')
    expect(parseReleaseBranch('1.3.0', bare)).toMatchObject({ kind: 'release', version: '1.3.0' })
    expect(parseReleaseBranch('1.3', bare)).toBeUndefined()
    expect(parseReleaseBranch('develop', bare)).toBeUndefined()
  })

  test('a hand-built invalid pattern is refused', () => {
    expect(() => parseReleaseBranch('x', { release: ['r/{v}'], hotfix: [] })).toThrow(
      ConfigurationError
    )
  })
})

describe('branchNameFor', () => {
  test.each([
    ['1.3.0', 'release', defaults, 'release-v1.3.0'],
    ['1.2.1', 'hotfix', defaults, 'hotfix-v1.2.1'],
    ['v2.0.0', 'release', defaults, 'release-v2.0.0'],
    ['1.3.0', 'release', parseBranchPatterns('release/{version}'), 'release/1.3.0'],
    ['1.3.0-rc.1', 'release', parseBranchPatterns('rc/{semver}'), 'rc/1.3.0-rc.1'],
    ['1.2.1', 'hotfix', parseBranchPatterns(undefined, 'fix-{semver}-hot'), 'fix-1.2.1-hot']
  ] as const)('%s (%s) -> %s', (version, kind, patterns, expected) => {
    expect(branchNameFor(version, kind, patterns)).toBe(expected)
  })

  test('names round-trip through parseReleaseBranch', () => {
    for (const kind of ['release', 'hotfix'] as const) {
      const name = branchNameFor('3.4.0', kind, defaults)
      expect(parseReleaseBranch(name, defaults)).toMatchObject({ kind, version: '3.4.0' })
    }
  })

  test('a pre-release under {version} says to use {semver}', () => {
    const error = catchError(() => branchNameFor('1.3.0-rc.1', 'release', defaults))
    expect(error.input).toBe('version')
    expect(error.message).toContain('`release-v{version}` takes X.Y.Z only')
    expect(error.message).toContain('{semver}')
  })

  test('an invalid version is refused', () => {
    expect(() => branchNameFor('1.3', 'release', defaults)).toThrow('1.3 is not X.Y.Z; use 1.3.0')
  })

  test('no template of the kind is refused', () => {
    const error = catchError(() =>
      branchNameFor('1.2.1', 'hotfix', { release: ['r/{version}'], hotfix: [] })
    )
    expect(error.input).toBe('hotfix-branch-pattern')
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
