/**
 * Fetching just the history a release needs. actions/checkout clones one commit deep and
 * without tags; rather than a blind `--unshallow`, we fetch the release tags themselves one
 * commit deep, then each branch we need, deeper step by step until its history holds a release
 * tag.
 */
import type { Git } from './git.js'

const RELEASE_TAG = /^\d+\.\d+\.\d+$/

export interface HistoryRequest {
  /** Branches whose history (back to their latest release tag) is needed, e.g. ['main']. */
  branches: string[]
  /** Release tags are `<prefix>X.Y.Z`. */
  tagPrefix?: string
  remote?: string
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
  for (const branch of request.branches) await deepenToReleaseTag(git, branch, prefix, remote)
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
  remote: string
): Promise<void> {
  const tracking = `refs/remotes/${remote}/${branch}`
  const refspec = `+refs/heads/${branch}:${tracking}`
  let depth = FIRST_DEPTH
  for (let round = 0; round < MAX_ROUNDS; round++, depth *= 4) {
    await git.run(['fetch', '--no-tags', `--depth=${depth}`, remote, refspec])
    const reached = await git.tagsMergedInto(tracking, `${prefix}*`)
    if (reached.some((tag) => RELEASE_TAG.test(tag.slice(prefix.length)))) return
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
