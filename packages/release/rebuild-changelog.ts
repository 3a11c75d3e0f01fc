/**
 * `mode: rebuild`: a whole CHANGELOG.md from every release tag in the history, for a team that
 * adopts the suite on an old repository. One `git for-each-ref` for the tags, one `git log` for
 * the history, side by side. Sections the file already has are kept as written; the rest are
 * generated.
 */
import semver from '../versioning/semver.js'
import {
  EntryIndex,
  HistoryIndex,
  PreparedEntries,
  detectLinkStyle,
  detectStyle,
  entryForMessage,
  renderEntry,
  releaseLinkUrl,
  renderLinkBlock,
  renderSection,
  type ChangelogDocument,
  type GroupedLines,
  type TaggedRelease
} from '../changelog/index.js'
import type { Git } from '../git/git.js'
import { streamLogRecords, type LogRecord } from '../git/log.js'
import { isStableVersion } from '../versioning/index.js'
import {
  NEW_CHANGELOG_PREAMBLE,
  deliverChangelog,
  readChangelogFile,
  type ChangelogSettings,
  type DeliveryRequest
} from './changelog-io.js'
import type { ChangelogOutcome } from './update-changelog.js'

export interface RebuildRequest extends ChangelogSettings {
  delivery: DeliveryRequest
}

/** Rebuilds the file; the outcome's version and notes are the newest release's. */
/** The one line of a rebuilt release that held no user-facing change. */
export const NO_USER_FACING_CHANGES = '_No user-facing changes._'

export async function rebuildChangelog(
  git: Git,
  request: RebuildRequest
): Promise<ChangelogOutcome> {
  const { doc: original, text: before } = readChangelogFile(git, request.path)
  const eol = original?.eol ?? '\n'
  const style = detectStyle(original)
  // Entries are classified and rendered as the log streams in, while git is still writing it.
  const entries = new PreparedEntries(style, request.links)
  const history = new HistoryIndex<number>()
  const { releases, commits, head } = await readHistory(git, request.tagPrefix, (c) => {
    const entry = entryForMessage(c.subject, c.body, c.parents.includes(' '), request.classify)
    history.add(c.sha, c.parents, entry && entries.add(entry))
  })
  const present = releases.filter((r) => history.has(r.sha))
  // Parsed once: sorting 500 tags with semver.compare parsed both versions at every comparison.
  const parsed = new Map(present.map((r) => [r.version, semver.parse(r.version)!]))
  const compare = (a: string, b: string): number => parsed.get(a)!.compare(parsed.get(b)!)
  const buckets = history.bucket(present, compare, head)
  const ordered = [...present].sort((a, b) => compare(b.version, a.version))
  const generated = ordered.map((release) => ({
    version: release.version,
    date: release.date,
    groups: entries.group(buckets.get(release.version) ?? [])
  }))
  const keptSections = sectionsByVersion(original)
  const linkStyle = detectLinkStyle(original?.links ?? [], request.linkStyle)
  const sections = generated.map((release, i) => {
    const kept = keptSections.get(parsed.get(release.version)!.version)
    if (kept) return keptSection(original!, kept.start, kept.end)
    // No empty sections: a release without a user-facing change says so in one line.
    const empty = [...release.groups.values()].every((lines) => lines.length === 0)
    const url = linkStyle && releaseLinkUrl(linkStyle, release.version, generated[i + 1]?.version)
    const preface = empty ? [NO_USER_FACING_CHANGES] : []
    return renderSection(release, { preface, groups: release.groups }, style, eol, url)
  })
  const unreleased = unreleasedSection(
    original,
    (buckets.get(undefined) ?? []).map((id) => entries.get(id)),
    request,
    style,
    eol
  )
  const links = linkStyle
    ? renderLinkBlock(
        linkStyle,
        ordered.map((r) => r.version),
        true,
        eol
      )
    : ''
  const after = [preamble(original, eol), unreleased, ...sections].join('') + (links ? links : '')
  const latest = ordered[0]
  // The newest section is sections[0]; its body without the heading and surrounding blank lines.
  const notes = sections[0]?.replace(/^[^\n]*\n/, '').replace(/^(\r?\n)+|(\r?\n)+$/g, '') ?? ''
  const delivery = await deliverChangelog(git, request.path, before, after, request.delivery)
  const added: GroupedLines = new Map()
  for (const release of generated) {
    for (const [group, lines] of release.groups) {
      const all = added.get(group) ?? []
      for (const line of lines) all.push(line)
      added.set(group, all)
    }
  }
  return {
    ...delivery,
    version: latest?.version ?? '',
    notes,
    range: 'HEAD',
    commits,
    firstRelease: false,
    notices: [],
    added,
    created: original === undefined,
    rerun: false,
    previousTag: undefined
  }
}

