/**
 * Step 9 of the process: the release's section of CHANGELOG.md from the commits since the
 * previous release, [Unreleased] moved into it, the links at the foot kept right. A rerun adds
 * only what is new; nothing is written when anything is wrong.
 */
import { ConfigurationError } from '../base/errors.js'
import {
  detectStyle,
  findSection,
  mergeRelease,
  parseChangelog,
  sectionBody,
  splitUnreleased,
  updateReleaseLinks,
  type ChangelogIssue,
  type GroupedLines,
  type ReleaseEntry
} from '../changelog/index.js'
import type { Git } from '../git/git.js'
import { completeHistory, completeRange } from '../git/history.js'
import { olderThan, parseReleaseTags, type ReleaseTag } from '../versioning/index.js'
import {
  NEW_CHANGELOG_PREAMBLE,
  deliverChangelog,
  grepLiteral,
  rangeEntries,
  readChangelogFile,
  type ChangelogSettings,
  type Delivery,
  type DeliveryRequest
} from './changelog-io.js'
import type { ReleaseTarget } from './target.js'

export interface UpdateRequest extends ChangelogSettings {
  target: ReleaseTarget
  date: string
  /** Overrides the previous release tag as the start of the range. */
  fromRef?: string
  delivery: DeliveryRequest
}

export interface ChangelogOutcome extends Delivery {
  version: string
  /** The section's body as it reads after the run. */
  notes: string
  /** `v1.2.0..HEAD` */
  range: string
  previousTag?: string
  commits: number
  /** True when no earlier release was found: the section reads the whole history. */
  firstRelease: boolean
  /** Irregular lines of older history, kept as written. */
  notices: ChangelogIssue[]
  /** Lines this run adds to the section, per group. */
  added: GroupedLines
  created: boolean
  rerun: boolean
}

/** Plans and delivers the version's section. The file is read and checked before the network. */
export async function updateChangelog(git: Git, request: UpdateRequest): Promise<ChangelogOutcome> {
  const { target } = request
  const { doc: original, text: before } = readChangelogFile(git, request.path, target.version)
  const eol = original?.eol ?? '\n'
  const doc =
    original ??
    parseChangelog([...NEW_CHANGELOG_PREAMBLE, '## [Unreleased]', ''].join(eol) + eol, request.path)
  const existing = findSection(doc, target.version)
  const released =
    target.remoteTags.has(target.tag) ||
    (target.localTags
      ? target.localTags.has(target.tag)
      : (await git.resolveCommit(`refs/tags/${target.tag}`)) !== undefined)
  // After the release was tagged, its range ends at its tag; later commits belong to the next one.
  const end = released && (await git.isAncestor(target.tag, 'HEAD')) ? target.tag : 'HEAD'
  // On a full clone the newest older release tag is taken as the start before asking git whether
  // HEAD reaches it: the range's own log says so (the tag is a parent of one of its commits).
  let start = await rangeStart(git, request, !(await git.isShallow()))
  let read = await readRange(git, request, end, start.from, !!existing, start.guessed)
  if (start.guessed && !read.parentSeen) {
    start = await rangeStart(git, request, false)
    read = await readRange(git, request, end, start.from, !!existing)
  }
  const { from, previous } = start
  const { entries, commits } = read
  const range = `${from ? (previous?.name ?? from) : '(root)'}..${end}`
  if (!from) {
    const before = olderThan(target.version)
    const older = parseReleaseTags([...target.remoteTags.keys()], request.tagPrefix)
      .filter((t) => before(t.version))
      .map((t) => t.name)
    const what = `${target.version} is a first release: no release tag older than it is reachable from HEAD, so its section reads the whole history (${commits} commit(s)).`
    if (older.length > 0)
      git.log.warning(
        `${what} The remote has older release tags (${older.slice(0, 3).join(', ')}) that HEAD does not reach; set from-ref if one of them is where this release starts.`
      )
    else git.log.info(what)
  }
  const pending = splitUnreleased(
    doc,
    doc.sections.find((s) => !s.version)
  )
  if (!existing && entries.length === 0 && pending.moved === '') {
    throw new ConfigurationError(
      `Nothing to release in ${target.version}: ` +
        (commits === 0
          ? `there are no commits in ${range}`
          : `none of the ${commits} commit(s) in ${range} is a change for the changelog (merges, chores, version bumps are left out)`) +
        ` and [Unreleased] in ${request.path} has nothing to release. Land a change first, or set from-ref.`
    )
  }
  const style = detectStyle(original)
  const merged = mergeRelease(doc, {
    version: target.version,
    date: request.date,
    entries,
    links: request.links,
    style,
    previousVersion: previous?.version,
    linkStyle: request.linkStyle
  })
  for (const text of merged.covered)
    git.log.info(
      `Left out '${text}': a line already in ${request.path} names its ticket. Add it by hand if it is a change of its own.`
    )
  const addedCount = [...merged.added.values()].reduce((n, lines) => n + lines.length, 0)
  if (existing && released && addedCount > 0) {
    throw new ConfigurationError(
      `${request.path} line ${existing.line}: ${target.version} is already released (tag ${target.tag}) and its section differs from the release's commits ` +
        `(${addedCount} entr${addedCount === 1 ? 'y is' : 'ies are'} missing). A released section is not rewritten; put later changes in the next version.`,
      { locations: [{ file: request.path, line: existing.line }] }
    )
  }
  const mergedDoc = parseChangelog(merged.text, request.path, { strict: false })
  const after = updateReleaseLinks(
    mergedDoc,
    {
      version: target.version,
      previousVersion: previous?.version,
      unreleased: mergedDoc.sections.some((s) => !s.version)
    },
    request.linkStyle,
    original === undefined
  )
  const finalDoc = parseChangelog(after, request.path, { strict: false })
  const notes = sectionBody(finalDoc, findSection(finalDoc, target.version)!)
  const delivery = await deliverChangelog(git, request.path, before, after, request.delivery)
  return {
    ...delivery,
    version: target.version,
    notes,
    range,
    previousTag: previous?.name,
    commits,
    firstRelease: !from,
    notices: original?.notices ?? [],
    added: merged.added,
    created: original === undefined,
    rerun: merged.rerun
  }
}

