/**
 * Merging one remote branch into another and pushing the merge commit, in a scratch worktree so
 * the job's own checkout is left as it was. A push that loses a race redoes the merge on the new
 * head (a merge commit cannot be rebased); a conflict or a refused push is reported, not forced:
 * the push leases the head it merged on and only ever fast-forwards it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
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
  /**
   * The release arrived on `source` squashed or rebased: `commit` carries the content of the
   * release branch's head `head`. A conflicting file whose content there is the release head's
   * is merged again on the release branch's own merge base with the target, so changes the
   * target already has are not conflicts a second time.
   */
  squashed?: { commit: string; head: string }
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
  | {
      kind: 'merged'
      sha: string
      replays: number
      wouldMerge?: boolean
      /** Files resolved on the release branch's merge base (a squashed release). */
      resolved?: string[]
    }
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
      let resolved: string[] | undefined
      if (merge.exitCode !== 0) {
        const files = (await tree.output(['diff', '--name-only', '--diff-filter=U']))
          .split('\n')
          .filter(Boolean)
        if (files.length === 0) {
          await tree.run(['merge', '--abort'], { allowFailure: true })
          throw new Error(`git merge failed: ${merge.stderr.trim() || merge.stdout.trim()}`)
        }
        const left = request.squashed
          ? await resolveSquashed(tree, files, request.squashed, targetSha)
          : files
        if (left.length > 0) {
          await tree.run(['merge', '--abort'], { allowFailure: true })
          return { kind: 'conflict', files: left, targetSha }
        }
        await tree.run(['commit', '--quiet', '--no-verify', '-m', request.message])
        resolved = files
      }
      if (request.dryRun) {
        return { kind: 'merged', sha: targetSha, replays: 0, wouldMerge: true, resolved }
      }
      const mergeSha = await tree.headSha()
      if (request.publish && resolved) {
        // GitHub's merges API merges without our resolution of a squashed release's files.
        git.log.warning(
          `The release arrived on ${request.source} squashed; ${resolved.join(', ')} merged on the release branch's base here, so the merge commit is pushed with git, not made through the API.`
        )
      }
      if (request.publish && !resolved) {
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
        // The lease is the head we merged on: origin takes the push only while the target is
        // still there, so another push in between (a commit, or a force-push back) fails ours
        // and we merge again on the new head; the update itself is always a fast-forward.
        const ref = `refs/heads/${request.target}`
        const push = await git.run(
          [
            'push',
            '--porcelain',
            `--force-with-lease=${ref}:${targetSha}`,
            'origin',
            `${mergeSha}:${ref}`
          ],
          { allowFailure: true }
        )
        if (push.exitCode === 0) {
          return { kind: 'merged', sha: mergeSha, replays: attempt - 1, resolved }
        }
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

/**
 * Merges each conflicting file again, three-way on the release branch's merge base with the
 * target, when the squash commit's content of it is the release head's: what the target already
 * has of the release is then no conflict. Resolved files are staged; the rest are returned.
 */
async function resolveSquashed(
  tree: Git,
  files: string[],
  squashed: { commit: string; head: string },
  targetSha: string
): Promise<string[]> {
  const base = await tree.run(['merge-base', squashed.head, targetSha], { allowFailure: true })
  if (base.exitCode !== 0) return files
  const baseSha = base.stdout.trim()
  const blob = async (commit: string, path: string) => {
    const r = await tree.run(['rev-parse', '--verify', '--quiet', `${commit}:${path}`], {
      allowFailure: true
    })
    return r.exitCode === 0 ? r.stdout.trim() : undefined
  }
  const left: string[] = []
  const scratch = mkdtempSync(join(dirname(tree.cwd), 'squash-'))
  try {
    for (const file of files) {
      const theirs = await blob(squashed.head, file)
      const [ours, inBase, inSquash] = await Promise.all([
        blob(targetSha, file),
        blob(baseSha, file),
        blob(squashed.commit, file)
      ])
      if (!theirs || theirs !== inSquash || !ours || !inBase) {
        left.push(file)
        continue
      }
      const paths = ['ours', 'base', 'theirs'].map((name) => join(scratch, name))
      for (const [index, sha] of [ours, inBase, theirs].entries()) {
        writeFileSync(paths[index], (await tree.run(['cat-file', 'blob', sha])).stdout)
      }
      const merged = await tree.run(['merge-file', '-p', ...paths], { allowFailure: true })
      if (merged.exitCode !== 0) {
        left.push(file)
        continue
      }
      writeFileSync(join(tree.cwd, file), merged.stdout)
      await tree.run(['add', '--', file])
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  return left
}

/** What merging `source` into `target` would do, from a trial merge that touches no ref. */
export interface MergeForecast {
  source: string
  target: string
  sourceSha: string
  targetSha: string
  /** `unchanged`: source is already in target. */
  result: 'clean' | 'conflict' | 'unchanged'
  conflicts: string[]
}

/**
 * A trial merge of `origin/<source>` into `origin/<target>` with `git merge-tree --write-tree`
 * (git 2.38+): the objects it writes belong to no ref, no branch, index or worktree changes.
 * The caller has fetched both branches with their history.
 */
export async function forecastMerge(
  git: Git,
  source: string,
  target: string
): Promise<MergeForecast> {
  const [sourceSha, targetSha] = await Promise.all(
    [source, target].map((b) => git.output(['rev-parse', `refs/remotes/origin/${b}`]))
  )
  const base = { source, target, sourceSha, targetSha }
  if (await git.isAncestor(sourceSha, targetSha)) {
    return { ...base, result: 'unchanged', conflicts: [] }
  }
  const trial = await git.run(
    ['merge-tree', '--write-tree', '--name-only', '--no-messages', targetSha, sourceSha],
    { allowFailure: true }
  )
  // Exit 0: clean; 1: conflicts (the tree, then the conflicted paths); else an error.
  if (trial.exitCode !== 0 && trial.exitCode !== 1) {
    throw new Error(`git merge-tree failed: ${trial.stderr.trim() || trial.stdout.trim()}`)
  }
  const conflicts = trial.exitCode === 1 ? trial.stdout.trim().split('\n').slice(1) : []
  return { ...base, result: conflicts.length > 0 ? 'conflict' : 'clean', conflicts }
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
