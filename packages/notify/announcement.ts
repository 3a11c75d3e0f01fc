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
  /** Set when the release failed or was rolled back in production: a failure announcement. */
  rolledBack?: RollbackNotice
}

/** What a failure announcement says beyond the release. */
export interface RollbackNotice {
  environment: string
  /** Why: the production deployment's status description. */
  reason?: string
  /** The version production runs again. */
  previousVersion?: string
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
  const what = announcement.rolledBack ? 'rolled back' : 'released'
  return `${announcement.repository} ${announcement.version} ${what}`
}

/** The text of the announcement as markdown: the message, or a line with the link and the notes. */
export function announcementMarkdown(announcement: Announcement): string {
  const back = announcement.rolledBack
  if (back) {
    const again = back.previousVersion
      ? ` ${back.environment} runs ${back.previousVersion} again.`
      : ''
    return (
      `⚠️ Release [${announcement.tag}](${announcement.url}) of ${announcement.repository} failed in ` +
      `${back.environment} and was rolled back${back.reason ? `: ${back.reason}` : ''}.${again} ` +
      'Do not install it; a fixed release follows.'
    )
  }
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
