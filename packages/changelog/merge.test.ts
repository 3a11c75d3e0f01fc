import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '../base/errors.js'
import { detectLinkStyle, renderLinkBlock, updateReleaseLinks } from './links.js'
import {
  EntryIndex,
  mergeRelease,
  normalizeEntry,
  type MergeRequest,
  type ReleaseEntry
} from './merge.js'
import { parseChangelog } from './parse.js'
import { DEFAULT_ISSUE_PATTERN, SEED_STYLE } from './render.js'

const issuePattern = new RegExp(DEFAULT_ISSUE_PATTERN)
const HEAD = '# Changelog\n\nIntro.\n\n'
const SEED = `${HEAD}## [Unreleased]\n\n## [1.2.0] - 2026-10-01\n### Added\n- Initial (JIRA-1000)\n\n[Unreleased]: https://github.com/acme/app/compare/v1.2.0...HEAD\n[1.2.0]: https://github.com/acme/app/releases/tag/v1.2.0\n`

function request(entries: ReleaseEntry[], version = '1.3.0'): MergeRequest {
  return { version, date: '2026-11-23', entries, links: { issuePattern }, style: SEED_STYLE }
}

const COMMITS: ReleaseEntry[] = [
  { group: 'Added', text: 'New feature X (JIRA-1234)' },
  { group: 'Fixed', text: 'Bug in W (JIRA-1237)' },
  { group: 'Added', text: 'New feature Y (JIRA-1235)' },
  { group: 'Fixed', text: 'Bug in W, again (JIRA-1237)' }
]

describe('mergeRelease: a new section', () => {
  test('above the previous release, [Unreleased] kept empty, the rest byte for byte; one key, two changes', () => {
    const { text, rerun } = mergeRelease(parseChangelog(SEED), request(COMMITS))
    expect(rerun).toBe(false)
    expect(text).toBe(
      SEED.replace(
        '## [1.2.0]',
        '## [1.3.0] - 2026-11-23\n### Added\n- New feature X (JIRA-1234)\n- New feature Y (JIRA-1235)\n\n### Fixed\n- Bug in W (JIRA-1237)\n- Bug in W, again (JIRA-1237)\n\n## [1.2.0]'
      )
    )
  })

  test('entries under [Unreleased] move in, as written, and commits they name are not repeated', () => {
    const withPending = SEED.replace(
      '## [Unreleased]\n',
      '## [Unreleased]\nA note.\n\n### Fixed\n- Hand-written fix for W (JIRA-1237)\n  with detail\n'
    )
    const { text } = mergeRelease(parseChangelog(withPending), request(COMMITS))
    expect(text).toContain(
      '## [Unreleased]\n\n## [1.3.0] - 2026-11-23\nA note.\n\n### Added\n- New feature X (JIRA-1234)\n- New feature Y (JIRA-1235)\n\n### Fixed\n- Hand-written fix for W (JIRA-1237)\n  with detail\n\n## [1.2.0]'
    )
  })

  test('CRLF files get CRLF sections', () => {
    const { text } = mergeRelease(
      parseChangelog(SEED.replace(/\n/g, '\r\n')),
      request(COMMITS.slice(0, 1))
    )
    expect(text).toContain(
      '## [1.3.0] - 2026-11-23\r\n### Added\r\n- New feature X (JIRA-1234)\r\n\r\n## [1.2.0]'
    )
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
  })

  test('a hotfix goes below a newer release, at its place by version', () => {
    const newer = SEED.replace(
      '## [1.2.0]',
      '## [1.3.0] - 2026-11-01\n### Added\n- Later\n\n## [1.2.0]'
    )
    const { text } = mergeRelease(
      parseChangelog(newer),
      request([{ group: 'Fixed', text: 'Crash' }], '1.2.1')
    )
    expect(text).toContain('- Later\n\n## [1.2.1] - 2026-11-23\n### Fixed\n- Crash\n\n## [1.2.0]')
  })

  test('a file with no sections gets the section above its links', () => {
    const { text } = mergeRelease(
      parseChangelog('# Changelog\n\n[x]: https://x\n'),
      request(COMMITS.slice(0, 1))
    )
    expect(text).toBe(
      '# Changelog\n\n## [1.3.0] - 2026-11-23\n### Added\n- New feature X (JIRA-1234)\n\n[x]: https://x\n'
    )
  })

  test('nothing to release is an error', () => {
    expect(() => mergeRelease(parseChangelog(SEED), request([]))).toThrow(ConfigurationError)
  })
})

