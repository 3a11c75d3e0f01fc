import { describe, expect, test } from '@jest/globals'
import { yankSection } from './yank.js'

const TEXT = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [1.3.0] - 2026-12-03',
  '### Added',
  '- X (JIRA-1)',
  '',
  '## [1.2.0] - 2026-10-01',
  '### Added',
  '- Y',
  '',
  '[1.3.0]: https://github.com/acme/app/compare/v1.2.0...v1.3.0',
  ''
].join('\n')

describe('yankSection', () => {
  test('marks only the heading of the version, once; CRLF kept', () => {
    const yanked = yankSection(TEXT, '1.3.0')!
    expect(yanked).toBe(TEXT.replace('## [1.3.0] - 2026-12-03', '## [1.3.0] - 2026-12-03 [YANKED]'))
    expect(yankSection(yanked, '1.3.0')).toBe(yanked)
    const crlf = TEXT.replace(/\n/g, '\r\n')
    expect(yankSection(crlf, '1.3.0')).toBe(
      crlf.replace('## [1.3.0] - 2026-12-03\r\n', '## [1.3.0] - 2026-12-03 [YANKED]\r\n')
    )
  })

  test('no section for the version: undefined', () => {
    expect(yankSection(TEXT, '1.4.0')).toBeUndefined()
  })
})
