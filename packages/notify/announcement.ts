/**
 * What a release announcement says, whatever the format: the release, its link, its notes,
 * and the user's `message` template with its placeholders filled in.
 */

export interface Announcement {
  /** `owner/repo` */
  repository: string
  version: string
  tag: string
  /** The GitHub Release page. */
  url: string
  /** Markdown release notes; may be empty. */
  notes: string
  /** The `message` input, placeholders filled in; undefined for the default text. */
  message?: string
  /** The released commit, when known. */
  sha?: string
  /** The workflow run that announced it. */
  runUrl?: string
}

export const PLACEHOLDERS = ['version', 'tag', 'url', 'notes', 'repository'] as const

/** Fills `{version}`, `{tag}`, `{url}`, `{notes}`, `{repository}` in a template, in one pass. */
export function renderMessage(
  template: string,
  values: Pick<Announcement, 'version' | 'tag' | 'url' | 'notes' | 'repository'>
): string {
  // One pass, so a placeholder inside the notes is left as the notes wrote it.
  return template.replace(/\{(version|tag|url|notes|repository)\}/g, (_m, name: string) =>
    String(values[name as (typeof PLACEHOLDERS)[number]])
  )
}

/** The headline: `acme/app 1.3.0 released`. */
export function announcementTitle(announcement: Announcement): string {
  return `${announcement.repository} ${announcement.version} released`
}

/** The text of the announcement as markdown: the message, or a line with the link and the notes. */
export function announcementMarkdown(announcement: Announcement): string {
  if (announcement.message !== undefined) return announcement.message
  const intro = `Release [${announcement.tag}](${announcement.url}) of ${announcement.repository} is out.`
  return announcement.notes.trim() === '' ? intro : `${intro}\n\n${announcement.notes.trim()}`
}

/** Cuts text to at most `max` characters, at a line end when one is near, marking the cut. */
export function truncate(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text
  const room = max - marker.length
  const lineEnd = text.lastIndexOf('\n', room)
  const cut = lineEnd > room * 0.8 ? lineEnd : room
  return text.slice(0, cut).trimEnd() + marker
}
