import semver from './semver.js'
import { latestReleaseTag, parseReleaseTags } from './tags.js'

describe('parseReleaseTags', () => {
  const mixed = [
    'v1.2.0',
    'v1.2.0-rc.1',
    'latest',
    'v1',
    'foo',
    'v1.10.0',
    'v1.9.3',
    'v0.9.0',
    'v2.0.0-beta.1',
    'refs/tags/v1.3.0',
    'V1.4.0',
    '1.5.0',
    'v1.03.0',
    'v1.2',
    'v1.2.0.1',
    'v1.2.0+build',
    'release-1.6.0',
    'v1.2.0'
  ]

  test('keeps only vX.Y.Z, newest first by semver, without duplicates', () => {
    expect(parseReleaseTags(mixed)).toEqual([
      { name: 'v1.10.0', version: '1.10.0' },
      { name: 'v1.9.3', version: '1.9.3' },
      { name: 'v1.3.0', version: '1.3.0' },
      { name: 'v1.2.0', version: '1.2.0' },
      { name: 'v0.9.0', version: '0.9.0' }
    ])
  })

  test.each([
    ['', ['1.5.0']],
    ['release-', ['release-1.6.0']],
    ['V', ['V1.4.0']]
  ])('with prefix %j the tags are %j', (prefix, names) => {
    expect(parseReleaseTags(mixed, prefix).map((tag) => tag.name)).toEqual(names)
  })

  test.each([
    [
      ['v2.0.0', 'v10.0.0', 'v9.99.99'],
      ['v10.0.0', 'v9.99.99', 'v2.0.0']
    ],
    [
      ['v0.0.1', 'v0.1.0', 'v0.0.10'],
      ['v0.1.0', 'v0.0.10', 'v0.0.1']
    ],
    [[], []],
    [['latest', 'v1', 'nightly'], []]
  ])('%j sorts to %j', (tags, expected) => {
    expect(parseReleaseTags(tags).map((tag) => tag.name)).toEqual(expected)
  })

  test("orders many tags as semver does, numbers up to semver's limit, past it left out", () => {
    // A long history's tags, shuffled: each number drawn from a spread that crosses digit counts.
    const numbers = [0, 1, 2, 9, 10, 11, 99, 100, 101, 1000, 2 ** 31, Number.MAX_SAFE_INTEGER]
    let seed = 7
    const pick = () => numbers[(seed = (seed * 48271) % 2147483647) % numbers.length]
    const names = Array.from({ length: 600 }, () => `v${pick()}.${pick()}.${pick()}`)
    names.push('v9007199254740992.0.0', 'v1.9007199254740993.0')
    const bySemver = [...new Set(names)]
      .filter((name) => semver.valid(name.slice(1)) !== null)
      .sort((a, b) => semver.rcompare(a.slice(1), b.slice(1)))
    expect(bySemver.length).toBeGreaterThan(400)
    expect(parseReleaseTags(names).map((tag) => tag.name)).toEqual(bySemver)
  })
})

describe('latestReleaseTag', () => {
  test.each([
    [['v1.2.0', 'v1.3.0-rc.1', 'v1.1.9'], { name: 'v1.2.0', version: '1.2.0' }],
    [['v1.3.0-rc.1', 'latest'], undefined],
    [[], undefined]
  ])('of %j is %j', (tags, expected) => {
    expect(latestReleaseTag(tags)).toEqual(expected)
  })
})