/**
 * The release tags and the whole log of HEAD. In a full clone the log does not wait for the
 * fetch of tags from origin (tags add no commit to HEAD's history); in a shallow one it does,
 * since that fetch unshallows it. The tags are listed after the fetch, while the log runs.
 */
async function readHistory(
  git: Git,
  prefix: string,
  onRecord: (record: LogRecord) => void
): Promise<{ releases: TaggedRelease[]; commits: number; head: string }> {
  const [shallow = '', head = ''] = (
    await git.output(['rev-parse', '--is-shallow-repository', 'HEAD'])
  ).split('\n')
  const unshallow = shallow === 'true'
  const tagSpec = `+refs/tags/${prefix}*:refs/tags/${prefix}*`
  const fetched = git.run(
    ['fetch', '--no-tags', ...(unshallow ? ['--unshallow'] : []), 'origin', tagSpec],
    { allowFailure: !unshallow }
  )
  if (unshallow) await fetched
  const tags = fetched.then(() => releaseTags(git, prefix))
  const [releases, commits] = await Promise.all([tags, streamLogRecords(git, ['HEAD'], onRecord)])
  return { releases, commits, head }
}

/** The file's release sections by their version (semver's form, so `eq` versions meet). */
function sectionsByVersion(
  doc: ChangelogDocument | undefined
): Map<string, { start: number; end: number }> {
  const sections = new Map<string, { start: number; end: number }>()
  for (const section of doc?.sections ?? []) {
    const version = section.version === undefined ? null : semver.valid(section.version)
    if (version !== null && !sections.has(version)) sections.set(version, section)
  }
  return sections
}

/** Release tags with the commit they point at and their date (UTC), any order. */
async function releaseTags(git: Git, prefix: string): Promise<TaggedRelease[]> {
  const format = '%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:iso-strict)'
  const out = await git.output(['for-each-ref', `--format=${format}`, `refs/tags/${prefix}*`])
  const releases: TaggedRelease[] = []
  for (const line of out.split('\n')) {
    const [name = '', object = '', peeled = '', date = ''] = line.split('\0')
    const version = name.slice(prefix.length)
    if (!name.startsWith(prefix) || !isStableVersion(version)) continue
    releases.push({
      version,
      sha: peeled || object,
      date: new Date(date).toISOString().slice(0, 10)
    })
  }
  return releases
}

function preamble(doc: ChangelogDocument | undefined, eol: string): string {
  if (!doc) return NEW_CHANGELOG_PREAMBLE.join(eol) + eol
  const first = doc.sections[0]?.start ?? doc.linksStart
  const text = doc.text.slice(0, first)
  return text === '' || /(\r?\n){2}$/.test(text) ? text : text.replace(/(\r?\n)?$/, eol + eol)
}

function keptSection(doc: ChangelogDocument, start: number, end: number): string {
  const text = doc.text.slice(start, Math.min(end, doc.linksStart))
  return /(\r?\n){2}$/.test(text) ? text : text.replace(/(\r?\n)?$/, doc.eol + doc.eol)
}

/** [Unreleased]: what a person wrote there, then the unreleased commits not already named. */
function unreleasedSection(
  doc: ChangelogDocument | undefined,
  entries: Array<{ group: string; text: string }>,
  request: RebuildRequest,
  style: ReturnType<typeof detectStyle>,
  eol: string
): string {
  const section = doc?.sections.find((s) => !s.version)
  const groups: GroupedLines = new Map()
  const index = new EntryIndex(request.links.issuePattern)
  if (doc && section) {
    for (const group of section.groups) {
      for (const entry of group.entries) {
        index.add(entry.text)
        groups.set(group.name, [
          ...(groups.get(group.name) ?? []),
          doc.text.slice(entry.start, entry.end).replace(/\r?\n$/, '')
        ])
      }
    }
  }
  for (const entry of entries) {
    if (index.has(entry.text)) continue
    index.add(entry.text)
    groups.set(entry.group, [
      ...(groups.get(entry.group) ?? []),
      renderEntry(entry.text, style, request.links)
    ])
  }
  return renderSection(
    'Unreleased',
    { preface: section?.preface.map((l) => l.text) ?? [], groups },
    style,
    eol
  )
}
