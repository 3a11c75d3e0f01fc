/**
 * `commit-via: api` for back-merge: the merge commit is made by GitHub (`POST /merges`), which
 * signs it (Verified). GitHub merges on the target's current head atomically, so there is no
 * race to lose; a conflict that appears because the target moved is merged again locally.
 */
import type { Repository } from '../action-kit/context.js'
import type { PublishMerge, PublishedMerge } from '../git/merge.js'
import type { GitHubClient } from './client.js'
import { isSecondaryRateLimit } from './errors.js'
import { NO_BLIND_RETRY, writeOnce } from './write-once.js'

export function mergeThroughApi(github: GitHubClient, repository: Repository): PublishMerge {
  return async (target, sourceSha, message): Promise<PublishedMerge> => {
    try {
      return await writeOnce<PublishedMerge>({
        what: `merging ${sourceSha} into ${target}`,
        send: async () => {
          const answer = await github.request('POST /repos/{owner}/{repo}/merges', {
            ...repository,
            base: target,
            head: sourceSha,
            commit_message: message,
            request: NO_BLIND_RETRY
          })
          // 204 (nothing to merge) has no body; octokit's types know only the 201.
          const sha = (answer.data as { sha?: string } | undefined)?.sha
          return sha ? { kind: 'merged', sha } : { kind: 'unchanged' }
        },
        // A lost answer: the merge was applied when the target's head is our merge commit.
        lookup: async () => {
          const { data } = await github.rest.repos.getCommit({ ...repository, ref: target })
          const ours =
            data.parents.some((p) => p.sha === sourceSha) &&
            data.commit.message.trim() === message.trim()
          return ours ? { kind: 'merged', sha: data.sha } : undefined
        }
      })
    } catch (error) {
      const { status, message: text } = error as { status?: number; message?: string }
      const detail = text ?? String(status)
      // A secondary rate limit is no refusal: it stays an API failure, named as such.
      if (isSecondaryRateLimit(error)) throw error
      if (status === 409 && /^merge conflict/i.test(detail)) return { kind: 'moved' }
      if (status === 409 || status === 422 || (status === 403 && /rule|protected/i.test(detail))) {
        return { kind: 'refused', rejection: 'protected', detail }
      }
      if (status === 403) return { kind: 'refused', rejection: 'permission', detail }
      throw error
    }
  }
}
