import { describe, expect, test } from '@jest/globals'
import { parseChangelog } from './parse.js'
import {
  DEFAULT_ISSUE_PATTERN,
  detectStyle,
  linkReferences,
  renderSection,
  SEED_STYLE,
  ticketKeys
} from './render.js'

const issuePattern = new RegExp(DEFAULT_ISSUE_PATTERN)
const links = {
  issuePattern,
  issueUrl: 'https://jira.example.com/browse/{key}',
  repositoryUrl: 'https://ghe.example.com/acme/app'
}

describe('linkReferences', () => {
  test.each([
    [
      'New feature X (JIRA-1234)',
      'New feature X ([JIRA-1234](https://jira.example.com/browse/JIRA-1234))'
    ],
    ['Fix (#12)', 'Fix ([#12](https://ghe.example.com/acme/app/pull/12))'],
    [
      'AB-1 and CD2-22',
      '[AB-1](https://jira.example.com/browse/AB-1) and [CD2-22](https://jira.example.com/browse/CD2-22)'
    ],
    ['Already [JIRA-1](https://x/JIRA-1) linked', 'Already [JIRA-1](https://x/JIRA-1) linked'],
    ['Not a ticket: utf-8, A-b, x#12, &#12;', 'Not a ticket: utf-8, A-b, x#12, &#12;'],
    [
      '#1 at the start, docs/#2 in a path, [a](b)#3 after a link, _#4',
      '[#1](https://ghe.example.com/acme/app/pull/1) at the start, docs/#2 in a path, [a](b)[#3](https://ghe.example.com/acme/app/pull/3) after a link, _#4'
    ],
    ['', '']
  ])('%j', (text, linked) => {
    expect(linkReferences(text, links)).toBe(linked)
  })

  test('keys stay plain without issue-url; #12 plain without a repository', () => {
    expect(linkReferences('X (JIRA-1) (#2)', { issuePattern })).toBe('X (JIRA-1) (#2)')
  })

  test('a custom issue pattern', () => {
    const custom = { ...links, issuePattern: /GH-\d+/ }
    expect(linkReferences('GH-7 and JIRA-1', custom)).toBe(
      '[GH-7](https://jira.example.com/browse/GH-7) and JIRA-1'
    )
  })

  test('ticketKeys lists each key once, in order', () => {
    expect(ticketKeys('AB-1, CD-2 and AB-1 again', issuePattern)).toEqual(['AB-1', 'CD-2'])
    expect(ticketKeys('none here', issuePattern)).toEqual([])
  })
})

describe('renderSection', () => {
  const groups = new Map([
    ['Fixed', ['- Bug W']],
    ['Added', ['- X', '- Y']],
    ['Notes', ['- custom group']],
    ['Removed', []]
  ])

  test('Keep a Changelog order, empty groups left out, in the seed layout', () => {
    expect(
      renderSection(
        { version: '1.3.0', date: '2026-11-23' },
        { preface: [], groups },
        SEED_STYLE,
        '\n'
      )
    ).toBe(
      '## [1.3.0] - 2026-11-23\n### Added\n- X\n- Y\n\n### Fixed\n- Bug W\n\n### Notes\n- custom group\n\n'
    )
  })

  test('the layout of Keep a Changelog itself, with CRLF and a preface', () => {
    const style = { ...SEED_STYLE, blankAfterHeading: true, blankAfterGroup: true }
    expect(
      renderSection(
        { version: '1.3.0', date: '2026-11-23' },
        { preface: ['Big one.'], groups: new Map([['Added', ['- X']]]) },
        style,
        '\r\n'
      )
    ).toBe('## [1.3.0] - 2026-11-23\r\n\r\nBig one.\r\n\r\n### Added\r\n\r\n- X\r\n\r\n')
  })

  test('an empty [Unreleased]', () => {
    expect(renderSection('Unreleased', { preface: [], groups: new Map() }, SEED_STYLE, '\n')).toBe(
      '## [Unreleased]\n\n'
    )
  })
})

describe('detectStyle', () => {
  test.each([
    ['## [1.0.0] - 2026-01-01\n### Added\n- x\n', SEED_STYLE],
    [
      '## [1.0.0] - 2026-01-01\n\n### Added\n\n* x\n',
      { ...SEED_STYLE, blankAfterHeading: true, blankAfterGroup: true, bullet: '*' }
    ],
    [
      '## [Unreleased]\n\n### Added\n\n- y\n\n## [1.0.0] - 2026-01-01\n### Added\n+ x\n',
      { ...SEED_STYLE, bullet: '+' }
    ],
    // A newest section that opens with a paragraph keeps its blank line under the heading.
    [
      '## [1.0.0] - 2026-01-01\n\nA big one.\n\n### Added\n- x\n',
      { ...SEED_STYLE, blankAfterHeading: true }
    ],
    // One level down, with the label's own link and an en dash: new headings follow it.
    [
      '# Log\n\n## 2026\n\n### [v1.0.0](https://h/o/r/compare/v0.9.0...v1.0.0) – 2026-01-01\n#### Added\n- x\n',
      {
        ...SEED_STYLE,
        form: {
          level: 3,
          labelPrefix: 'v',
          linked: true,
          separator: ' – ',
          dateInParentheses: false
        }
      }
    ]
  ])('%j', (text, style) => {
    expect(detectStyle(parseChangelog(text))).toEqual(style)
  })

  test('the seed layout for a new file', () => {
    expect(detectStyle(undefined)).toEqual(SEED_STYLE)
  })
})