/** The range's commits, made complete first: a shallow boundary inside it is fetched past. */
async function readRange(
  git: Git,
  request: UpdateRequest,
  end: string,
  from: string | undefined,
  rerun: boolean,
  guessed?: string
): Promise<{ entries: ReleaseEntry[]; commits: number; parentSeen: boolean }> {
  const revisions = [end, ...(from ? [`^${from}`] : [])]
  // Never a truncated range: a shallow boundary inside it is fetched past, or the run fails.
  if (from) await completeRange(git, revisions)
  else await completeHistory(git)
  if (rerun) {
    // Commits our earlier run already wrote up are not offered again, even if a person reworded them.
    const ours = await git.output([
      'log',
      '-1',
      '--format=%H',
      `--grep=^${grepLiteral(request.delivery.message)}$`,
      ...revisions,
      '--'
    ])
    if (ours) revisions.push(`^${ours}`)
  }
  return rangeEntries(git, revisions, request.classify, guessed)
}

/**
 * Where the range starts: `from-ref`, else the newest release tag reachable from HEAD that is
 * older than the version. A shallow clone is deepened as far as the range needs. With `guess`,
 * the newest older tag the clone has is returned unchecked, with its commit in `guessed`.
 */
async function rangeStart(
  git: Git,
  request: UpdateRequest,
  guess = false
): Promise<{ from?: string; previous?: ReleaseTag; guessed?: string }> {
  const { target } = request
  if (request.fromRef) {
    let sha = await git.resolveCommit(request.fromRef)
    if (!sha && (await git.isShallow())) {
      await git.run(['fetch', '--no-tags', '--unshallow', 'origin'], { allowFailure: true })
      sha = await git.resolveCommit(request.fromRef)
    }
    if (!sha) {
      throw new ConfigurationError(
        `Input 'from-ref' is '${request.fromRef}', which is not a commit, branch or tag of this repository.`,
        { input: 'from-ref' }
      )
    }
    const previous = parseReleaseTags([request.fromRef], request.tagPrefix)[0]
    return { from: request.fromRef, previous }
  }
  const prefix = request.tagPrefix
  const names = target.localTags
    ? [...target.localTags.keys()]
    : (await git.output(['for-each-ref', '--format=%(refname:strip=2)', `refs/tags/${prefix}*`]))
        .split('\n')
        .filter(Boolean)
  const older = olderThan(target.version)
  const candidates = parseReleaseTags(names, prefix).filter((t) => older(t.version))
  const newest = candidates[0]
  const guessed = newest && target.localTags?.get(newest.name)
  if (guess && guessed) return { from: newest.name, previous: newest, guessed }
  const previous = await previousReleaseTag(git, candidates, prefix)
  return { from: previous?.name, previous }
}

/**
 * The newest release tag older than `version` that HEAD reaches. The newest candidates are tried
 * one by one with `merge-base --is-ancestor`, which walks only the commits since the tag; only
 * when several are not reachable does one `git tag --merged` (a walk of the whole history) decide.
 */
async function previousReleaseTag(
  git: Git,
  candidates: ReleaseTag[],
  prefix: string
): Promise<ReleaseTag | undefined> {
  for (const [i, tag] of candidates.entries()) {
    if (i === 3) {
      const reachable = new Set(await git.tagsMergedInto('HEAD', `${prefix}*`))
      return candidates.slice(i).find((t) => reachable.has(t.name))
    }
    if (await git.isAncestor(tag.name, 'HEAD')) return tag
  }
  return undefined
}
