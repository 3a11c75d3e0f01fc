/**
 * Fetching just the history a release needs. actions/checkout clones one commit deep and
 * without tags; rather than a blind `--unshallow`, we fetch the release tags themselves one
 * commit deep, then each branch we need, deeper step by step until its history holds a release
 * tag.
 */
import { SHARED_DEFAULTS } from '../base/input-defaults.js'
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import type { Git, RemoteListing } from './git.js'
import { readLocalRefs, type LocalRefs } from './local-refs.js'

const RELEASE_TAG = /^\d+\.\d+\.\d+$/

export interface HistoryRequest {
  /** Origin's refs, when the caller listed them already (the branches and the release tags). */
  listing?: RemoteListing
  /** The clone's refs, when the caller read them already (`readLocalRefs`, same prefix). */
  local?: LocalRefs
  /** Branches whose history (back to their latest release tag) is needed, e.g. ['main']. */
  branches: string[]
  /**
   * Branches fetched in the same fetch when the clone lacks them as origin has them (as deep as
   * the others, not deepened to a release tag), e.g. a release branch whose recent commits a
   * stage reads.
   */
  alsoFetch?: string[]
  /** Release tags are `<prefix>X.Y.Z`. */
  tagPrefix?: string
  remote?: string
  /**
   * Which release tags end the deepening (default: any). A run whose own tag may already be at
   * HEAD (a rerun after create-tag, the run on main after the merge) passes "older than the
   * version", or the range would meet the shallow boundary right after its own tag.
   */
  endsRange?: (tag: string) => boolean
}

export interface HistoryReport {
  /** Whether the clone was shallow when we started. */
  wasShallow: boolean
  /** Release tags on the remote, name -> commit. */
  remoteTags: Map<string, string>
  /** Tags of the prefix the clone has once the history is fetched, name -> commit. */
  localTags: Map<string, string>
  /**
   * Tags of the prefix each branch's tracking ref reaches (`git tag --merged`), for the branches
   * read after the last fetch: a caller asks git again only for the others.
   */
  reached: Map<string, string[]>
}

