/**
 * The last source of the repository's default branch: `GET /repos/{owner}/{repo}`, asked only
 * when origin has no HEAD and the event carries no `repository.default_branch`.
 */
import type { RunContext } from '../action-kit/context.js'
import { errorMessage } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import type { DefaultBranchLookup } from '../git/default-branch.js'
import { createGitHubClient, type GitHubClient } from './client.js'

/**
 * A lookup of the default branch through the API, with `client` (or one made from `token` on
 * first use). Without a token or a repository it says nothing; an API failure is a warning.
 */
export function apiDefaultBranch(options: {
  context: Pick<RunContext, 'owner' | 'repo' | 'apiUrl'>
  log: Logger
  token?: string
  client?: GitHubClient
}): DefaultBranchLookup {
  const { context, log } = options
  return async () => {
    if (!context.owner || !context.repo || (!options.client && !options.token)) return undefined
    try {
      const github =
        options.client ??
        (await createGitHubClient({ token: options.token, apiUrl: context.apiUrl, log }))
      const { data } = await github.request('GET /repos/{owner}/{repo}', {
        owner: context.owner,
        repo: context.repo
      })
      return data.default_branch || undefined
    } catch (error) {
      log.warning(`GitHub did not say the repository's default branch: ${errorMessage(error)}`)
      return undefined
    }
  }
}
