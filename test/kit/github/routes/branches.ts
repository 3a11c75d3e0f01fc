import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult } from '../types.js'
import type { Ruleset, RulesetRule } from '../state.js'
import { ApiError, notFound } from '../api-error.js'
import { restCommitObject } from '../git-objects.js'
import { repoApiUrl, repoHtmlUrl, simpleUser } from '../objects.js'
import { paginate } from '../pagination.js'
import { nextId } from '../state.js'
import { REPO, requireGit } from './support.js'

/**
 * Branches as their protection shows them: the branch with its protection summary, classic
 * branch protection (admins only), and the ruleset rules that apply to a branch.
 */
export function registerBranchRoutes(server: FakeGitHub): void {
  server.route('GET', `${REPO}/branches/{branch}`, getBranch, ['metadata', 'read'])
  server.route('GET', `${REPO}/branches/{branch}/protection`, getProtection, [
    'administration',
    'read'
  ])
  server.route('GET', `${REPO}/rules/branches/{branch}`, getBranchRules, ['metadata', 'read'])
}

/** What a test asks of classic branch protection; `protectBranch` turns it into the API shape. */
export interface BranchProtectionInit {
  /** Status check contexts that must pass before a push or merge. */
  requiredStatusChecks?: string[]
  /** Approving reviews a pull request needs; set means changes must go through a PR. */
  requiredReviews?: number
  enforceAdmins?: boolean
  /** Logins allowed to push; set means everyone else is refused. */
  pushAllowances?: string[]
  requiredLinearHistory?: boolean
  requiredSignatures?: boolean
  lockBranch?: boolean
}

/** Protects `branch` the classic way, stored in `state.branchProtection` in API shape. */
export function protectBranch(
  server: FakeGitHub,
  branch: string,
  init: BranchProtectionInit
): Record<string, unknown> {
  const url = `${repoApiUrl(server)}/branches/${encodeURIComponent(branch)}/protection`
  const enabled = (value: boolean | undefined) => ({ enabled: value ?? false })
  const protection: Record<string, unknown> = {
    url,
    required_signatures: { url: `${url}/required_signatures`, ...enabled(init.requiredSignatures) },
    enforce_admins: { url: `${url}/enforce_admins`, ...enabled(init.enforceAdmins) },
    required_linear_history: enabled(init.requiredLinearHistory),
    allow_force_pushes: enabled(false),
    allow_deletions: enabled(false),
    block_creations: enabled(false),
    required_conversation_resolution: enabled(false),
    lock_branch: enabled(init.lockBranch),
    allow_fork_syncing: enabled(false)
  }
  if (init.requiredStatusChecks) {
    protection.required_status_checks = {
      url: `${url}/required_status_checks`,
      strict: true,
      contexts: init.requiredStatusChecks,
      contexts_url: `${url}/required_status_checks/contexts`,
      checks: init.requiredStatusChecks.map((context) => ({ context, app_id: null }))
    }
  }
  if (init.requiredReviews !== undefined) {
    protection.required_pull_request_reviews = {
      url: `${url}/required_pull_request_reviews`,
      dismiss_stale_reviews: false,
      require_code_owner_reviews: false,
      required_approving_review_count: init.requiredReviews,
      require_last_push_approval: false
    }
  }
  if (init.pushAllowances) {
    protection.restrictions = {
      url: `${url}/restrictions`,
      users_url: `${url}/restrictions/users`,
      teams_url: `${url}/restrictions/teams`,
      apps_url: `${url}/restrictions/apps`,
      users: init.pushAllowances.map((login) => simpleUser(server, login)),
      teams: [],
      apps: []
    }
  }
  server.state.branchProtection.set(branch, protection)
  return protection
}

/** Parameters GitHub requires on a rule, filled in when a test names only the type. */
const RULE_DEFAULTS: Record<string, Record<string, unknown>> = {
  pull_request: {
    dismiss_stale_reviews_on_push: false,
    require_code_owner_review: false,
    require_last_push_approval: false,
    required_approving_review_count: 1,
    required_review_thread_resolution: false
  },
  required_status_checks: {
    required_status_checks: [{ context: 'test' }],
    strict_required_status_checks_policy: false
  },
  update: { update_allows_fetch_and_merge: false }
}

/** Adds an active ruleset (a branch one unless `target: 'tag'`; rules by type or in full). */
export function addRuleset(
  server: FakeGitHub,
  init: {
    name: string
    include: string[]
    exclude?: string[]
    rules: Array<string | RulesetRule>
    enforcement?: Ruleset['enforcement']
    /** 'tag' for a tag ruleset (include patterns like 'refs/tags/v*'); default 'branch'. */
    target?: Ruleset['target']
    bypass?: Ruleset['bypass']
  }
): Ruleset {
  const ruleset: Ruleset = {
    id: nextId(server.state),
    name: init.name,
    target: init.target ?? 'branch',
    ...(init.bypass ? { bypass: init.bypass } : {}),
    enforcement: init.enforcement ?? 'active',
    conditions: { ref_name: { include: init.include, exclude: init.exclude ?? [] } },
    rules: init.rules.map((rule) => {
      const type = typeof rule === 'string' ? rule : rule.type
      const given = typeof rule === 'string' ? undefined : rule.parameters
      const parameters = given ?? RULE_DEFAULTS[type]
      return parameters ? { type, parameters } : { type }
    })
  }
  server.state.rulesets.push(ruleset)
  return ruleset
}

