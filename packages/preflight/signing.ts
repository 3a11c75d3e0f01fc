/**
 * Signed commits, per stage: whether the branch a stage commits to requires signatures, and
 * which `commit-via` satisfies it. Commits made through the API (commit-via: api, or auto on
 * such a branch) are signed by GitHub; commits pushed with git are not.
 */
import type { BranchPolicy } from './branch-policy.js'
import type { PreflightCheck } from './checks.js'
import type { Stage } from './stages.js'

import type { CommitVia } from '../release/commit-via.js'

export type { CommitVia }

/** Stages that make commits, and the branch each commits to. */
export const COMMITTING_STAGES: ReadonlyArray<{ stage: Stage; branch: 'release' | 'develop' }> = [
  { stage: 'bump-version', branch: 'release' },
  { stage: 'update-changelog', branch: 'release' },
  { stage: 'back-merge', branch: 'develop' }
]

/** Whether a branch takes only signed commits: from its rules, or its classic protection. */
export function signingRequirement(
  policy: BranchPolicy
): { required: boolean; source: string } | { required: undefined; why: string } {
  if (policy.rules?.includes('required_signatures')) return { required: true, source: 'ruleset' }
  if (policy.classic.state === 'read' && policy.classic.blockers.some((b) => b.signing)) {
    return { required: true, source: 'branch protection' }
  }
  if (policy.classic.state === 'unreadable' && policy.protected) {
    return { required: undefined, why: `classic protection unreadable: ${policy.classic.reason}` }
  }
  if (policy.rules === undefined && policy.protected) {
    return { required: undefined, why: `rules unreadable: ${policy.rulesError ?? 'no answer'}` }
  }
  return { required: false, source: '' }
}

/** One check per committing stage (and a note on tags and branches when signing matters). */
export function signingChecks(
  stages: readonly Stage[],
  via: CommitVia,
  policies: { release?: BranchPolicy; develop?: BranchPolicy }
): PreflightCheck[] {
  const checks: PreflightCheck[] = []
  let anyRequired = false
  for (const { stage, branch } of COMMITTING_STAGES) {
    if (!stages.includes(stage)) continue
    const policy = policies[branch]
    if (!policy?.exists) continue
    const check = `signing ${stage}`
    const need = signingRequirement(policy)
    const name = policy.branch
    if (need.required === undefined) {
      checks.push({
        check,
        status: 'warn',
        detail: `Whether ${name} requires signed commits is unknown (${need.why}). commit-via: api (or auto) satisfies it either way; commit-via: ${via} is set.`
      })
    } else if (!need.required) {
      checks.push({
        check,
        status: 'pass',
        detail: `${name} does not require signed commits: any commit-via works (commit-via: ${via}).`
      })
    } else {
      anyRequired = true
      const ok = via !== 'git'
      const refused =
        stage === 'back-merge'
          ? 'its push is refused, and back-merge opens a pull request instead (or fails with on-conflict: fail)'
          : 'its push is refused and the release stops'
      checks.push({
        check,
        status: ok ? 'pass' : stage === 'back-merge' ? 'warn' : 'fail',
        detail: ok
          ? `${name} requires signed commits (${need.source}): commit-via: ${via} makes ${stage}'s commit through the API, signed by GitHub (Verified).`
          : `${name} requires signed commits (${need.source}): with commit-via: git ${refused}. Set commit-via: api (or auto) on ${stage}.`
      })
    }
  }
  if (anyRequired && stages.includes('create-tag')) {
    checks.push({
      check: 'signing create-tag',
      status: 'pass',
      detail:
        'Branches here require signed commits; create-tag makes no commit. The annotated tag it makes through the API is not signed (GitHub signs commits, not API tags): where signed tags are required, give create-tag gpg-private-key (or a git configuration with tag.gpgSign): it then signs the tag with git.'
    })
  }
  if (anyRequired && stages.includes('start-release')) {
    checks.push({
      check: 'signing start-release',
      status: 'pass',
      detail:
        'start-release only points the new branch at an existing commit of develop: no new commit, nothing to sign.'
    })
  }
  return checks
}
