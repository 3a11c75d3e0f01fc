/**
 * The Slack message (Block Kit) of an announcement, within Slack's limits: at most 50 blocks,
 * a header of at most 150 characters of plain text, section text of at most 3000 characters,
 * and a `text` fallback for notifications and clients without blocks.
 */
import {
  announcementMarkdown,
  announcementTitle,
  truncate,
  type Announcement
} from './announcement.js'
import { escapeSlack, markdownToSlack, splitText } from './markdown.js'

export const SLACK_LIMITS = { blocks: 50, headerText: 150, sectionText: 3000, text: 3000 } as const

export interface SlackBlock {
  type: string
  [field: string]: unknown
}

export interface SlackMessage {
  text: string
  blocks: SlackBlock[]
}

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } })

/** Builds the message; notes too long for the limits are cut, with a line pointing at the release. */
export function buildSlackMessage(announcement: Announcement): SlackMessage {
  const title = announcementTitle(announcement)
  const body = markdownToSlack(announcementMarkdown(announcement))
  const header: SlackBlock = {
    type: 'header',
    text: { type: 'plain_text', text: truncate(title, SLACK_LIMITS.headerText), emoji: true }
  }
  let pieces = splitText(body, SLACK_LIMITS.sectionText)
  const room = SLACK_LIMITS.blocks - 2 // the header, and the note on a cut
  const cut = pieces.length > room
  if (cut) pieces = pieces.slice(0, room)
  const blocks = [header, ...pieces.map(section)]
  if (cut) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Notes shortened to fit Slack; read them all on <${announcement.url.replace(/[<>|]/g, encodeURIComponent)}|the release page>.`
        }
      ]
    })
  }
  const text = truncate(`${escapeSlack(title)}: ${announcement.url}`, SLACK_LIMITS.text)
  return { text, blocks }
}
