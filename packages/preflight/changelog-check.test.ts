import { checkChangelog } from './changelog-check.js'

const lines = (...l: string[]) => l.join('\n')

describe('checkChangelog', () => {
  test('a Keep a Changelog file passes, CRLF and yanked releases included', () => {
    const text = lines(
      '# Changelog',
      '## [Unreleased]',
      '### Added',
      '- x',
      '## [1.10.0] - 2026-10-01',
      '## [1.9.0] - 2026-02-28 [YANKED]',
      '## [1.0.0-rc.1] - 2024-02-29',
      '[Unreleased]: https://example.com'
    ).replace(/\n/g, '\r\n')
    expect(checkChangelog(text)).toEqual({
      problems: [],
      notices: [],
      versions: ['1.10.0', '1.9.0', '1.0.0-rc.1'],
      hasUnreleased: true
    })
  })

  test('an empty file and a file without releases have no problems', () => {
    expect(checkChangelog('').problems).toEqual([])
    expect(checkChangelog('# Changelog\n\n## [Unreleased]\n').hasUnreleased).toBe(true)
  })

  test.each([
    ['## 1.2.0 - 2026-01-01', /is not a Keep a Changelog release heading/],
    ['## [1.2] - 2026-01-01', /'1\.2' .* is not a version/],
    ['## [1.2.0]', /has no date/],
    ['## [1.2.0] - 01/02/2026', /'01\/02\/2026' of 1\.2\.0 is not an ISO date/],
    ['## [1.2.0] - 2026-02-30', /'2026-02-30' of 1\.2\.0 is not an ISO date/],
    ['## Released', /is not a Keep a Changelog release heading/]
  ])('%j is a problem on its line', (heading, message) => {
    const { problems } = checkChangelog(lines('# Changelog', '', heading))
    expect(problems).toHaveLength(1)
    expect(problems[0]?.line).toBe(3)
    expect(problems[0]?.message).toMatch(message)
  })

  test('order, duplicates and a misplaced or repeated [Unreleased]', () => {
    const { problems } = checkChangelog(
      lines(
        '## [1.0.0] - 2026-01-01',
        '## [Unreleased]',
        '## [1.1.0] - 2026-02-01',
        '## [1.0.0] - 2026-01-01',
        '## [unreleased]'
      )
    )
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, '[Unreleased] must be the first section, above 1.0.0 (line 1).'],
      [
        3,
        'versions are out of order: 1.1.0 comes after 1.0.0 (line 1); list the newest release first.'
      ],
      [4, 'a second section for 1.0.0 (the first is at line 1); merge them into one.'],
      [5, 'a second [Unreleased] section (the first is at line 2); merge them into one.']
    ])
  })

  test('what update-changelog accepts, preflight accepts: v labels, inline links, ### releases', () => {
    const text = lines(
      '# Changelog',
      '## 2026',
      '### [Unreleased](https://h/o/r/compare/v1.2.0...HEAD)',
      '### [v1.2.0](https://h/o/r/compare/v1.1.0...v1.2.0) - 2026-01-01',
      '## 2025',
      '### [1.1.0] – 2025-06-01'
    )
    expect(checkChangelog(text)).toEqual({
      problems: [],
      notices: [],
      versions: ['1.2.0', '1.1.0'],
      hasUnreleased: true
    })
  })

  test('irregular old history is a notice, not a problem', () => {
    const text = lines('## [Unreleased]', '## [1.2.0] - 2026-01-01', '## 0.9 beta', '## [0.8.0]')
    const result = checkChangelog(text)
    expect(result.problems).toEqual([])
    expect(result.notices.map((n) => n.line)).toEqual([3, 4])
  })

  test('headings inside code fences are not headings', () => {
    const text = lines('## [Unreleased]', '```md', '## anything', '```', '~~~', '## x', '~~~')
    expect(checkChangelog(text).problems).toEqual([])
  })
})
