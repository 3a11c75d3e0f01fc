/**
 * Fetching just the history a release needs. actions/checkout clones one commit deep and
 * without tags; rather than a blind `--unshallow`, we fetch the release tags themselves one
 * commit deep, then each branch we need back to (and including) the newest release tag on it,
 * with `--shallow-exclude` and one `--deepen`.
 */
import { GitCommandError, type Git } from './git.js'

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
  if (refspecs.length > 0) {
    const excludes = [...remoteTags.keys()].map((tag) => `--shallow-exclude=refs/tags/${tag}`)
    for (const refspec of refspecs) {
      const args = ['fetch', '--no-tags', ...excludes, remote, refspec]
      const result = await git.run(args, { allowFailure: true })
      // A branch whose tip is itself a release tag has nothing newer to fetch; git says so as an error.
      if (
        result.exitCode !== 0 &&
        !/no commits selected for shallow requests/.test(result.stderr)
      ) {
        throw new GitCommandError(args, result)
      }
    }
    await git.run(['fetch', '--no-tags', '--deepen=1', remote, ...refspecs])
  }
  return { wasShallow, remoteTags }
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
