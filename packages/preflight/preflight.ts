/**
 * preflight: before a release changes anything, every check of what would stop it, read-only.
 * Only what would certainly fail a coming stage is a failure; the rest are warnings.
 */
import { SHARED_DEFAULTS } from '../base/input-defaults.js'
import { shown } from '../base/shown.js'
import type { Git } from '../git/git.js'
import type { VersionFileSpec } from '../version-files/index.js'
import { describeProtection, pushBlockers, type BranchPolicy } from './branch-policy.js'
import {
  checkChangelogFile,
  checkReleaseBranches,
  originRefs,
  type OriginRefs,
  checkShallow,
  checkVersionFiles,
  type PreflightCheck
} from './checks.js'
import { ApiReadError, type PreflightGitHub } from './github-reads.js'
import { allowedMethods, mergeMethodCheck } from './merge-methods.js'
import {
  assessPermissions,
  type PermissionAssessment,
  type RepositoryAccess
} from './permissions.js'
import {
  CHANGELOG_READERS,
  RELEASE_BRANCH_PUSHERS,
  STAGE_PERMISSIONS,
  TRIGGERING_STAGES,
  VERSION_FILE_READERS,
  permissionsBlock,
  type Stage
} from './stages.js'
import type { TokenIdentity } from './token-kind.js'
import { signingChecks, type CommitVia } from './signing.js'
import { tagRulesetChecks } from './tag-rules.js'
import { parseBranchPatterns, parseReleaseBranch } from '../versioning/branches.js'

export interface PreflightOptions {
  stages: Stage[]
  token: TokenIdentity
  mainBranch: string
  developBranch: string
  /** The branch the run is on; inspected too when the stages push to it. */
  currentBranch?: string
  workingDirectory: string
  files?: VersionFileSpec[]
  changelogPath: string
  /** Release tags are `<tagPrefix>X.Y.Z` (default v); the version files are compared with them. */
  tagPrefix?: string
  /** The commit-via the committing stages use; default git. */
  commitVia?: CommitVia
}

export interface PreflightReport {
  token: TokenIdentity
  /** A classic PAT's scopes, when GitHub sent them. */
  scopes?: string[]
  checks: PreflightCheck[]
  permissions: PermissionAssessment[]
  branches: BranchPolicy[]
  /** For the GITHUB_TOKEN: the `permissions:` block the job needs for these stages. */
  permissionsBlock?: string
  /** The pull request merge methods the repository allows; undefined when not readable. */
  mergeMethods?: string[]
  result: 'success' | 'failure'
}

/** Runs every check; throws only on a bug, every finding is a check in the report. */
export async function runPreflight(
  /** `origin`: the stage's one listing of origin, when the caller has begun it (originRefs). */
  deps: { git: Git; github: PreflightGitHub; origin?: OriginRefs },
  options: PreflightOptions
): Promise<PreflightReport> {
  const { stages, token } = options
  // The checkout's checks and GitHub's answers do not depend on each other: run them together.
  // Origin is asked once, for what both of its checks read (release tags, release branches).
  const tagPrefix = options.tagPrefix ?? SHARED_DEFAULTS['tag-prefix']
  const origin = deps.origin ?? originRefs(deps.git, tagPrefix)
  const local = Promise.all([
    checkShallow(deps.git),
    checkVersionFiles(options.workingDirectory, options.files, stages, VERSION_FILE_READERS, {
      origin,
      tagPrefix,
      branch: options.currentBranch
    }),
    checkChangelogFile(options.workingDirectory, options.changelogPath, stages, CHANGELOG_READERS),
    checkReleaseBranches(origin)
  ])
  // Awaited below; until then, a failure must not count as unhandled.
  local.catch(() => undefined)
  // The branches' and the tag rules' reads go out with the repository's own: they need only the
  // names. Used when the repository could be read (their failures count only then).
  const names = [options.mainBranch, options.developBranch]
  const current = options.currentBranch
  const pushesCurrent = RELEASE_BRANCH_PUSHERS.some((s) => stages.includes(s))
  if (current && pushesCurrent && !names.includes(current)) names.push(current)
  const policies = Promise.all(names.map((name) => deps.github.branchPolicy(name)))
  policies.catch(() => undefined)
  const tagRules = stages.includes('create-tag') ? deps.github.tagRulesets() : undefined
  tagRules?.catch(() => undefined)
  const checks: PreflightCheck[] = []
  let access: RepositoryAccess | undefined
  try {
    access = await deps.github.repositoryAccess()
  } catch (error) {
    if (!(error instanceof ApiReadError)) throw error
    checks.push(repositoryUnreadable(error))
  }
  checks.unshift(tokenCheck(token, stages, access))
  const permissions = access ? assessPermissions(stages, token.kind, access) : []
  checks.push(...permissions.map(permissionCheck))
  const branches: BranchPolicy[] = []
  if (access) {
    const admin = access.role?.admin ?? false
    branches.push(...(await policies))
    for (const policy of branches) {
      const role =
        policy.branch === options.mainBranch
          ? 'main'
          : policy.branch === options.developBranch
            ? 'develop'
            : 'release'
      checks.push(branchCheck(policy, role, stages, admin, options.commitVia ?? 'git'))
    }
    checks.push(
      mergeMethodCheck(
        access.mergeSettings,
        branches.find((b) => b.branch === options.mainBranch && b.exists)
      )
    )
    const find = (name: string | undefined) => branches.find((b) => b.branch === name)
    checks.push(
      ...signingChecks(stages, options.commitVia ?? 'git', {
        release: current !== options.mainBranch ? find(current) : undefined,
        develop: find(options.developBranch)
      })
    )
    if (tagRules) {
      checks.push(
        ...tagRulesetChecks(
          stages,
          `${tagPrefix}${releaseVersion(current) ?? '0.0.0'}`,
          await tagRules
        )
      )
    }
  }
  checks.push(...(await local))
  return {
    token,
    scopes: access?.scopes,
    checks,
    permissions,
    branches,
    permissionsBlock: token.kind === 'github-token' ? permissionsBlock(stages) : undefined,
    mergeMethods: access?.mergeSettings && allowedMethods(access.mergeSettings),
    result: checks.some((c) => c.status === 'fail') ? 'failure' : 'success'
  }
}

