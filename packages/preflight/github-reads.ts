/**
 * The GitHub reads preflight makes, every one a GET: the repository (role flags and, for a
 * classic PAT, its scopes), and per branch the branch, its classic protection and its rules.
 */
import { allInOrder } from '../base/in-order.js'
import type { GitHubClient } from '../github/client.js'
import { explainApiError, isSecondaryRateLimit } from '../github/errors.js'
import { classicBlockers, type BranchPolicy, type ClassicProtection } from './branch-policy.js'
import { mergeSettingsOf } from './merge-methods.js'
import type { RepositoryAccess } from './permissions.js'
import type { TagRuleset } from './tag-rules.js'

/** The merge methods a `pull_request` rule allows (its newest parameter), if any rule says. */
function allowedMergeMethodsOf(rules: Array<{ type: string; parameters?: unknown }>) {
  const lists = rules.flatMap((rule) => {
    const methods = (rule.parameters as { allowed_merge_methods?: unknown } | undefined)
      ?.allowed_merge_methods
    return rule.type === 'pull_request' && Array.isArray(methods) ? [methods as string[]] : []
  })
  if (lists.length === 0) return undefined
  // Every rule applies: only the methods all of them allow are left.
  return lists.reduce((left, list) => left.filter((m) => list.includes(m)))
}

/** What preflight asks GitHub; an interface so the checks run against any source. */
export interface PreflightGitHub {
  repositoryAccess(): Promise<RepositoryAccess>
  branchPolicy(branch: string): Promise<BranchPolicy>
  /** The repository's tag rulesets (its own and its organisation's), or why they are unreadable. */
  tagRulesets(): Promise<TagRuleset[] | { unreadable: string }>
}

/** An API failure preflight reports: the HTTP status (0 when there was no answer) and message. */
export class ApiReadError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'ApiReadError'
  }
}

function readError(error: unknown): ApiReadError {
  const failure = error as { status?: number; message?: string; response?: { data?: unknown } }
  const data = failure.response?.data as { message?: string } | undefined
  const status = typeof failure.status === 'number' ? failure.status : 0
  return new ApiReadError(status, data?.message ?? failure.message ?? String(error))
}

/**
 * Runs a read; an answer with one of `tolerated` statuses comes back as that status. GitHub's
 * secondary rate limit (a 403 or 429 that says so) is never read as a missing permission or an
 * unreadable setting: it stops preflight with an error that names it.
 */
async function read<T>(
  call: () => Promise<T>,
  tolerated: number[] = []
): Promise<T | ApiReadError> {
  try {
    return await call()
  } catch (error) {
    if (isSecondaryRateLimit(error)) throw explainApiError(error, 'checking the repository')
    const failure = readError(error)
    if (tolerated.includes(failure.status)) return failure
    throw failure
  }
}

export function createPreflightGitHub(
  client: GitHubClient,
  repository: { owner: string; repo: string }
): PreflightGitHub {
  return {
    async repositoryAccess() {
      const answer = await read(() => client.request('GET /repos/{owner}/{repo}', repository))
      if (answer instanceof ApiReadError) throw answer
      const scopesHeader = answer.headers['x-oauth-scopes']
      return {
        role: answer.data.permissions,
        scopes:
          typeof scopesHeader === 'string'
            ? scopesHeader
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)
            : undefined,
        private: answer.data.private,
        mergeSettings: mergeSettingsOf(answer.data)
      }
    },

    async tagRulesets() {
      const listed = await read(
        () =>
          client.paginate('GET /repos/{owner}/{repo}/rulesets', {
            ...repository,
            targets: 'tag',
            includes_parents: true,
            per_page: 100
          }),
        [401, 403, 404]
      )
      if (listed instanceof ApiReadError)
        return { unreadable: `${listed.status} ${listed.message}` }
      // The list leaves out conditions and rules: each tag ruleset is read in full, all at once
      // (the first unreadable one in the list's order is the one reported).
      const summaries = listed.filter(
        (r) => (r.target ?? 'tag') === 'tag' && r.enforcement !== 'disabled'
      )
      const answers = await allInOrder(
        summaries.map((summary) =>
          read(
            () =>
              client.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
                ...repository,
                ruleset_id: summary.id,
                includes_parents: true
              }),
            [401, 403, 404]
          )
        )
      )
      const rulesets: TagRuleset[] = []
      for (const [i, full] of answers.entries()) {
        if (full instanceof ApiReadError) {
          return { unreadable: `ruleset ${summaries[i].id}: ${full.status} ${full.message}` }
        }
        const refName = (
          full.data.conditions as { ref_name?: { include?: string[]; exclude?: string[] } } | null
        )?.ref_name
        rulesets.push({
          name: full.data.name,
          enforcement: full.data.enforcement,
          include: refName?.include ?? [],
          exclude: refName?.exclude ?? [],
          rules: (full.data.rules ?? []).map((rule) => rule.type),
          canBypass: full.data.current_user_can_bypass
        })
      }
      return rulesets
    },

    async branchPolicy(branch) {
      const params = { ...repository, branch }
      // The rules that apply to the branch are asked for with the branch itself, and used only
      // when it exists (their failure then counts, after the branch's own).
      const rulesRead = read(
        () => client.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', params),
        [401, 403, 404]
      )
      rulesRead.catch(() => undefined)
      const found = await read(
        () => client.request('GET /repos/{owner}/{repo}/branches/{branch}', params),
        [404]
      )
      if (found instanceof ApiReadError) {
        return { branch, exists: false, protected: false, classic: { state: 'none' } }
      }
      // An unprotected branch has no classic protection to read (and only admins could).
      const protection = found.data.protected
        ? await read(
            () => client.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', params),
            [401, 403, 404]
          )
        : undefined
      const rules = await rulesRead
      let classic: ClassicProtection
      if (protection === undefined) {
        classic = { state: 'none' }
      } else if (!(protection instanceof ApiReadError)) {
        const data = protection.data as Record<string, unknown>
        const enforceAdmins = (data.enforce_admins as { enabled?: boolean } | undefined)?.enabled
        classic = { state: 'read', blockers: classicBlockers(data), enforceAdmins: !!enforceAdmins }
      } else if (protection.status === 404 && /not protected/i.test(protection.message)) {
        classic = { state: 'none' }
      } else {
        classic = {
          state: 'unreadable',
          reason: `${protection.status} ${protection.message}; reading it needs administration: read`
        }
      }
      return {
        branch,
        exists: true,
        protected: found.data.protected,
        classic,
        ...(rules instanceof ApiReadError
          ? { rulesError: `${rules.status} ${rules.message}` }
          : {
              rules: [...new Set(rules.data.map((rule) => rule.type))],
              allowedMergeMethods: allowedMergeMethodsOf(rules.data)
            })
      }
    }
  }
}
