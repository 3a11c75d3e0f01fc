/**
 * Auto-merge of the release pull request with a merge commit (git-flow's step 12,
 * `git merge --no-ff`), so a reviewer's approval finishes the merge the right way. REST cannot
 * enable auto-merge: GitHub's GraphQL mutation `enablePullRequestAutoMerge` does.
 */
import { errorMessage } from '../base/errors.js'
import type { GitHubClient } from './client.js'
import type { Repository } from './pulls.js'

export type AutoMergeOutcome =
  | { result: 'enabled' | 'unchanged' }
  /** GitHub refused: `reason` is its message, `setting` whether a repository setting is the cause. */
  | { result: 'unavailable'; reason: string; setting: boolean }

const ENABLE = `mutation ($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { mergeMethod enabledAt } }
  }
}`

/** Enables auto-merge with MERGE on pull request `number`, unless it is on with MERGE already. */
export async function enableMergeCommitAutoMerge(
  github: GitHubClient,
  repo: Repository,
  number: number
): Promise<AutoMergeOutcome> {
  const { data } = await github.rest.pulls.get({ ...repo, pull_number: number })
  if (data.auto_merge?.merge_method === 'merge') return { result: 'unchanged' }
  try {
    await github.graphql(ENABLE, { pullRequestId: data.node_id, mergeMethod: 'MERGE' })
    return { result: 'enabled' }
  } catch (error) {
    const reasons = (error as { errors?: Array<{ message?: string }> }).errors
    const reason = reasons?.map((e) => e.message).join('; ') || errorMessage(error)
    // "clean status": nothing required is pending, so there is nothing to wait for.
    return {
      result: 'unavailable',
      reason,
      setting: /not allowed for this repository/i.test(reason)
    }
  }
}
