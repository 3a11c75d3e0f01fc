/**
 * Fetching just the history a release needs. actions/checkout clones one commit deep and
 * without tags; rather than a blind `--unshallow`, we fetch the release tags themselves one
 * commit deep, then each branch we need, deeper step by step until its history holds a release
 * tag.
 */
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import type { Git } from './git.js'

const RELEASE_TAG = /^\d+\.\d+\.\d+$/

export interface HistoryRequest {
  /** Branches whose history (back to their latest release tag) is needed, e.g. ['main']. */
  branches: string[]
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
}

/** Makes the release tags and the named branches' recent history available locally. */
export async function ensureReleaseHistory(
  git: Git,
  request: HistoryRequest
): Promise<HistoryReport> {
  const remote = request.remote ?? 'origin'
  const prefix = request.tagPrefix ?? 'v'
  const wasShallow = await git.isShallow()
  const remoteTags = await releaseTagsOnRemote(git, prefix, remote)
  const refspecs = request.branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`)
  const tagSpec = `+refs/tags/${prefix}*:refs/tags/${prefix}*`
  if (!wasShallow) {
    await git.run(['fetch', '--no-tags', remote, ...refspecs, tagSpec])
    return { wasShallow, remoteTags }
  }
  if (remoteTags.size === 0) {
    // First release: the whole history is the release.
    await git.run(['fetch', '--no-tags', '--unshallow', remote, ...refspecs])
    return { wasShallow, remoteTags }
  }
  await git.run(['fetch', '--no-tags', '--depth=1', remote, tagSpec])
  const ends = request.endsRange ?? (() => true)
  for (const branch of request.branches) await deepenToReleaseTag(git, branch, prefix, remote, ends)
  return { wasShallow, remoteTags }
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
  let depth = FIRST_DEPTH
  for (let round = 0; round < MAX_ROUNDS; round++, depth *= 4) {
    await git.run(['fetch', '--no-tags', `--depth=${depth}`, remote, refspec])
    const reached = await git.tagsMergedInto(tracking, `${prefix}*`)
    if (reached.some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)) && ends(tag))) return
  }
  await git.run(['fetch', '--no-tags', '--unshallow', remote, refspec], { allowFailure: true })
}

/** The remote's `<prefix>X.Y.Z` tags, name -> commit (peeled). */
export async function releaseTagsOnRemote(
  git: Git,
  prefix = 'v',
  remote = 'origin'
): Promise<Map<string, string>> {
  const refs = await git.remoteRefs(`refs/tags/${prefix}*`, remote)
  const tags = new Map<string, string>()
  for (const [ref, sha] of refs) {
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
  // One look at a full clone: no shallow boundary, nothing to check.
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
  const shallow = await git.output(['rev-parse', '--git-path', 'shallow'])
  const file = isAbsolute(shallow) ? shallow : join(git.cwd, shallow)
  if (!existsSync(file)) return false
  const boundary = new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))
  if (boundary.size === 0) return false
  const commits = await git.output(['rev-list', ...revisions, '--'])
  return commits.split('\n').some((sha) => boundary.has(sha))
}