/** Makes the release tags and the named branches' recent history available locally. */
export async function ensureReleaseHistory(
  git: Git,
  request: HistoryRequest
): Promise<HistoryReport> {
  const remote = request.remote ?? 'origin'
  const prefix = request.tagPrefix ?? SHARED_DEFAULTS['tag-prefix']
  const wasShallow = await git.isShallow()
  const listing =
    request.listing ??
    (await git.listRemote(
      [...request.branches.map((b) => `refs/heads/${b}`), `refs/tags/${prefix}*`],
      remote
    ))
  const remoteTags = releaseTags(listing, prefix)
  const local = request.local ?? (await readLocalRefs(git, prefix, remote))
  const missing = missingLocally(local, listing, request.branches, prefix)
  const spec = (b: string) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`
  // Extra branches origin has and the clone lacks as origin has them: riders on the one fetch.
  const riders = (request.alsoFetch ?? [])
    .filter((b) => listing.refs.has(`refs/heads/${b}`))
    .filter((b) => local.tracking.get(b) !== listing.refs.get(`refs/heads/${b}`))
    .map(spec)
  const refspecs = missing.branches.map(spec)
  const tagSpecs = missing.tags.length > 0 ? [`+refs/tags/${prefix}*:refs/tags/${prefix}*`] : []
  // A tag fetch brings every tag of the prefix origin has (pre-releases too), as origin has it.
  const localTags = new Map([...local.tags].map(([name, tag]) => [name, tag.commit]))
  if (tagSpecs.length > 0)
    for (const [ref, sha] of listing.refs)
      if (ref.startsWith(`refs/tags/${prefix}`)) localTags.set(ref.slice('refs/tags/'.length), sha)
  const reached = new Map<string, string[]>()
  const report = { wasShallow, remoteTags, localTags, reached }
  if (!wasShallow) {
    // A full clone that has origin's branches and tags as they are needs no fetch at all.
    if (refspecs.length + tagSpecs.length + riders.length > 0)
      await git.run(['fetch', '--no-tags', remote, ...refspecs, ...riders, ...tagSpecs])
    return report
  }
  if (remoteTags.size === 0) {
    // First release: the whole history is the release.
    const all = request.branches.map(spec)
    await git.run(['fetch', '--no-tags', '--unshallow', remote, ...all, ...riders])
    return report
  }
  const ends = request.endsRange ?? (() => true)
  // A branch the clone has no tracking ref of is short of a tag without asking git; so is every
  // branch when the clone has no tag that ends the range (a fresh depth-1 checkout has none).
  const absent = request.branches.filter((b) => !local.tracking.has(b))
  const anyEnds = [...local.tags.keys()].some(
    (tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag)
  )
  const tracked = request.branches.filter((b) => local.tracking.has(b))
  const behind = [
    ...absent,
    ...(anyEnds ? await branchesShortOfTag(git, tracked, prefix, remote, ends) : tracked)
  ]
  const stale = new Set(missing.branches)
  let check = behind
  if (missing.tags.length <= ONE_FETCH_TAGS) {
    // One fetch for all of it. git leaves out of a fetch every ref whose destination already
    // names origin's commit, so a tip the clone has (the checked-out branch) is asked for without
    // a destination: that makes it a want, and the depth applies to it as to the new refs.
    const wants = [
      ...behind.map((b) => (stale.has(b) ? spec(b) : `refs/heads/${b}`)),
      ...riders,
      ...tagSpecs
    ]
    if (wants.length > 0)
      await git.run(['fetch', '--no-tags', `--depth=${FIRST_DEPTH}`, remote, ...wants])
  } else {
    // Many tags: each one commit deep (with the new branches), then the tips short of a release
    // tag deepened together; fetching every tag as deep as a branch would cost more than a trip.
    const first = [...absent.map(spec), ...riders, ...tagSpecs]
    if (first.length > 0) await git.run(['fetch', '--no-tags', '--depth=1', remote, ...first])
    check = await branchesShortOfTag(git, behind, prefix, remote, ends)
    if (check.length > 0)
      await git.run(['fetch', '--no-tags', `--depth=${FIRST_DEPTH}`, remote, ...check.map(spec)])
  }
  // Read after the last fetch; a deepening may reach further into every branch, so none is kept.
  const short = await branchesShortOfTag(git, check, prefix, remote, ends, reached)
  if (short.length > 0) reached.clear()
  for (const branch of short) await deepenToReleaseTag(git, branch, prefix, remote, ends)
  return report
}

/** Release tags one fetch may bring as deep as the branches; more are fetched one commit deep. */
const ONE_FETCH_TAGS = 64

/**
 * What origin has that the clone lacks: branches whose tracking ref is not at origin's commit,
 * release tags absent or naming another object. No git process: the clone's refs are read already.
 */
function missingLocally(
  local: LocalRefs,
  listing: RemoteListing,
  branches: string[],
  prefix: string
): { branches: string[]; tags: string[] } {
  const tags = [...releaseTags(listing, prefix).keys()].filter(
    (name) => local.tags.get(name)?.object !== listing.objects.get(`refs/tags/${name}`)
  )
  return {
    branches: branches.filter(
      (b) =>
        !listing.refs.has(`refs/heads/${b}`) ||
        local.tracking.get(b) !== listing.refs.get(`refs/heads/${b}`)
    ),
    tags
  }
}

/** The branches whose local history does not reach a release tag that ends the range yet. */
async function branchesShortOfTag(
  git: Git,
  branches: string[],
  prefix: string,
  remote: string,
  ends: (tag: string) => boolean,
  /** Where each branch's answer is kept, when the caller reuses it. */
  keep?: Map<string, string[]>
): Promise<string[]> {
  const short: string[] = []
  for (const branch of branches) {
    const reached = await git.tagsMergedIntoIfExists(
      `refs/remotes/${remote}/${branch}`,
      `${prefix}*`
    )
    if (reached) keep?.set(branch, reached)
    if (!reached?.some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag)))
      short.push(branch)
  }
  return short
}

const FIRST_DEPTH = 16
const MAX_ROUNDS = 4

/**
 * Fetches `branch` deeper and deeper (16, 64, 256, 1024 commits) until a release tag is in its
 * history, then stops; past that, the whole history. `--shallow-exclude` would be exact, but git
 * (2.39) records a shallow boundary it never sends when the tip is a merge commit the clone
 * already has, and every later fetch then fails with "error in object: unshallow".
 */
async function deepenToReleaseTag(
  git: Git,
  branch: string,
  prefix: string,
  remote: string,
  ends: (tag: string) => boolean
): Promise<void> {
  const tracking = `refs/remotes/${remote}/${branch}`
  const refspec = `+refs/heads/${branch}:${tracking}`
  let depth = FIRST_DEPTH * 4
  let boundary = shallowBoundary(git)
  for (let round = 1; round < MAX_ROUNDS; round++, depth *= 4) {
    await git.run(['fetch', '--no-tags', `--depth=${depth}`, remote, refspec])
    const reached = await git.tagsMergedInto(tracking, `${prefix}*`)
    if (reached.some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag))) return
    // A deeper fetch that left the shallow boundary as it was brought no older commit: the
    // branch's whole history is here (e.g. a main branch no release was tagged on), and asking
    // again, deeper or for all of it, would be another trip to origin for nothing.
    const now = shallowBoundary(git)
    if (now !== undefined && now === boundary) return
    boundary = now
  }
  await git.run(['fetch', '--no-tags', '--unshallow', remote, refspec], { allowFailure: true })
}

/**
 * The clone's shallow boundary as git keeps it (its `shallow` file), '' when it has none;
 * undefined when where git keeps it cannot be told without asking git.
 */
function shallowBoundary(git: Git): string | undefined {
  const file = git.shallowFile()
  if (file === undefined) return undefined
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

/** The `<prefix>X.Y.Z` tags of a listing, name -> commit (peeled). */
export function releaseTags(listing: RemoteListing, prefix: string): Map<string, string> {
  const tags = new Map<string, string>()
  for (const [ref, sha] of listing.refs) {
    if (!ref.startsWith(`refs/tags/${prefix}`)) continue
    const name = ref.slice('refs/tags/'.length)
    if (RELEASE_TAG.test(name.slice(prefix.length))) tags.set(name, sha)
  }
  return tags
}

/**
 * Makes `revisions` (e.g. `HEAD ^v1.2.0`) a complete range: while a commit in it is a shallow
 * boundary (its parents not fetched), fetches deeper (bounded), then the whole history. Throws
 * when the range still meets the boundary, so no caller reads a truncated range as the release.
 */
export async function completeRange(
  git: Git,
  revisions: string[],
  remote = 'origin'
): Promise<void> {
  // A full clone has no shallow boundary: nothing to check.
  if (!(await cutOffIn(git, revisions))) return
  for (let step = 0; step < 4 && (step === 0 || (await cutOffIn(git, revisions))); step++) {
    await git.run(['fetch', '--no-tags', `--deepen=${64 * 4 ** step}`, remote], {
      allowFailure: true
    })
  }
  if (!(await cutOffIn(git, revisions))) return
  await git.run(['fetch', '--no-tags', '--unshallow', remote], { allowFailure: true })
  if (await cutOffIn(git, revisions)) {
    throw new Error(
      `The range ${revisions.join(' ')} is cut off by the shallow clone even after fetching the whole history from ${remote}.`
    )
  }
}

/** Makes the whole history of HEAD available (a first release reads all of it). */
export async function completeHistory(git: Git, remote = 'origin'): Promise<void> {
  if (!(await git.isShallow())) return
  await git.run(['fetch', '--no-tags', '--unshallow', remote], { allowFailure: true })
  if (await git.isShallow()) await completeRange(git, ['HEAD'], remote)
}

/** Whether a commit of the range is a shallow boundary (its parents not fetched). */
async function cutOffIn(git: Git, revisions: string[]): Promise<boolean> {
  let file = git.shallowFile()
  if (file === undefined) {
    const shallow = await git.output(['rev-parse', '--git-path', 'shallow'])
    file = isAbsolute(shallow) ? shallow : join(git.cwd, shallow)
  }
  if (!existsSync(file)) return false
  const boundary = new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))
  if (boundary.size === 0) return false
  const commits = await git.output(['rev-list', ...revisions, '--'])
  return commits.split('\n').some((sha) => boundary.has(sha))
}
