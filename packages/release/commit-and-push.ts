/**
 * The one commit-and-push of the actions that write files (bump-version, update-changelog):
 * commit the paths, then publish the commit onto the branch (a push that replays after a lost
 * race, or the API's signed commit), as far as the request asks. `pushed` says what happened,
 * not what was asked: nothing is pushed without a commit or a branch.
 */
import type { Git } from '../git/git.js'
import { pushCommits, type PublishCommits } from '../git/push.js'

export interface CommitRequest {
  message: string
  push: boolean
  /** The branch to publish onto; undefined (a detached HEAD): nothing is pushed. */
  branch?: string
  /** How the commit reaches the branch; default a git push (`pushCommits`). */
  publish?: PublishCommits
  /** The branch's head on origin as the stage's ls-remote saw it: the push's lease. */
  remoteHead?: string
}

export interface Committed {
  /** Undefined when the paths held no change to commit. */
  commitSha?: string
  pushed: boolean
  /** How many times the push was replayed on a branch that moved meanwhile. */
  replays: number
}

/**
 * Commits `paths` and publishes the commit; `base` is HEAD before the files were written, by
 * default the new commit's parent.
 */
export async function commitAndPush(
  git: Git,
  paths: string[],
  base: string | undefined,
  request: CommitRequest
): Promise<Committed> {
  const made = await git.commit(paths, request.message)
  if (!request.push || made === undefined || request.branch === undefined)
    return { commitSha: made?.sha, pushed: false, replays: 0 }
  const from = base ?? made.parent
  const published = request.publish
    ? await request.publish(git, request.branch, from)
    : await pushCommits(git, request.branch, from, {
        head: made.sha,
        remoteHead: request.remoteHead
      })
  return { commitSha: published.sha, pushed: true, replays: published.replays }
}
