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
      versions: ['1.10.0', '1.9.0', '1.0.0-rc.1'],
      hasUnreleased: true
    })
  })

  test('an empty file and a file without releases have no problems', () => {
    expect(checkChangelog('').problems).toEqual([])
    expect(checkChangelog('# Changelog\n\n## [Unreleased]\n').hasUnreleased).toBe(true)
  })

  test.each([
    ['## 1.2.0 - 2026-01-01', /is not a release heading/],
    ['## [v1.2.0] - 2026-01-01', /"v1\.2\.0" is not a version X\.Y\.Z/],
    ['## [1.2] - 2026-01-01', /"1\.2" is not a version/],
    ['## [1.2.0]', /is not a release heading/],
    ['## [1.2.0] - 01/02/2026', /is not a release heading/],
    ['## [1.2.0] - 2026-02-30', /2026-02-30 is not a date/],
    ['## Released', /is not a release heading/]
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
      [2, '[Unreleased] must come before every release (it follows 1.0.0)'],
      [3, '[1.1.0] is below [1.0.0] (line 1) but not older: versions must descend'],
      [4, '[1.0.0] appears twice (also on line 1)'],
      [5, 'a second [Unreleased] section (the first is on line 2)']
    ])
  })

  test('headings inside code fences are not headings', () => {
    const text = lines('## [Unreleased]', '```md', '## anything', '```', '~~~', '## x', '~~~')
    expect(checkChangelog(text).problems).toEqual([])
  })
})
