import { describe, expect, test } from '@jest/globals'
import { jsonPayloadProblems, slackProblems, teamsProblems } from '../../test/kit/webhooks.js'
import { announcementMarkdown, renderMessage, truncate, type Announcement } from './announcement.js'
import { buildJsonPayload } from './json.js'
import { escapeSlack, markdownToSlack, markdownToTeams, splitText } from './markdown.js'
import { buildSlackMessage, SLACK_LIMITS } from './slack.js'
import { buildTeamsMessage } from './teams.js'

const NOTES = [
  '### Added',
  '- New feature X (JIRA-1234)',
  '- New feature Y ([JIRA-1235](https://jira.example.com/browse/JIRA-1235))',
  '',
  '### Fixed',
  '- Bug in feature W (JIRA-1237)'
].join('\n')

function announcement(fields: Partial<Announcement> = {}): Announcement {
  return {
    repository: 'acme/app',
    version: '1.3.0',
    tag: 'v1.3.0',
    url: 'https://github.com/acme/app/releases/tag/v1.3.0',
    notes: NOTES,
    ...fields
  }
}

/** Notes that break naive JSON, markdown and mrkdwn handling. */
const NASTY = [
  '### Fixed',
  '- Quote " and backslash \\ and tab\t and newline-in-JSON \\n (JIRA-1)',
  '- <script>alert(1)</script> & friends > all (JIRA-2)',
  '- *stars* _under_ `code` ~strike~ | pipe [x](https://e.com/?a=1&b=<2>) (JIRA-3)',
  '- Emoji 🚀 and unicode \u2028 separator and {version} in the notes (JIRA-4)'
].join('\n')

describe('message template', () => {
  test('fills every placeholder, and leaves placeholders inside the notes alone', () => {
    const text = renderMessage('{repository} {version} ({tag}) at {url}\n{notes}', {
      ...announcement(),
      notes: 'mentions {version} literally'
    })
    expect(text).toBe(
      'acme/app 1.3.0 (v1.3.0) at https://github.com/acme/app/releases/tag/v1.3.0\nmentions {version} literally'
    )
  })

  test('the default text links the release and carries the notes', () => {
    expect(announcementMarkdown(announcement())).toBe(
      `Release [v1.3.0](https://github.com/acme/app/releases/tag/v1.3.0) of acme/app is out.\n\n${NOTES}`
    )
    expect(announcementMarkdown(announcement({ notes: '' }))).not.toContain('\n')
  })

  test('truncate marks the cut and stays within the limit', () => {
    expect(truncate('abcdef', 10)).toBe('abcdef')
    const cut = truncate('x'.repeat(200), 150)
    expect(cut).toHaveLength(150)
    expect(cut.endsWith('…')).toBe(true)
  })
})