describe('mergeRelease: a rerun', () => {
  const first = mergeRelease(parseChangelog(SEED), request(COMMITS)).text

  test('nothing new: the text is unchanged', () => {
    const { text, rerun, added } = mergeRelease(parseChangelog(first), request(COMMITS))
    expect(rerun).toBe(true)
    expect(text).toBe(first)
    expect(added.size).toBe(0)
  })

  test('new entries go to the end of their group, a new group in its place; edits are kept', () => {
    const edited = first
      .replace('- New feature Y (JIRA-1235)', '- Feature Y, reworded by a person (JIRA-1235)')
      .replace('### Fixed\n', '### Fixed\n- A line someone added\n')
    const more: ReleaseEntry[] = [
      ...COMMITS,
      { group: 'Fixed', text: 'Crash on empty input (JIRA-1240)' },
      { group: 'Changed', text: 'Faster start' },
      { group: 'Security', text: 'Escape HTML' },
      { group: 'Added', text: 'new feature x (jira-1234).' }
    ]
    const { text, added } = mergeRelease(parseChangelog(edited), request(more))
    expect(text).toBe(
      edited
        .replace(
          '- Bug in W, again (JIRA-1237)\n',
          '- Bug in W, again (JIRA-1237)\n- Crash on empty input (JIRA-1240)\n\n### Security\n- Escape HTML\n'
        )
        .replace('### Fixed\n', '### Changed\n- Faster start\n\n### Fixed\n')
    )
    expect([...added].map(([g, l]) => [g, l.length])).toEqual([
      ['Fixed', 1],
      ['Changed', 1],
      ['Security', 1]
    ])
  })

  test('an empty section gets its first group', () => {
    const empty = SEED.replace('## [1.2.0]', '## [1.3.0] - 2026-11-01\n\n## [1.2.0]')
    const { text } = mergeRelease(parseChangelog(empty), request(COMMITS.slice(0, 1)))
    expect(text).toContain(
      '## [1.3.0] - 2026-11-01\n### Added\n- New feature X (JIRA-1234)\n\n## [1.2.0]'
    )
  })
})

describe('EntryIndex and normalizeEntry', () => {
  test('same words are the same entry; a ticket or #PR only when a person wrote the line', () => {
    const index = new EntryIndex(issuePattern)
    index.add('- [JIRA-1](https://x) Something', true)
    index.add('Other thing (#12)', true)
    index.add('**api:** Plain words.')
    index.add('Commit about JIRA-7')
    expect(index.has('Another commit about JIRA-7')).toBe(false)
    expect(index.has('Different words (JIRA-1)')).toBe(true)
    expect(index.has('Fix (#12)')).toBe(true)
    expect(index.has('api:   plain WORDS')).toBe(true)
    expect(index.has('New (JIRA-2)')).toBe(false)
    expect(index.has('Issue #123')).toBe(false)
  })

  test.each([
    ['- **Breaking:** Drop it.', 'breaking: drop it'],
    ['[Link](https://x) `code`', 'link code']
  ])('%j -> %j', (text, normal) => expect(normalizeEntry(text)).toBe(normal))
})

