import { describe, expect, test } from '@jest/globals'
import { readReleaseSection, ticketKeys } from './release-section.js'

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [1.3.0] - 2026-11-23',
  '### Added',
  '- New feature X (JIRA-1234)',
  '',
  '### Fixed',
  '- Bug in feature W (JIRA-1237, JIRA-1234)',
  '',
  '## [1.2.0] - 2026-10-01',
  '### Added',
  '- Initial release (JIRA-1000)',
  '',
  '[Unreleased]: https://github.com/acme/app/compare/v1.3.0...HEAD',
  '[1.3.0]: https://github.com/acme/app/compare/v1.2.0...v1.3.0',
  ''
].join('\n')

describe('readReleaseSection', () => {
  test('reads the body, date and line of a version', () => {
    expect(readReleaseSection(CHANGELOG, '1.3.0')).toEqual({
      version: '1.3.0',
      date: '2026-11-23',
      line: 5,
      body: '### Added\n- New feature X (JIRA-1234)\n\n### Fixed\n- Bug in feature W (JIRA-1237, JIRA-1234)',
      ticketKeys: ['JIRA-1234', 'JIRA-1237']
    })
  })

  test('stops at the link references for the last section', () => {
    expect(readReleaseSection(CHANGELOG, '1.2.0')?.body).toBe(
      '### Added\n- Initial release (JIRA-1000)'
    )
  })

  test('is undefined for a version the file does not have', () => {
    expect(readReleaseSection(CHANGELOG, '1.4.0')).toBeUndefined()
  })

  test('reads CRLF files, keeping their line endings', () => {
    expect(readReleaseSection(CHANGELOG.replace(/\n/g, '\r\n'), '1.2.0')?.body).toBe(
      '### Added\r\n- Initial release (JIRA-1000)'
    )
  })
})

test('ticketKeys lists each key once, in order', () => {
  expect(ticketKeys(readReleaseSection(CHANGELOG, '1.3.0')!.body)).toEqual([
    'JIRA-1234',
    'JIRA-1237'
  ])
  expect(ticketKeys('fixes ABC-1 and #12, #12', /#\d+/)).toEqual(['#12'])
})