/** fnmatch as rulesets use it: `*` stays within a path segment, `**` spans segments. */
function refPatternMatches(pattern: string, ref: string, defaultBranch: string): boolean {
  if (pattern === '~ALL') return true
  if (pattern === '~DEFAULT_BRANCH') return ref === `refs/heads/${defaultBranch}`
  const source = pattern
    .split(/(\*\*|\*|\?)/)
    .map((part) =>
      part === '**'
        ? '.*'
        : part === '*'
          ? '[^/]*'
          : part === '?'
            ? '[^/]'
            : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    )
    .join('')
  return new RegExp(`^${source}$`).test(ref)
}

/** Whether `ruleset` is active for `target` refs and its ref conditions take in `ref`. */
function rulesetApplies(
  server: FakeGitHub,
  ruleset: Ruleset,
  ref: string,
  target: 'branch' | 'tag'
): boolean {
  const defaultBranch = server.state.repository.default_branch
  const { include, exclude } = ruleset.conditions.ref_name
  return (
    ruleset.target === target &&
    ruleset.enforcement === 'active' &&
    include.some((p) => refPatternMatches(p, ref, defaultBranch)) &&
    !exclude.some((p) => refPatternMatches(p, ref, defaultBranch))
  )
}

/** The active rules of every branch ruleset that applies to `branch`. */
export function rulesForBranch(
  server: FakeGitHub,
  branch: string
): Array<RulesetRule & { ruleset_id: number }> {
  return server.state.rulesets
    .filter((r) => rulesetApplies(server, r, `refs/heads/${branch}`, 'branch'))
    .flatMap((r) => r.rules.map((rule) => ({ ...rule, ruleset_id: r.id })))
}

/** The rule types that stop changing a tag ref, and GitHub's words for each. */
const TAG_RULE_TEXT = {
  creation: 'Cannot create ref due to creations being restricted.',
  update: 'Cannot update this protected ref.',
  deletion: 'Cannot delete this protected ref.'
} as const

/**
 * What an active tag ruleset says against creating, moving or deleting `ref` (a refs/tags/ ref),
 * as GitHub words it; undefined when nothing stops it. `bypasses` says whether the actor is on
 * a ruleset's bypass list (unknown actors, such as a push the hook cannot name, are on none).
 */
export function tagRuleViolation(
  server: FakeGitHub,
  ref: string,
  change: keyof typeof TAG_RULE_TEXT,
  bypasses: (ruleset: Ruleset) => boolean = () => false
): string | undefined {
  if (!ref.startsWith('refs/tags/')) return undefined
  const stopping = server.state.rulesets.find(
    (r) =>
      rulesetApplies(server, r, ref, 'tag') &&
      r.rules.some((rule) => rule.type === change) &&
      !bypasses(r)
  )
  return stopping ? TAG_RULE_TEXT[change] : undefined
}

async function branchCommit(ctx: RouteContext, branch: string) {
  const git = requireGit(ctx)
  const sha = await git.resolveCommit(`refs/heads/${branch}`)
  const commit = sha ? await git.readCommit(sha) : undefined
  if (!commit) throw new ApiError(404, 'Branch not found')
  return commit
}

/**
 * The branch with its protection summary: `protected` when classic protection or an active
 * ruleset applies, and the required status checks anyone may read.
 */
async function getBranch(ctx: RouteContext): Promise<RouteResult> {
  const { server } = ctx
  const branch = ctx.params.branch
  const commit = await branchCommit(ctx, branch)
  const classic = server.state.branchProtection.get(branch)
  const isProtected = classic !== undefined || rulesForBranch(server, branch).length > 0
  const checks = classic?.required_status_checks as { contexts: string[] } | undefined
  const api = `${repoApiUrl(server)}/branches/${encodeURIComponent(branch)}`
  return {
    status: 200,
    body: {
      name: branch,
      commit: restCommitObject(server, commit),
      _links: { self: api, html: `${repoHtmlUrl(server)}/tree/${branch}` },
      protected: isProtected,
      protection: {
        enabled: classic !== undefined,
        required_status_checks: {
          enforcement_level: checks ? 'non_admins' : 'off',
          contexts: checks?.contexts ?? [],
          checks: (checks?.contexts ?? []).map((context) => ({ context, app_id: null }))
        }
      },
      protection_url: `${api}/protection`
    }
  }
}

/** Classic protection of a branch; 404 'Branch not protected' when it has none, as GitHub says. */
async function getProtection(ctx: RouteContext): Promise<RouteResult> {
  const branch = ctx.params.branch
  await branchCommit(ctx, branch)
  const protection = ctx.server.state.branchProtection.get(branch)
  if (!protection) throw new ApiError(404, 'Branch not protected')
  return { status: 200, body: protection }
}

/** The rules that apply to a branch, each with the ruleset it comes from; [] when none. */
function getBranchRules(ctx: RouteContext): RouteResult {
  const { server } = ctx
  if (!server.git) throw notFound()
  const rules = rulesForBranch(server, ctx.params.branch).map((rule) => ({
    ...rule,
    ruleset_source_type: 'Repository',
    ruleset_source: `${server.owner}/${server.repo}`
  }))
  return paginate(ctx, rules)
}