describe('links', () => {
  const release = { version: '1.3.0', previousVersion: '1.2.0', unreleased: true }

  test('[Unreleased] moves past the release, the release link goes above the older ones', () => {
    const text = updateReleaseLinks(parseChangelog(SEED), release, undefined, false)
    expect(text.slice(text.indexOf('[Unreleased]:'))).toBe(
      '[Unreleased]: https://github.com/acme/app/compare/v1.3.0...HEAD\n[1.3.0]: https://github.com/acme/app/compare/v1.2.0...v1.3.0\n[1.2.0]: https://github.com/acme/app/releases/tag/v1.2.0\n'
    )
    expect(updateReleaseLinks(parseChangelog(text), release, undefined, false)).toBe(text)
  })

  test("the file's style: another host, tags without v, two dots, lower-case label", () => {
    const gitlab =
      '## [Unreleased]\n\n[unreleased]: https://gitlab.example.com/g/app/-/compare/1.2.0..HEAD\n'
    expect(updateReleaseLinks(parseChangelog(gitlab), release, undefined, false)).toBe(
      '## [Unreleased]\n\n[unreleased]: https://gitlab.example.com/g/app/-/compare/1.3.0..HEAD\n[1.3.0]: https://gitlab.example.com/g/app/-/compare/1.2.0..1.3.0\n'
    )
  })

  test('releases linked to their tag pages stay so; [Unreleased] keeps the branch it names', () => {
    const poetry = [
      '## [Unreleased]',
      '',
      '[Unreleased]: https://h/o/r/compare/1.2.0...master',
      '[1.2.0]: https://h/o/r/releases/tag/1.2.0',
      '[1.1.0]: https://h/o/r/releases/tag/1.1.0',
      ''
    ].join('\n')
    const text = updateReleaseLinks(parseChangelog(poetry), release, undefined, false)
    expect(text).toBe(
      poetry
        .replace('compare/1.2.0...master', 'compare/1.3.0...master')
        .replace('[1.2.0]:', '[1.3.0]: https://h/o/r/releases/tag/1.3.0\n[1.2.0]:')
    )
    expect(updateReleaseLinks(parseChangelog(text), release, undefined, false)).toBe(text)
  })

  test('a stale [Unreleased] link (an older release) points past the new one', () => {
    const stale = SEED.replace('compare/v1.2.0...HEAD', 'compare/v1.1.0...HEAD')
    const text = updateReleaseLinks(parseChangelog(stale), release, undefined, false)
    expect(text).toContain('[Unreleased]: https://github.com/acme/app/compare/v1.3.0...HEAD\n')
  })

  test('a file without links is left alone unless it is new', () => {
    const fallback = {
      base: 'https://github.com/acme/app',
      tag: 'v{version}',
      separator: '...' as const
    }
    const bare = '## [Unreleased]\n\n## [1.3.0] - 2026-11-23\n'
    expect(updateReleaseLinks(parseChangelog(bare), release, fallback, false)).toBe(bare)
    expect(
      updateReleaseLinks(
        parseChangelog(bare),
        { ...release, previousVersion: undefined },
        fallback,
        true
      )
    ).toBe(
      bare +
        '\n[Unreleased]: https://github.com/acme/app/compare/v1.3.0...HEAD\n[1.3.0]: https://github.com/acme/app/releases/tag/v1.3.0\n'
    )
  })

  test('detectLinkStyle prefers [Unreleased], then any compare or tag link', () => {
    const doc = parseChangelog('[1.0.0]: https://h/o/r/releases/tag/release-1.0.0\n')
    expect(detectLinkStyle(doc.links, undefined)).toEqual({
      base: 'https://h/o/r',
      tag: 'release-{version}',
      separator: '...'
    })
  })

  test('renderLinkBlock for a rebuilt file', () => {
    const style = { base: 'https://g/a', tag: 'v{version}', separator: '...' as const }
    expect(renderLinkBlock(style, ['1.1.0', '1.0.0'], true, '\n')).toBe(
      '[Unreleased]: https://g/a/compare/v1.1.0...HEAD\n[1.1.0]: https://g/a/compare/v1.0.0...v1.1.0\n[1.0.0]: https://g/a/releases/tag/v1.0.0\n'
    )
  })
})
