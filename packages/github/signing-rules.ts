/**
 * Whether a branch takes only signed commits: a ruleset's `required_signatures` rule (anyone
 * may read the rules of a branch) or classic protection's `required_signatures` (only admins
 * may read it; unreadable counts as not required, and the push will say otherwise).
 */
import type { Repository } from '../action-kit/context.js'
import type { GitHubClient } from './client.js'

export async function requiresSignedCommits(
  github: GitHubClient,
  repository: Repository,
  branch: string
): Promise<boolean> {
  const params = { ...repository, branch, per_page: 100 }
  const status = (error: unknown) => (error as { status?: number }).status
  try {
    const rules = await github.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', params)
    if (rules.data.some((rule) => rule.type === 'required_signatures')) return true
  } catch (error) {
    if (![403, 404].includes(status(error) ?? 0)) throw error
  }
  try {
    const protection = await github.request(
      'GET /repos/{owner}/{repo}/branches/{branch}/protection',
      { ...repository, branch }
    )
    return protection.data.required_signatures?.enabled === true
  } catch (error) {
    if ([401, 403, 404].includes(status(error) ?? 0)) return false
    throw error
  }
}
