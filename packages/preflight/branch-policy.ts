/**
 * What a branch's protection means for the pushes a release makes: classic branch protection
 * (readable by admins only) and the active ruleset rules (readable by anyone), reduced to the
 * reasons a direct push would be refused.
 */

/** Why a push is refused, and whether it refuses every push or only merge commits. */
export interface PushBlocker {
  reason: string
  refuses: 'every-push' | 'merge-commits'
  /** A signature requirement: commits made through the API (commit-via: api) satisfy it. */
  signing?: boolean
}

export type ClassicProtection =
  | { state: 'none' }
  | { state: 'unreadable'; reason: string }
  | { state: 'read'; blockers: PushBlocker[]; enforceAdmins: boolean }

export interface BranchPolicy {
  branch: string
  exists: boolean
  /** The branch object's `protected` flag: classic protection or rules apply. */
  protected: boolean
  classic: ClassicProtection
  /** Types of the active rules that apply; undefined when they could not be read. */
  rules?: string[]
  rulesError?: string
  /** The merge methods `pull_request` rules allow into the branch, when a rule names them. */
  allowedMergeMethods?: string[]
}

type Enabled = { enabled?: boolean } | undefined

/** The push blockers of a classic protection object (API shape). */
export function classicBlockers(protection: Record<string, unknown>): PushBlocker[] {
  const blockers: PushBlocker[] = []
  const reviews = protection.required_pull_request_reviews as
    { required_approving_review_count?: number } | undefined
  if (reviews) {
    const count = reviews.required_approving_review_count ?? 0
    blockers.push({
      reason: `a pull request is required${count > 0 ? ` (${count} approving review${count > 1 ? 's' : ''})` : ''}`,
      refuses: 'every-push'
    })
  }
  const checks = protection.required_status_checks as { contexts?: string[] } | undefined
  if (checks) {
    const names = checks.contexts?.length ? ` (${checks.contexts.join(', ')})` : ''
    blockers.push({ reason: `status checks must pass first${names}`, refuses: 'every-push' })
  }
  if (protection.restrictions) {
    blockers.push({
      reason: 'only the listed people, teams and apps may push',
      refuses: 'every-push'
    })
  }
  if ((protection.required_signatures as Enabled)?.enabled) {
    blockers.push({ reason: 'commits must be signed', refuses: 'every-push', signing: true })
  }
  if ((protection.lock_branch as Enabled)?.enabled) {
    blockers.push({ reason: 'the branch is locked', refuses: 'every-push' })
  }
  if ((protection.required_linear_history as Enabled)?.enabled) {
    blockers.push({ reason: 'linear history is required', refuses: 'merge-commits' })
  }
  return blockers
}

/** What each rule type refuses; rules that only stop force pushes or deletions refuse nothing of ours. */
const RULE_BLOCKERS: Record<string, PushBlocker> = {
  pull_request: { reason: 'a pull request is required (ruleset)', refuses: 'every-push' },
  required_status_checks: {
    reason: 'status checks must pass first (ruleset)',
    refuses: 'every-push'
  },
  update: { reason: 'updates are restricted (ruleset)', refuses: 'every-push' },
  required_signatures: {
    reason: 'commits must be signed (ruleset)',
    refuses: 'every-push',
    signing: true
  },
  required_deployments: {
    reason: 'deployments must succeed first (ruleset)',
    refuses: 'every-push'
  },
  merge_queue: { reason: 'changes go through the merge queue (ruleset)', refuses: 'every-push' },
  required_linear_history: {
    reason: 'linear history is required (ruleset)',
    refuses: 'merge-commits'
  }
}

/**
 * The reasons a direct push of this kind to the branch would be refused. Admins pass classic
 * protection that does not enforce admins; ruleset bypass lists are not visible to the API's
 * branch rules, so rules always count.
 */
export function pushBlockers(
  policy: BranchPolicy,
  push: 'fast-forward' | 'merge',
  tokenIsAdmin: boolean
): PushBlocker[] {
  const applies = (b: PushBlocker) => b.refuses === 'every-push' || push === 'merge'
  const classic =
    policy.classic.state === 'read' && !(tokenIsAdmin && !policy.classic.enforceAdmins)
      ? policy.classic.blockers
      : []
  const rules = (policy.rules ?? []).flatMap((type) =>
    RULE_BLOCKERS[type] ? [RULE_BLOCKERS[type]] : []
  )
  return [...classic, ...rules].filter(applies)
}

/** One line on what protects the branch, for the summary. */
export function describeProtection(policy: BranchPolicy): string {
  if (!policy.exists) return 'does not exist on GitHub'
  const parts: string[] = []
  if (policy.classic.state === 'read') {
    const reasons = policy.classic.blockers.map((b) => b.reason)
    parts.push(`classic protection${reasons.length ? `: ${reasons.join('; ')}` : ''}`)
  } else if (policy.classic.state === 'unreadable') {
    parts.push(`classic protection cannot be read with this token (${policy.classic.reason})`)
  }
  if (policy.rules?.length) parts.push(`ruleset rules: ${policy.rules.join(', ')}`)
  if (policy.rulesError) parts.push(`rules cannot be read (${policy.rulesError})`)
  if (parts.length === 0) return policy.protected ? 'protected' : 'not protected'
  return parts.join('; ')
}
