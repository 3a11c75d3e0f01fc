/**
 * The `commit-via` input of every action that commits: `git` pushes with the git CLI, `api`
 * creates the commit through GitHub's API (signed by GitHub, Verified), `auto` takes `api`
 * when the branch requires signed commits.
 */
import { requireRepository, type Repository, type RunContext } from '../action-kit/context.js'
import type { Logger } from '../base/logger.js'
import type { PublishMerge } from '../git/merge.js'
import type { PublishCommits } from '../git/push.js'
import type { GitHubClient } from '../github/client.js'

export const COMMIT_VIA_INPUT = 'commit-via'
export const COMMIT_VIA = ['git', 'api', 'auto'] as const
export type CommitVia = (typeof COMMIT_VIA)[number]

export interface CommitViaContext {
  repository: Repository
  /** The branch the commit goes to. */
  branch: string
  /** The API client, made only when the choice needs it. */
  github: () => Promise<GitHubClient>
  log: Logger
}

/** `git` or `api` for this branch: `auto` reads the branch's rules. */
export async function resolveCommitVia(
  via: CommitVia,
  context: CommitViaContext
): Promise<'git' | 'api'> {
  if (via !== 'auto') return via
  const { requiresSignedCommits } = await import(
    /* webpackChunkName: "github-signing-rules" */ '../github/signing-rules.js'
  )
  const signed = await requiresSignedCommits(
    await context.github(),
    context.repository,
    context.branch
  )
  context.log.info(
    signed
      ? `${context.branch} requires signed commits: committing through the API (commit-via: auto).`
      : `${context.branch} does not require signed commits: committing with git (commit-via: auto).`
  )
  return signed ? 'api' : 'git'
}

/** The publisher for `commit-via` on this branch; undefined means `git push`. */
export async function commitPublisher(
  via: CommitVia,
  context: CommitViaContext
): Promise<PublishCommits | undefined> {
  if ((await resolveCommitVia(via, context)) === 'git') return undefined
  const { publishThroughApi } = await import(
    /* webpackChunkName: "github-commit-on-branch" */ '../github/commit-on-branch.js'
  )
  return publishThroughApi(await context.github(), context.repository)
}

interface StepSettings {
  token: string | undefined
  context: RunContext
  log: Logger
}

/** The API client of a step, made once and only when a choice needs it. */
function lazyClient(step: StepSettings): () => Promise<GitHubClient> {
  let client: Promise<GitHubClient> | undefined
  return () =>
    (client ??= import(/* webpackChunkName: "github-client" */ '../github/client.js').then(
      ({ createGitHubClient }) =>
        createGitHubClient({ token: step.token, apiUrl: step.context.apiUrl, log: step.log })
    ))
}

/**
 * For the branch a step's commit goes to, how it gets there: undefined means `git push` (nothing
 * to decide for `git`, or no branch). What an entry hands its use-case, which asks once it knows
 * the branch.
 */
export function stepPublisher(
  via: CommitVia,
  step: StepSettings
): (branch: string | undefined) => Promise<PublishCommits | undefined> {
  return async (branch) => {
    if (via === 'git' || !branch) return undefined
    return commitPublisher(via, {
      repository: requireRepository(step.context),
      branch,
      github: lazyClient(step),
      log: step.log
    })
  }
}

/** Per merge target, how back-merge's merge commit reaches it: undefined means `git push`. */
export function stepMergePublisher(
  via: CommitVia,
  step: StepSettings
): ((target: string) => Promise<PublishMerge | undefined>) | undefined {
  if (via === 'git') return undefined
  const repository = requireRepository(step.context)
  const github = lazyClient(step)
  return async (target) => {
    const chosen = await resolveCommitVia(via, {
      repository,
      branch: target,
      github,
      log: step.log
    })
    if (chosen === 'git') return undefined
    const { mergeThroughApi } = await import(
      /* webpackChunkName: "github-merges" */ '../github/merges.js'
    )
    return mergeThroughApi(await github(), repository)
  }
}
