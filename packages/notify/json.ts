/**
 * The `json` format: a documented, stable payload for any other receiver (a chat bridge, an
 * internal service, a Zapier hook). Fields are described in actions/notify/README.md.
 */
import { announcementMarkdown, announcementTitle, type Announcement } from './announcement.js'

export const JSON_PAYLOAD_SCHEMA = 'release-actions/notify@1'

export interface JsonAnnouncement {
  schema: typeof JSON_PAYLOAD_SCHEMA
  /** `rollback`: the release failed or was rolled back in production (see `rolled_back`). */
  event: 'release' | 'rollback'
  repository: string
  version: string
  tag: string
  url: string
  title: string
  /** The message (the `message` input filled in), or the default text; markdown. */
  text: string
  /** The release notes; markdown, possibly empty. */
  notes: string
  sha: string | null
  run_url: string | null
  sent_at: string
  /** Present on a `rollback` event. */
  rolled_back?: { environment: string; reason: string | null; previous_version: string | null }
}

export function buildJsonPayload(announcement: Announcement, now = new Date()): JsonAnnouncement {
  return {
    schema: JSON_PAYLOAD_SCHEMA,
    event: announcement.rolledBack ? 'rollback' : 'release',
    repository: announcement.repository,
    version: announcement.version,
    tag: announcement.tag,
    url: announcement.url,
    title: announcementTitle(announcement),
    text: announcementMarkdown(announcement),
    notes: announcement.notes,
    sha: announcement.sha ?? null,
    run_url: announcement.runUrl ?? null,
    sent_at: now.toISOString(),
    ...(announcement.rolledBack
      ? {
          rolled_back: {
            environment: announcement.rolledBack.environment,
            reason: announcement.rolledBack.reason ?? null,
            previous_version: announcement.rolledBack.previousVersion ?? null
          }
        }
      : {})
  }
}
