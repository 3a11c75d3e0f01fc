import { describe, expect, test } from '@jest/globals'
import type { ReleaseEntry } from './merge.js'
import { PreparedEntries } from './rebuild.js'
import { DEFAULT_ISSUE_PATTERN, SEED_STYLE } from './render.js'
import { StringPack } from './string-pack.js'

const links = {
  issuePattern: new RegExp(DEFAULT_ISSUE_PATTERN),
  issueUrl: 'https://jira.example.com/browse/{key}',
  repositoryUrl: 'https://github.com/acme/app'
}

describe('PreparedEntries', () => {
  const entries = new PreparedEntries({ ...SEED_STYLE, bullet: '*' }, links)
  const add = (group: ReleaseEntry['group'], text: string): number => entries.add({ group, text })

  test('an entry comes back with its identity and its line, rendered in the style', () => {
    const id = add('Fixed', 'Bug in W (JIRA-7, JIRA-8) (#12)')
    expect(entries.get(id)).toEqual({
      group: 'Fixed',
      text: 'Bug in W (JIRA-7, JIRA-8) (#12)',
      identity: 'bug in w (jira-7, jira-8) (#12)',
      line: '* Bug in W ([JIRA-7](https://jira.example.com/browse/JIRA-7), [JIRA-8](https://jira.example.com/browse/JIRA-8)) ([#12](https://github.com/acme/app/pull/12))'
    })
    expect(entries.get(add('Added', 'Search Box')).identity).toBe('search box')
  })

  test('grouping keeps each text once (two changes may share a ticket), in Keep a Changelog order', () => {
    const ids = [
      add('Fixed', 'Crash on start (JIRA-1)'),
      add('Added', 'Dark mode'),
      add('Fixed', 'Crash on start, second try (JIRA-1)'),
      add('Added', 'dark MODE'),
      add('Security', 'Escape HTML'),
      add('Added', 'Export')
    ]
    const groups = entries.group(ids)
    expect([...groups].filter(([, lines]) => lines.length > 0)).toEqual([
      ['Added', ['* Dark mode', '* Export']],
      [
        'Fixed',
        [
          '* Crash on start ([JIRA-1](https://jira.example.com/browse/JIRA-1))',
          '* Crash on start, second try ([JIRA-1](https://jira.example.com/browse/JIRA-1))'
        ]
      ],
      ['Security', ['* Escape HTML']]
    ])
    // Another release may list the same entry again.
    expect(entries.group(ids.slice(3)).get('Added')).toEqual(['* dark MODE', '* Export'])
  })
})

describe('StringPack', () => {
  test('strings come back as pushed, across packs and in the unpacked tail', () => {
    const pack = new StringPack()
    const texts = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? '' : `entry ${i} ✓`))
    texts.forEach((text, i) => expect(pack.push(text)).toBe(i))
    expect(pack.size).toBe(5000)
    texts.forEach((text, i) => expect(pack.get(i)).toBe(text))
    expect(() => pack.get(5000)).toThrow(RangeError)
  })
})