describe('Slack mrkdwn', () => {
  test('headings bold, bullets, links as <url|text>, bold converted', () => {
    expect(markdownToSlack('### Added\n- **Big** [docs](https://x.test/a)')).toBe(
      '*Added*\n• *Big* <https://x.test/a|docs>'
    )
  })

  test('escapes &, < and > outside links, and inside link text and URLs', () => {
    expect(escapeSlack('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d')
    expect(markdownToSlack('[a<b](https://e.com/?a=1&b=<2>|x)')).toBe(
      '<https://e.com/?a=1&amp;b=%3C2%3E%7Cx|a&lt;b>'
    )
  })

  test('splitText keeps every character, pieces within the limit, lines kept whole when they fit', () => {
    const text = Array.from({ length: 40 }, (_, i) => `- line ${i} ${'y'.repeat(90)}`).join('\n')
    const pieces = splitText(text, 1000)
    expect(pieces.every((p) => p.length <= 1000)).toBe(true)
    expect(pieces.join('\n')).toBe(text)
    const long = splitText('z'.repeat(2500), 1000)
    expect(long.map((p) => p.length)).toEqual([1000, 1000, 500])
  })

  test('a long line is not cut inside a link or an entity', () => {
    const line = `${'a'.repeat(990)}<https://e.test/x|link> &amp; more`
    const [first] = splitText(line, 1000)
    expect(first).toBe('a'.repeat(990))
  })
})

describe('Slack message', () => {
  test('header, link, notes as sections, text fallback: valid Block Kit', () => {
    const message = buildSlackMessage(announcement())
    expect(slackProblems(message)).toEqual([])
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'acme/app 1.3.0 released', emoji: true }
    })
    expect(message.text).toBe(
      'acme/app 1.3.0 released: https://github.com/acme/app/releases/tag/v1.3.0'
    )
    const text = message.blocks
      .slice(1)
      .map((b) => (b.text as { text: string }).text)
      .join('\n')
    expect(text).toContain('<https://github.com/acme/app/releases/tag/v1.3.0|v1.3.0>')
    expect(text).toContain('*Added*\n• New feature X (JIRA-1234)')
    expect(text).toContain('<https://jira.example.com/browse/JIRA-1235|JIRA-1235>')
  })

  test('huge notes are trimmed to 50 blocks of at most 3000 characters, with a pointer to the release', () => {
    const notes = Array.from(
      { length: 3000 },
      (_, i) => `- Change ${i} (JIRA-${i}) ${'w'.repeat(60)}`
    ).join('\n')
    const message = buildSlackMessage(announcement({ notes }))
    expect(slackProblems(message)).toEqual([])
    expect(message.blocks).toHaveLength(SLACK_LIMITS.blocks)
    expect(message.blocks.at(-1)).toMatchObject({ type: 'context' })
    expect(JSON.stringify(message.blocks.at(-1))).toContain('the release page')
    expect(JSON.stringify(message)).toContain('Change 0 (JIRA-0)')
  })

  test('a long title is cut to the 150-character header limit', () => {
    const message = buildSlackMessage(announcement({ repository: `acme/${'r'.repeat(200)}` }))
    expect(slackProblems(message)).toEqual([])
    expect((message.blocks[0].text as { text: string }).text).toHaveLength(150)
  })

  test('notes with characters that break JSON or mrkdwn survive a JSON round trip, escaped', () => {
    const message = buildSlackMessage(announcement({ notes: NASTY }))
    expect(slackProblems(message)).toEqual([])
    const again = JSON.parse(JSON.stringify(message)) as typeof message
    expect(again).toEqual(message)
    const text = JSON.stringify(again)
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends &gt; all')
    expect(text).toContain('<https://e.com/?a=1&amp;b=%3C2%3E|x>')
    expect(text).toContain('backslash \\\\ and tab\\t')
    expect(text).toContain('🚀')
  })

  test('a message replaces the default text', () => {
    const template = 'Shipped *{version}*: {url}'
    const message = buildSlackMessage(
      announcement({ message: renderMessage(template, announcement()) })
    )
    expect(slackProblems(message)).toEqual([])
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Shipped *1.3.0*: https://github.com/acme/app/releases/tag/v1.3.0'
      }
    })
    expect(JSON.stringify(message)).not.toContain('New feature X')
  })
})

describe('Teams message', () => {
  test('an Adaptive Card attachment with title, facts, notes and a link', () => {
    const message = buildTeamsMessage(announcement())
    expect(teamsProblems(message)).toEqual([])
    const card = message.attachments[0].content
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'acme/app 1.3.0 released' })
    expect(card.body[1]).toMatchObject({
      type: 'FactSet',
      facts: expect.arrayContaining([{ title: 'Version', value: '1.3.0' }])
    })
    expect(card.body[2].text).toContain('**Added**\n- New feature X (JIRA-1234)')
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'View the release',
        url: 'https://github.com/acme/app/releases/tag/v1.3.0'
      }
    ])
  })

  test('huge notes stay under Teams size limit; nasty notes round-trip', () => {
    const notes = 'n'.repeat(100_000)
    expect(teamsProblems(buildTeamsMessage(announcement({ notes })))).toEqual([])
    const nasty = buildTeamsMessage(announcement({ notes: NASTY }))
    expect(JSON.parse(JSON.stringify(nasty))).toEqual(nasty)
    expect(nasty.attachments[0].content.body[2].text).toContain(
      '<script>alert(1)</script> & friends'
    )
  })

  test('markdownToTeams turns headings into bold lines only', () => {
    expect(markdownToTeams('## [1.3.0]\n### Added\n- x')).toBe('**[1.3.0]**\n**Added**\n- x')
  })
})

describe('json payload', () => {
  test('the documented fields', () => {
    const payload = buildJsonPayload(
      announcement({ sha: 'a'.repeat(40), notes: NASTY }),
      new Date('2026-10-02T12:00:00Z')
    )
    expect(jsonPayloadProblems(payload)).toEqual([])
    expect(payload).toMatchObject({
      schema: 'release-actions/notify@1',
      event: 'release',
      repository: 'acme/app',
      version: '1.3.0',
      tag: 'v1.3.0',
      title: 'acme/app 1.3.0 released',
      notes: NASTY,
      sha: 'a'.repeat(40),
      run_url: null,
      sent_at: '2026-10-02T12:00:00.000Z'
    })
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload)
  })

  test('the validators catch what Slack and Teams refuse', () => {
    const tooMany = { text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) }
    expect(slackProblems(tooMany)).toEqual(['51 blocks (at most 50)'])
    expect(
      slackProblems({ blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'a < b' } }] })
    ).toEqual(['no text fallback', 'section 0 has an unescaped < or >'])
    expect(
      teamsProblems({ type: 'message', attachments: [{ contentType: 'text/html', content: {} }] })
    ).toContain('attachments[0].contentType is text/html')
    expect(jsonPayloadProblems({ schema: 'x' })).toContain('schema is not release-actions/notify@1')
  })
})
