/**
 * How the release pull request can be merged into main. git-flow's step 12 is a merge commit
 * (`git merge --no-ff`): a squash or rebase makes main stop being an ancestor of develop. The
 * repository's settings (shown to tokens that can push) and main's protection say whether a
 * merge commit is possible at all.
 */
import type { BranchPolicy } from './branch-policy.js'
import type { PreflightCheck } from './checks.js'

/** The repository's pull request merge settings (`allow_merge_commit`, ...). */
export interface MergeSettings {
  merge: boolean
  squash: boolean
  rebase: boolean
  autoMerge: boolean
}

/** The settings from a repository answer; undefined when GitHub did not show them. */
export function mergeSettingsOf(data: Record<string, unknown>): MergeSettings | undefined {
  if (typeof data.allow_merge_commit !== 'boolean') return undefined
  return {
    merge: data.allow_merge_commit,
    squash: data.allow_squash_merge === true,
    rebase: data.allow_rebase_merge === true,
    autoMerge: data.allow_auto_merge === true
  }
}

/** The methods allowed, as GitHub's merge_method values. */
export function allowedMethods(settings: MergeSettings): Array<'merge' | 'squash' | 'rebase'> {
  return (['merge', 'squash', 'rebase'] as const).filter((m) => settings[m])
}

const NAMES = { merge: 'merge commit', squash: 'squash', rebase: 'rebase' } as const

/** The check: warns when nothing lets the release pull request land as a merge commit. */
export function mergeMethodCheck(
  settings: MergeSettings | undefined,
  main: BranchPolicy | undefined
): PreflightCheck {
  const check = 'release pull request merge method'
  const reasons: string[] = []
  if (settings && !settings.merge) {
    reasons.push(
      'the repository does not allow merge commits (Settings → General → Pull Requests → Allow merge commits)'
    )
  }
  if (main) {
    const linear =
      (main.classic.state === 'read' &&
        main.classic.blockers.some((b) => b.refuses === 'merge-commits')) ||
      main.rules?.includes('required_linear_history')
    if (linear) reasons.push(`${main.branch} requires a linear history`)
    if (main.allowedMergeMethods && !main.allowedMergeMethods.includes('merge')) {
      reasons.push(
        `a ruleset allows only ${main.allowedMergeMethods.join(', ') || 'no method'} into ${main.branch}`
      )
    }
  }
  const allowed = settings
    ? `Allowed merge methods: ${
        allowedMethods(settings)
          .map((m) => NAMES[m])
          .join(', ') || 'none'
      }; auto-merge ${settings.autoMerge ? 'allowed' : 'not allowed'}.`
    : 'The allowed merge methods cannot be read with this token (GitHub shows them to tokens that can push).'
  const mainName = main?.branch ?? 'main'
  if (reasons.length > 0) {
    return {
      check,
      status: 'warn',
      detail:
        `${allowed} The release pull request must be merged into ${mainName} with a merge commit (step 12), but ${reasons.join('; ')}. ` +
        `A squash or rebase makes ${mainName} stop being an ancestor of develop: create-tag refuses it (allow-squash: true accepts it) and the back-merge meets the release's changes again.`
    }
  }
  const others = settings && (settings.squash || settings.rebase)
  return {
    check,
    status: 'pass',
    detail:
      `${allowed}` +
      (others
        ? ' Merge the release pull request with "Create a merge commit", not squash or rebase (open-release-pr with auto-merge: true does).'
        : '')
  }
}
