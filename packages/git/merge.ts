/**
 * Merging one remote branch into another and pushing the merge commit, in a scratch worktree so
 * the job's own checkout is left as it was. A push that loses a race redoes the merge on the new
 * head (a merge commit cannot be rebased); a conflict or a refused push is reported, not forced.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { Git } from './git.js'
import { classifyPushFailure, remoteMessage, type PushRejection } from './push.js'

export interface MergeRequest {
  /** Remote branch names, e.g. main and develop. */
  source: string
  target: string
  message: string
  dryRun: boolean
  /** Where the scratch worktree goes (RUNNER_TEMP). */
  scratch: string
  maxAttempts?: number
  /** How the merge reaches the target (commit-via); default: push the local merge commit. */
  publish?: PublishMerge
}

/** What the server said of a merge made through the API. */
export type PublishedMerge =
  | { kind: 'merged'; sha: string }
  /** The source is already in the target (someone merged meanwhile). */
  | { kind: 'unchanged' }
  /** The target moved and the merge conflicts on its new head: merge again locally. */
  | { kind: 'moved' }
  | { kind: 'refused'; rejection: PushRejection; detail: string }

/** Merges `sourceSha` into `target` on the server with `message` (the merges API). */
export type PublishMerge = (
  target: string,
  sourceSha: string,
  message: string
) => Promise<PublishedMerge>

export type MergeAttempt =
  /** `source` is already in `target` (at `sha`). */
  | { kind: 'unchanged'; sha: string }
  /** The merge commit `sha` was pushed (or, in a dry run, would be: `sha` is the target head). */
  | { kind: 'merged'; sha: string; replays: number; wouldMerge?: boolean }
  | { kind: 'conflict'; files: string[]; targetSha: string }
  | { kind: 'refused'; rejection: PushRejection; detail: string; targetSha: string }

/** Merges `origin/<source>` into `origin/<target>` with a merge commit and pushes it. */
export async function mergeAndPush(git: Git, request: MergeRequest): Promise<MergeAttempt> {
  const maxAttempts = request.maxAttempts ?? 4
  const dir = mkdtempSync(join(request.scratch, 'back-merge-'))
  const tracking = (branch: string) => `refs/remotes/origin/${branch}`
  await git.run(['worktree', 'add', '--detach', '--quiet', dir, tracking(request.target)])
  const tree = new Git(dir, { log: git.log, identity: git.identity })
  try {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const targetSha = await git.output(['rev-parse', tracking(request.target)])
      const sourceSha = await git.output(['rev-parse', tracking(request.source)])
      if (await git.isAncestor(sourceSha, targetSha)) return { kind: 'unchanged', sha: targetSha }
      await tree.run(['checkout', '--quiet', '--force', '--detach', targetSha])
      const merge = await tree.run(
        ['merge', '--no-ff', '--no-edit', '--no-verify', '-m', request.message, sourceSha],
        { allowFailure: true }
      )
      if (merge.exitCode !== 0) {
        const files = (await tree.output(['diff', '--name-only', '--diff-filter=U']))
          .split('\n')
          .filter(Boolean)
        await tree.run(['merge', '--abort'], { allowFailure: true })
        if (files.length === 0) {
          throw new Error(`git merge failed: ${merge.stderr.trim() || merge.stdout.trim()}`)
        }
        return { kind: 'conflict', files, targetSha }
      }
      if (request.dryRun) return { kind: 'merged', sha: targetSha, replays: 0, wouldMerge: true }
      const mergeSha = await tree.headSha()
      if (request.publish) {
        const published = await request.publish(request.target, sourceSha, request.message)
        if (published.kind === 'refused') return { ...published, targetSha }
        if (published.kind !== 'moved') {
          await fetchTarget(git, request.target)
          const sha = await git.output(['rev-parse', tracking(request.target)])
          if (published.kind === 'unchanged') return { kind: 'unchanged', sha }
          await checkSameTree(git, published.sha, mergeSha, targetSha)
          return { kind: 'merged', sha: published.sha, replays: attempt - 1 }
        }
      } else {
        // Pushed from the checkout itself (same objects), so its credentials and token apply.
        const push = await git.run(
          ['push', '--porcelain', 'origin', `${mergeSha}:refs/heads/${request.target}`],
          { allowFailure: true }
        )
        if (push.exitCode === 0) return { kind: 'merged', sha: mergeSha, replays: attempt - 1 }
        const rejection = classifyPushFailure(push)
        if (rejection !== 'race') {
          return {
            kind: 'refused',
            rejection,
            detail: remoteMessage(push) || push.stderr.trim(),
            targetSha
          }
        }
      }
      git.log.info(
        `${request.target} moved while we merged; merging again on its new head (attempt ${attempt}).`
      )
      await fetchTarget(git, request.target)
    }
    throw new Error(
      `Pushing the merge into ${request.target} kept losing races with other pushes (${maxAttempts} attempts); nothing was forced, rerun the job.`
    )
  } finally {
    await git.run(['worktree', 'remove', '--force', dir], { allowFailure: true })
    rmSync(dir, { recursive: true, force: true })
    await git.run(['worktree', 'prune'], { allowFailure: true })
  }
}

async function fetchTarget(git: Git, target: string): Promise<void> {
  await git.run([
    'fetch',
    '--no-tags',
    'origin',
    `+refs/heads/${target}:refs/remotes/origin/${target}`
  ])
}

/**
 * GitHub's merge commit, when made on the head we merged locally, must hold the local merge's
 * tree: the same content either way. (On a head that moved meanwhile it is a merge of its own.)
 */
async function checkSameTree(git: Git, published: string, local: string, targetSha: string) {
  if ((await git.output(['rev-parse', `${published}^1`])) !== targetSha) return
  const [theirs, ours] = await Promise.all([
    git.output(['rev-parse', `${published}^{tree}`]),
    git.output(['rev-parse', `${local}^{tree}`])
  ])
  if (theirs !== ours) {
    throw new Error(
      `GitHub's merge commit ${published} has tree ${theirs}, not the local merge's ${ours}.`
    )
  }
}
