/**
 * The compare links at the foot of a changelog (`[1.3.0]: .../compare/v1.2.0...v1.3.0`),
 * kept right after a release, written the way the file already writes them.
 */
import semver from '../versioning/semver.js'
import type { ChangelogDocument, LinkReference } from './parse.js'

/** How a file writes its links: base URL, tag template and the compare separator. */
export interface LinkStyle {
  /** `https://github.com/acme/app` */
  base: string
  /** `v{version}` */
  tag: string
  separator: '...' | '..'
  /** What [Unreleased] compares to: `HEAD`, or the branch the file names (`master`). */
  head?: string
  /** `tag` when the file links each release to its tag page rather than a comparison. */
  kind?: 'compare' | 'tag'
}

export interface ReleaseLinks {
  version: string
  /** The previous release's version, undefined for a first release. */
  previousVersion?: string
  /** Whether the file has an [Unreleased] section whose link points past this release. */
  unreleased: boolean
}

const COMPARE = /^(.*)\/compare\/(.+?)(\.{2,3})(.+)$/
const RELEASE_TAG_URL = /^(.*)\/releases\/tag\/(.+)$/

/** Reads the link style from the file's links; `fallback` when there is nothing to read. */
export function detectLinkStyle(
  links: LinkReference[],
  fallback: LinkStyle | undefined
): LinkStyle | undefined {
  const ordered = [...links].sort(
    (a, b) =>
      Number(b.label.toLowerCase() === 'unreleased') -
      Number(a.label.toLowerCase() === 'unreleased')
  )
  const found = baseStyle(ordered, fallback)
  if (!found) return undefined
  const style: LinkStyle = { ...found }
  const unreleased = links.find((l) => l.label.toLowerCase() === 'unreleased')
  const compare = unreleased && COMPARE.exec(unreleased.url)
  if (compare && tagTemplate(compare[4]) === undefined) style.head = compare[4]
  // Releases linked to their tag pages (two or more, the newest among them) keep that form.
  const versions = links.filter((l) => cleanVersion(l.label) !== undefined)
  if (versions.length >= 2 && RELEASE_TAG_URL.test(versions[0].url)) style.kind = 'tag'
  return style
}

function baseStyle(
  ordered: LinkReference[],
  fallback: LinkStyle | undefined
): LinkStyle | undefined {
  for (const link of ordered) {
    const compare = COMPARE.exec(link.url)
    if (compare) {
      const tag = tagTemplate(compare[2]) ?? tagTemplate(compare[4])
      if (tag) return { base: compare[1], tag, separator: compare[3] === '..' ? '..' : '...' }
    }
    const release = RELEASE_TAG_URL.exec(link.url)
    const tag = release && tagTemplate(release[2])
    if (release && tag) return { base: release[1], tag, separator: fallback?.separator ?? '...' }
  }
  return fallback
}

/** `v1.2.0` -> `v{version}`; undefined when the ref holds no version. */
function tagTemplate(ref: string): string | undefined {
  const match = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/.exec(ref)
  return match ? ref.replace(match[0], '{version}') : undefined
}

function tagOf(style: LinkStyle, version: string): string {
  return style.tag.replaceAll('{version}', version)
}

/** The URL of a release's link: compare with the previous release, or its tag for a first release. */
export function releaseLinkUrl(
  style: LinkStyle,
  version: string,
  previousVersion: string | undefined
): string {
  return previousVersion && style.kind !== 'tag'
    ? `${style.base}/compare/${tagOf(style, previousVersion)}${style.separator}${tagOf(style, version)}`
    : `${style.base}/releases/tag/${tagOf(style, version)}`
}

export function unreleasedLinkUrl(style: LinkStyle, version: string): string {
  return `${style.base}/compare/${tagOf(style, version)}${style.separator}${style.head ?? 'HEAD'}`
}

/**
 * Points [Unreleased] past the release and adds the release's link (newest first) when the file
 * has none for it. A file without links gets a block only when `create` is set. Other lines stay.
 */
export function updateReleaseLinks(
  doc: ChangelogDocument,
  release: ReleaseLinks,
  fallback: LinkStyle | undefined,
  create: boolean
): string {
  const style = detectLinkStyle(doc.links, fallback)
  if (!style || (doc.links.length === 0 && !create)) return doc.text
  const eol = doc.eol
  const edits: Array<{ at: number; end: number; text: string }> = []
  const unreleased = doc.links.find((l) => l.label.toLowerCase() === 'unreleased')
  if (unreleased && COMPARE.test(unreleased.url)) {
    const url = unreleasedLinkUrl(style, release.version)
    const at = unreleased.line.start + unreleased.line.text.indexOf(unreleased.url)
    if (unreleased.url !== url) edits.push({ at, end: at + unreleased.url.length, text: url })
  }
  const own = doc.links.find((l) => cleanVersion(l.label) === release.version)
  const lines: string[] = []
  if (!unreleased && release.unreleased)
    lines.push(`[Unreleased]: ${unreleasedLinkUrl(style, release.version)}`)
  if (!own)
    lines.push(
      `[${release.version}]: ${releaseLinkUrl(style, release.version, release.previousVersion)}`
    )
  if (lines.length > 0) {
    const older = doc.links.find((l) => {
      const v = cleanVersion(l.label)
      return v !== undefined && semver.lt(v, release.version)
    })
    if (older) {
      edits.push({ at: older.line.start, end: older.line.start, text: lines.join(eol) + eol })
    } else if (doc.links.length > 0) {
      const last = doc.links[doc.links.length - 1].line
      const lead = last.next === last.end ? eol : ''
      edits.push({ at: last.next, end: last.next, text: lead + lines.join(eol) + eol })
    } else {
      const lead =
        doc.text === '' || doc.text.endsWith(eol + eol)
          ? ''
          : doc.text.endsWith('\n')
            ? eol
            : eol + eol
      edits.push({ at: doc.text.length, end: doc.text.length, text: lead + lines.join(eol) + eol })
    }
  }
  let text = doc.text
  for (const edit of edits.sort((a, b) => b.at - a.at))
    text = text.slice(0, edit.at) + edit.text + text.slice(edit.end)
  return text
}

function cleanVersion(label: string): string | undefined {
  const version = label.replace(/^v/, '')
  return semver.valid(version) ? version : undefined
}

/** The link block of a whole changelog (rebuild): [Unreleased], then every release newest first. */
export function renderLinkBlock(
  style: LinkStyle,
  versions: string[],
  unreleased: boolean,
  eol: string
): string {
  const lines: string[] = []
  if (unreleased && versions[0])
    lines.push(`[Unreleased]: ${unreleasedLinkUrl(style, versions[0])}`)
  versions.forEach((version, i) =>
    lines.push(`[${version}]: ${releaseLinkUrl(style, version, versions[i + 1])}`)
  )
  return lines.length > 0 ? lines.join(eol) + eol : ''
}
