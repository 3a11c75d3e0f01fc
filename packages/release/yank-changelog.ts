/**
 * A rolled-back release's CHANGELOG section marked `[YANKED]` on develop, through back-merge's
 * path: one commit on `yank/<version>` (on develop when it has the section already, else on
 * the release tag, whose content back-merge would bring anyway), merged into develop with a
 * merge commit, or a pull request where develop is protected or the merge conflicts. With
 * `commit-via: api` (or `auto` where the branch requires signatures) both the yank commit and
 * the merge are made by GitHub (Verified), as bump-version's and back-merge's are.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { errorMessage } from '../base/errors.js'
import { yankSection } from '../changelog/yank.js'
import type { Git } from '../git/git.js'
import type { PublishMerge } from '../git/merge.js'
import type { PublishCommits } from '../git/push.js'
import type { BranchPatterns } from '../versioning/index.js'
import { backMerge, type PullRequestOpener } from './back-merge.js'

export interface YankRequest {
  version: string
  tagPrefix: string
  developBranch: string
  changelogPath: string
  patterns: BranchPatterns
  scratch: string
  /** commit-via: how commits reach a branch; undefined (or an answer of undefined): git push. */
  via?: YankPublishers
}

/** The API side of `commit-via` for the yank: per branch, undefined means git. */
export interface YankPublishers {
  commits: (branch: string) => Promise<PublishCommits | undefined>
  merge: (target: string) => Promise<PublishMerge | undefined>
  /** Creates a branch at a commit origin has (the API's commits go onto an existing branch). */
  createBranch: (branch: string, sha: string) => Promise<void>
}

export interface YankOutcome {
  result: 'updated' | 'unchanged' | 'skipped' | 'failed'
  detail: string
  pullRequestUrl?: string
}

/** Marks the section yanked on develop; rerun-safe (an open pull request is reused). */
export async function yankOnDevelop(
  git: Git,
  request: YankRequest,
  openPull: PullRequestOpener
): Promise<YankOutcome> {
  const { version, developBranch: develop, changelogPath: path } = request
  const tag = `${request.tagPrefix}${version}`
  const branch = `yank/${version}`
  try {
    await git.run([
      'fetch',
      '--no-tags',
      ...((await git.isShallow()) ? ['--unshallow'] : []),
      'origin',
      `+refs/heads/${develop}:refs/remotes/origin/${develop}`,
      `+refs/tags/${tag}:refs/tags/${tag}`
    ])
    const onDevelop = await show(git, `refs/remotes/origin/${develop}`, path)
    const there = onDevelop === undefined ? undefined : yankSection(onDevelop, version, path)
    if (there !== undefined && there === onDevelop) {
      return {
        result: 'unchanged',
        detail: `${path} on ${develop} already marks ${version} [YANKED]`
      }
    }
    const head = await yankCommit(
      git,
      request,
      there !== undefined ? `refs/remotes/origin/${develop}` : `refs/tags/${tag}`
    )
    if (!head) {
      return {
        result: 'skipped',
        detail: `${path} has no [${version}] section on ${develop} or at ${tag}`
      }
    }
    const report = await backMerge(
      git,
      {
        source: branch,
        target: develop,
        version,
        message: `Merge ${branch} into {target}: ${version} rolled back`,
        onConflict: 'pull-request',
        releaseBranches: false,
        patterns: request.patterns,
        tagPrefix: request.tagPrefix,
        pullRequestBranch: branch,
        labels: [],
        dryRun: false,
        scratch: request.scratch,
        publishMerge: request.via?.merge
      },
      openPull
    )
    const target = report.targets[0]
    if (target.result === 'pull-request') {
      return {
        result: 'updated',
        detail: `${version} [YANKED] waits in ${target.pullRequestUrl ?? 'a pull request'} into ${develop} (${target.reason ?? ''})`,
        pullRequestUrl: target.pullRequestUrl
      }
    }
    await git.run(['push', '--porcelain', 'origin', `:refs/heads/${branch}`], {
      allowFailure: true
    })
    return { result: 'updated', detail: `${path} on ${develop} marks ${version} [YANKED]` }
  } catch (error) {
    return {
      result: 'failed',
      detail: `could not mark ${version} [YANKED] on ${develop} (the token needs contents: write and pull-requests: write): ${errorMessage(error)}`
    }
  }
}

/** The yank commit on origin's `yank/<version>`: reused when there, else made on `base` and pushed. */
async function yankCommit(
  git: Git,
  request: YankRequest,
  base: string
): Promise<string | undefined> {
  const ref = `refs/heads/yank/${request.version}`
  const existing = (await git.remoteRefs(ref)).get(ref)
  if (existing) {
    await git.run([
      'fetch',
      '--no-tags',
      'origin',
      `+${ref}:refs/remotes/origin/yank/${request.version}`
    ])
    const text = await show(git, existing, request.changelogPath)
    if (text !== undefined && yankSection(text, request.version) === text) return existing
  }
  const text = await show(git, base, request.changelogPath)
  const yanked =
    text === undefined ? undefined : yankSection(text, request.version, request.changelogPath)
  if (yanked === undefined || text === undefined) return undefined
  const dir = mkdtempSync(join(request.scratch, 'yank-'))
  try {
    await git.run(['worktree', 'add', '--detach', '--quiet', dir, base])
    const tree = git.at(dir)
    writeFileSync(join(dir, request.changelogPath), yanked)
    // Same bytes as read, except the heading: the file's encoding and line ends are kept.
    if (readFileSync(join(dir, request.changelogPath), 'utf8') !== yanked)
      throw new Error('write failed')
    await tree.run(['add', '--', request.changelogPath])
    await tree.run([
      'commit',
      '--quiet',
      '--no-verify',
      '-m',
      `Mark ${request.version} [YANKED] in ${request.changelogPath}: rolled back`
    ])
    const branch = `yank/${request.version}`
    const publish = await request.via?.commits(branch)
    if (publish) {
      // GitHub makes (and signs) the commit on the branch, created first at the base.
      const onto = await git.output(['rev-parse', `${base}^{commit}`])
      if (!existing) await request.via?.createBranch(branch, onto)
      return (await publish(tree, branch, existing ?? onto)).sha
    }
    const sha = await tree.headSha()
    const push = await git.run(['push', '--porcelain', 'origin', `${sha}:${ref}`], {
      allowFailure: true
    })
    if (push.exitCode !== 0) throw new Error(`push of ${ref} refused: ${push.stderr.trim()}`)
    return sha
  } finally {
    await git.run(['worktree', 'remove', '--force', dir], { allowFailure: true })
    rmSync(dir, { recursive: true, force: true })
    await git.run(['worktree', 'prune'], { allowFailure: true })
  }
}

async function show(git: Git, ref: string, path: string): Promise<string | undefined> {
  const result = await git.run(['show', `${ref}:${path}`], { allowFailure: true })
  return result.exitCode === 0 ? result.stdout : undefined
}