function repositoryUnreadable(error: ApiReadError): PreflightCheck {
  const check = 'repository access'
  if (error.status === 401) {
    return {
      check,
      status: 'fail',
      detail: `GitHub refused the token (401 ${error.message}): every stage that calls the API would fail. Pass a valid token.`
    }
  }
  if (error.status === 404) {
    return {
      check,
      status: 'fail',
      detail:
        'The token cannot see this repository (404 Not Found): every stage that calls the API would fail.'
    }
  }
  return {
    check,
    status: 'warn',
    detail: `The repository could not be read (${error.status || 'no answer'}: ${error.message}); the token and branch checks were skipped.`
  }
}

function tokenCheck(
  token: TokenIdentity,
  stages: readonly Stage[],
  access: RepositoryAccess | undefined
): PreflightCheck {
  const check = 'token'
  const scopes = access?.scopes ? ` Scopes: ${access.scopes.join(', ') || 'none'}.` : ''
  if (token.warning) return { check, status: 'warn', detail: token.warning }
  if (token.triggersWorkflows) {
    return {
      check,
      status: 'pass',
      detail: `${token.label}: pushes and pull requests made with it start workflows.${scopes}`
    }
  }
  const triggering = TRIGGERING_STAGES.filter((s) => stages.includes(s))
  const detail =
    `${token.label}: pushes and pull requests made with it do not start workflows` +
    (triggering.length > 0
      ? ` (${triggering.join(', ')}): the release PR's checks and the jobs of the pushed branch will not run. Use a GitHub App token (actions/create-github-app-token) or a PAT as \`token\` where they must.`
      : '.')
  return { check, status: triggering.length > 0 ? 'warn' : 'pass', detail }
}

function permissionCheck(assessment: PermissionAssessment): PreflightCheck {
  const { permission, stages, status, reason } = assessment
  const why = stages
    .map((stage) => {
      const need = STAGE_PERMISSIONS[stage].find((n) => n.permission === permission)
      return `${stage} (${need?.why ?? ''})`
    })
    .join(', ')
  const check = `permission ${permission}: write`
  if (status === 'missing') {
    return {
      check,
      status: 'fail',
      detail: `${stages.join(', ')} need${stages.length > 1 ? '' : 's'} ${permission}: write, which this token does not have: ${reason}. Needed by ${why}.`
    }
  }
  const prefix = status === 'held' ? 'Held' : 'Not refuted'
  return { check, status: 'pass', detail: `${prefix}: ${reason}. Needed by ${why}.` }
}

const UNREADABLE = 'cannot read protection with this token'

function branchCheck(
  policy: BranchPolicy,
  role: 'main' | 'develop' | 'release',
  stages: readonly Stage[],
  admin: boolean,
  via: CommitVia
): PreflightCheck {
  const check = `branch ${policy.branch}`
  const described = describeProtection(policy)
  if (!policy.exists && role === 'main') {
    return {
      check,
      status: 'fail',
      detail: `The main branch ${shown(policy.branch)} does not exist on GitHub: every stage that follows its release tags would stop. Set Input 'main-branch' to the branch releases merge into (e.g. main or master).`
    }
  }
  if (!policy.exists) {
    return { check, status: 'warn', detail: `${policy.branch} does not exist on GitHub.` }
  }
  if (role === 'main') {
    return {
      check,
      status: 'pass',
      detail: `${described}. Nothing pushes to ${policy.branch} directly: the release reaches it through the release PR, the tag is made on its merge commit.`
    }
  }
  const pushers =
    role === 'develop'
      ? stages.filter((s) => s === 'back-merge')
      : RELEASE_BRANCH_PUSHERS.filter((s) => stages.includes(s))
  if (pushers.length === 0) return { check, status: 'pass', detail: `${described}.` }
  // Commits made through the API are signed: a signature rule does not stop them.
  const blockers = pushBlockers(
    policy,
    role === 'develop' ? 'merge' : 'fast-forward',
    admin
  ).filter((b) => !(b.signing && via !== 'git'))
  const fallback =
    role === 'develop'
      ? ' back-merge will open a pull request main → develop instead (on-conflict: pull-request); with on-conflict: fail it fails.'
      : ' Those pushes will be refused: allow the token to bypass, or release from an unprotected branch.'
  if (blockers.length > 0) {
    return {
      check,
      status: 'warn',
      detail: `${pushers.join(', ')} cannot push to ${policy.branch}: ${blockers.map((b) => b.reason).join('; ')}.${fallback}`
    }
  }
  if (policy.classic.state === 'unreadable' && policy.protected) {
    return {
      check,
      status: 'warn',
      detail: `${UNREADABLE} (${policy.classic.reason}); ${policy.branch} is protected, so ${pushers.join(', ')} may be refused.${fallback}`
    }
  }
  return { check, status: 'pass', detail: `${described}. ${pushers.join(', ')} can push to it.` }
}

/** The version of the release branch the run is on, to name the tag create-tag will make. */
function releaseVersion(branch: string | undefined): string | undefined {
  try {
    return branch ? parseReleaseBranch(branch, parseBranchPatterns())?.version : undefined
  } catch {
    return undefined
  }
}
