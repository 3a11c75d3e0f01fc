/**
 * Pushing our own commits to a branch other people push to as well. A push that loses a race is
 * replayed on top of the new remote head and retried a bounded number of times; a push the server
 * refuses (protected branch, missing permission) is a clear error. Never `--force`: a lease, at
 * most, on the head our commits were made on, so the update is always a fast-forward.
 */
import { ConfigurationError } from '../base/errors.js'
import type { Git, GitResult } from './git.js'

export type PushRejection = 'race' | 'protected' | 'permission' | 'other'

/** Tells a lost race from a refusal by reading git's report of the push. */
export function classifyPushFailure(result: GitResult): PushRejection {
  const text = `${result.stdout}\n${result.stderr}`
  if (
    /\[rejected\].*\((fetch first|non-fast-forward)\)/.test(text) ||
    /\(stale info\)/.test(text) ||
    // Another push landed between the server's ref advertisement and our update.
    /cannot lock ref '[^']+': is at [0-9a-f]+ but expected/.test(text)
  ) {
    return 'race'
  }
  if (
    /\[remote rejected\]|pre-receive hook declined|protected branch|GH006|GH013|rule violations/i.test(
      text
    )
  ) {
    return 'protected'
  }
  if (
    /Permission to .* denied|The requested URL returned error: 403|403 Forbidden|Authentication failed/i.test(
      text
    )
  ) {
    return 'permission'
  }
  return 'other'
}

/** The lines of the push report that came from the server (`remote: ...`), for error messages. */
export function remoteMessage(result: GitResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .filter((l) => /^remote:|^ ?!|\[remote rejected\]|\[rejected\]|^error:|^fatal:/.test(l.trim()))
    .map((l) => l.trim())
    .filter((l) => l !== 'remote:')
  return lines.join('\n')
}

export interface PushResult {
  /** The commit the branch points at after the push. */
  sha: string
  /** How many times our commits were replayed on top of someone else's. */
  replays: number
}

/**
 * Pushes HEAD to `branch`. `base` is the remote head our own commits were made on; after a lost
 * race they are rebased from `base` onto the new remote head, so the other commit is kept.
 */
export async function pushCommits(
  git: Git,
  branch: string,
  base: string,
  /**
   * `head`: HEAD's commit, known to the caller; a push that lands at once needs no look at it.
   * `remoteHead`: the branch's head on origin as the stage last saw it (its ls-remote).
   */
  options: { maxAttempts?: number; remote?: string; head?: string; remoteHead?: string } = {}
): Promise<PushResult> {
  const remote = options.remote ?? 'origin'
  const maxAttempts = options.maxAttempts ?? 4
  let onto = base
  // The push is taken only while origin's head is the one our commits sit on: a force-push
  // that moved the branch back meanwhile fails it (a lost race), where a plain push would bring
  // back the commits it dropped. Only then: a lease on a head our commits do not sit on would
  // let git replace whatever is there.
  let lease = options.remoteHead === base ? base : undefined
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const leased = lease ? [`--force-with-lease=refs/heads/${branch}:${lease}`] : []
    const result = await git.run(
      ['push', '--porcelain', ...leased, remote, `HEAD:refs/heads/${branch}`],
      { allowFailure: true }
    )
    if (result.exitCode === 0) {
      const sha = attempt === 1 && options.head ? options.head : await git.headSha()
      return { sha, replays: attempt - 1 }
    }
    const kind = classifyPushFailure(result)
    if (kind !== 'race') throw pushRefusal(branch, kind, result)
    git.log.info(
      `The push to ${branch} lost a race with another commit; replaying ours on top (attempt ${attempt}).`
    )
    onto = await replayOnRemote(git, branch, onto, remote)
    // Our commits now sit on the head just fetched.
    lease = onto
  }
  throw new ConfigurationError(
    `Pushing to ${branch} kept losing races with other pushes (${maxAttempts} attempts). Nothing was forced; rerun the job.`
  )
}

/** Publishes the local commits made on `base` to `branch`: `git push`, or through the API. */
export type PublishCommits = (git: Git, branch: string, base: string) => Promise<PushResult>

/**
 * After a lost race: fetches the branch and rebases our commits from `base` onto its new head
 * (the other commit is kept); returns that head. A conflict aborts the rebase and says so.
 */
export async function replayOnRemote(
  git: Git,
  branch: string,
  base: string,
  remote: string
): Promise<string> {
  const tracking = `refs/remotes/${remote}/${branch}`
  await git.run(['fetch', '--no-tags', remote, `+refs/heads/${branch}:${tracking}`])
  const remoteHead = await git.output(['rev-parse', tracking])
  const rebase = await git.run(['rebase', '--onto', remoteHead, base], { allowFailure: true })
  if (rebase.exitCode !== 0) {
    await git.run(['rebase', '--abort'], { allowFailure: true })
    throw new ConfigurationError(
      `Another commit (${remoteHead.slice(0, 12)}) landed on ${branch} and ours does not apply on top of it: ` +
        `${rebase.stdout.trim() || rebase.stderr.trim()}. Nothing was pushed; rerun the job on the new head.`
    )
  }
  return remoteHead
}

function pushRefusal(branch: string, kind: PushRejection, result: GitResult): ConfigurationError {
  const detail = remoteMessage(result) || result.stderr.trim()
  if (kind === 'protected' && /verified signatures|must be signed/i.test(detail)) {
    return new ConfigurationError(
      `The server refused the push to ${branch}: the branch requires signed commits.\n${detail}\n` +
        "Set 'commit-via: api' (or 'auto'): the commit is then made through GitHub's API, which signs it."
    )
  }
  if (kind === 'protected') {
    return new ConfigurationError(
      `The server refused the push to ${branch}; the branch is protected or a rule forbids it.\n${detail}\n` +
        'Allow this token to push (a GitHub App or PAT listed in the bypass list), or let the action open a pull request instead.'
    )
  }
  if (kind === 'permission') {
    return new ConfigurationError(
      `The token may not push to ${branch} (the job needs 'contents: write').\n${detail}`
    )
  }
  return new ConfigurationError(`Pushing to ${branch} failed.\n${detail}`)
}
