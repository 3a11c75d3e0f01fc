/**
 * The Microsoft Teams message of an announcement: one Adaptive Card (schema 1.4) as an
 * attachment, the form Teams' Workflows (and legacy incoming) webhooks take.
 */
import {
  announcementMarkdown,
  announcementTitle,
  truncate,
  type Announcement
} from './announcement.js'
import { markdownToTeams } from './markdown.js'

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive'
/** Teams refuses messages over ~28 KB; the notes get most of that room. */
export const TEAMS_TEXT_LIMIT = 20_000

export interface TeamsMessage {
  type: 'message'
  attachments: Array<{
    contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE
    contentUrl: null
    content: AdaptiveCard
  }>
}

export interface AdaptiveCard {
  $schema: string
  type: 'AdaptiveCard'
  version: string
  body: Array<Record<string, unknown>>
  actions: Array<Record<string, unknown>>
  msteams: { width: 'Full' }
}

export function buildTeamsMessage(announcement: Announcement): TeamsMessage {
  const text = truncate(
    markdownToTeams(announcementMarkdown(announcement)),
    TEAMS_TEXT_LIMIT,
    `\n\n… (shortened; the release page has the full notes)`
  )
  const card: AdaptiveCard = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [
      {
        type: 'TextBlock',
        text: announcementTitle(announcement),
        size: 'Large',
        weight: 'Bolder',
        wrap: true
      },
      {
        type: 'FactSet',
        facts: [
          { title: 'Repository', value: announcement.repository },
          { title: 'Version', value: announcement.version },
          { title: 'Tag', value: announcement.tag }
        ]
      },
      { type: 'TextBlock', text, wrap: true }
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'View the release', url: announcement.url }],
    msteams: { width: 'Full' }
  }
  return {
    type: 'message',
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: card }]
  }
}
