import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '../base/errors.js'
import { readReleaseSection } from './index.js'
import { decodeChangelog, isIsoDate, parseChangelog, sectionBody, splitLines } from './parse.js'

const SEED = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '### Added',
  '- Pending thing (JIRA-9)',
  '',
  '## [1.2.0] - 2026-10-01',
  '### Added',
  '- Initial release (JIRA-1000)',
  '  continued here',
  '',
  '### Fixed',
  '* A fix',
  '',
  '## [1.1.0] - 2026-09-01',
  'Loose text.',
  '',
  '[Unreleased]: https://x/compare/v1.2.0...HEAD',
  '[1.2.0]: https://x/compare/v1.1.0...v1.2.0',
  ''
].join('\n')

function refusal(text: string): ConfigurationError {
  try {
    parseChangelog(text)
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('parseChangelog', () => {
  test('sections, groups, entries and links with their offsets', () => {
    const doc = parseChangelog(SEED)
    expect(doc.sections.map((s) => [s.label, s.version, s.date, s.line])).toEqual([
      ['Unreleased', undefined, undefined, 3],
      ['1.2.0', '1.2.0', '2026-10-01', 7],
      ['1.1.0', '1.1.0', '2026-09-01', 15]
    ])
    const release = doc.sections[1]
    expect(release.groups.map((g) => g.name)).toEqual(['Added', 'Fixed'])
    expect(release.groups[0].entries[0].text).toBe('Initial release (JIRA-1000) continued here')
    expect(release.groups[1].entries[0].text).toBe('A fix')
    expect(SEED.slice(release.start, release.end)).toMatch(/^## \[1\.2\.0\][^]*\* A fix\n\n$/)
    expect(doc.sections[2].preface.map((l) => l.text)).toEqual(['Loose text.'])
    expect(doc.links.map((l) => l.label)).toEqual(['Unreleased', '1.2.0'])
    expect(SEED.slice(doc.linksStart)).toMatch(/^\[Unreleased\]/)
    expect(sectionBody(doc, release)).toBe(
      '### Added\n- Initial release (JIRA-1000)\n  continued here\n\n### Fixed\n* A fix'
    )
  })

  test('CRLF files keep their line ending', () => {
    const doc = parseChangelog(SEED.replace(/\n/g, '\r\n'))
    expect(doc.eol).toBe('\r\n')
    expect(doc.sections[1].groups[0].entries[0].text).toBe(
      'Initial release (JIRA-1000) continued here'
    )
  })

  test('headings inside code fences are not sections', () => {
    const doc = parseChangelog(
      '# C\n\n## [1.0.0] - 2026-01-01\n### Added\n- x\n```\n## not a heading\n```\n'
    )
    expect(doc.sections).toHaveLength(1)
  })

  test('link-style headings, v-prefixed versions and [YANKED] are accepted', () => {
    const doc = parseChangelog(
      '## [v2.0.0](https://x) - 2026-01-02\n\n## [1.0.0] - 2026-01-01 [YANKED]\n'
    )
    expect(doc.sections.map((s) => s.version)).toEqual(['2.0.0', '1.0.0'])
  })

  test.each([
    [
      '## 1.2.0',
      1,
      /'## 1\.2\.0' is not a Keep a Changelog release heading; write '## \[1\.2\.0\] - YYYY-MM-DD'/
    ],
    ['## v1.2.0 - 2026-01-01', 1, /write '## \[1\.2\.0\] - 2026-01-01'/],
    ['# T\n\n## Notes', 3, /'## Notes' is not a Keep a Changelog release heading/],
    ['## [1.2.0]', 1, /no date/],
    ['## [1.2.0] - 2026/01/01', 1, /'2026\/01\/01' of 1\.2\.0 is not an ISO date/],
    ['## [1.2.0] - 2026-02-30', 1, /not an ISO date/],
    ['## [next] - 2026-01-01', 1, /'next'.*is not a version/],
    [
      '## [1.0.0] - 2026-01-01\n\n## [1.0.0] - 2026-01-01',
      3,
      /second section for 1\.0\.0 \(the first is at line 1\)/
    ],
    [
      '## [1.0.0] - 2026-01-01\n\n## [1.1.0] - 2026-01-02',
      3,
      /out of order: 1\.1\.0 comes after 1\.0\.0/
    ],
    ['## [1.0.0] - 2026-01-01\n\n## [Unreleased]', 3, /\[Unreleased\] must be the first section/],
    ['## [Unreleased]\n## [unreleased]', 2, /a second \[Unreleased\] section/]
  ])('%j is refused at line %d', (text, line, message) => {
    const error = refusal(text)
    expect(error.message).toMatch(message)
    expect(error.message).toMatch(new RegExp(`^CHANGELOG\\.md line ${line}: `))
    expect(error.locations).toEqual([{ file: 'CHANGELOG.md', line }])
  })
})

describe('decodeChangelog', () => {
  test('UTF-8 (with a BOM) decodes as is', () => {
    expect(decodeChangelog(Buffer.from('\ufeff# Café\n'), 'CHANGELOG.md')).toBe('\ufeff# Café\n')
  })

  test('a Latin-1 byte is refused with its line', () => {
    const bytes = Buffer.concat([
      Buffer.from('# C\n\n- caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n')
    ])
    expect(() => decodeChangelog(bytes, 'docs/CHANGES.md')).toThrow(
      /docs\/CHANGES\.md is not UTF-8 \(line 3/
    )
  })
})

describe('helpers', () => {
  test.each([
    ['2026-11-23', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-1-2', false],
    ['23.11.2026', false],
    ['', false]
  ])('isIsoDate(%j) is %s', (value, valid) => expect(isIsoDate(value)).toBe(valid))

  test('splitLines keeps offsets over mixed line endings', () => {
    const lines = splitLines('a\r\nb\nc')
    expect(lines.map((l) => [l.text, l.start, l.end, l.next])).toEqual([
      ['a', 0, 1, 3],
      ['b', 3, 4, 5],
      ['c', 5, 6, 6]
    ])
  })
})

describe('readReleaseSection', () => {
  test('the body and ticket keys of a version', () => {
    expect(readReleaseSection(SEED, '1.2.0')).toEqual({
      version: '1.2.0',
      date: '2026-10-01',
      line: 7,
      body: '### Added\n- Initial release (JIRA-1000)\n  continued here\n\n### Fixed\n* A fix',
      ticketKeys: ['JIRA-1000']
    })
    expect(readReleaseSection(Buffer.from(SEED), '1.1.0')?.body).toBe('Loose text.')
  })

  test('undefined for a version without a section; tolerant of irregular lines; bytes must be UTF-8', () => {
    expect(readReleaseSection(SEED, '9.9.9')).toBeUndefined()
    // A reader needs only its section: an irregular heading elsewhere does not stop it.
    expect(readReleaseSection('## 1.0.0\n', '1.0.0')).toBeUndefined()
    expect(
      readReleaseSection('## Notes\n\n## [1.0.0] - 2026-01-01\n- x\n## [2]\n', '1.0.0')?.body
    ).toBe('- x')
    expect(() => readReleaseSection(Uint8Array.from([0x23, 0xff]), '1.0.0')).toThrow(
      ConfigurationError
    )
  })
})
