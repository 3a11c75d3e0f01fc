/**
 * Our own policy for the workflows we ship, on top of GitHub's parser and actionlint:
 * least privilege per job, third-party actions pinned to commit SHAs, no `${{ }}` inside
 * `run:` (data reaches scripts through `env:`), checkout credentials not left behind where a
 * job does not write, a timeout on every job, and no cancelling of a release in flight.
 */
import { parse } from 'yaml'

export interface PolicyViolation {
  rule:
    | 'permissions'
    | 'pinning'
    | 'script-injection'
    | 'persist-credentials'
    | 'timeout'
    | 'concurrency'
    | 'runtime'
  where: string
  message: string
}

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; name?: string }
type Job = {
  permissions?: unknown
  steps?: Step[]
  uses?: string
  'timeout-minutes'?: number
  concurrency?: { 'cancel-in-progress'?: unknown }
}
type Workflow = {
  permissions?: unknown
  jobs?: Record<string, Job>
  concurrency?: { 'cancel-in-progress'?: unknown }
}

/**
 * Where a user refers to this suite: `YOUR_ORG` stands for the account that hosts it. It cannot
 * be a GitHub account (no `_` in a login), so an uncopied placeholder fails to resolve instead
 * of running someone else's code. Actions of this suite are not third-party.
 */
export const OWNER_PLACEHOLDER = 'YOUR_ORG'
const OWN_ACTIONS = new RegExp(`^${OWNER_PLACEHOLDER}/release-actions(/|@)`)
const SHA_PIN = /@[0-9a-f]{40}$/

function isReadOnly(permissions: unknown): boolean {
  if (permissions === undefined) return false
  if (permissions === 'read-all' || permissions === '{}') return true
  if (typeof permissions !== 'object' || permissions === null) return false
  return Object.values(permissions).every((level) => level === 'read' || level === 'none')
}

function writes(permissions: unknown, scope: string): boolean {
  return (
    typeof permissions === 'object' &&
    permissions !== null &&
    (permissions as Record<string, unknown>)[scope] === 'write'
  )
}

/**
 * The first major of each of GitHub's own actions that runs on node24 (node20 is being retired
 * from the runners); a SHA pin says its version in the comment after it.
 */
export const NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/setup-python': 6
}

export function checkWorkflowPolicy(name: string, text: string): PolicyViolation[] {
  const workflow = parse(text) as Workflow
  const violations: PolicyViolation[] = []
  const add = (rule: PolicyViolation['rule'], where: string, message: string) =>
    violations.push({ rule, where: `${name}: ${where}`, message })
  for (const match of text.matchAll(/uses:\s*([\w-]+\/[\w-]+)@\S+(?:\s*#\s*v(\d+))?/g)) {
    const [, action = '', major] = match
    const needed = NODE24_MAJOR[action]
    if (needed !== undefined && (major === undefined || Number(major) < needed))
      add(
        'runtime',
        action,
        `${action} before v${needed} runs on node20; pin a v${needed}+ SHA with its version in a comment`
      )
  }
  if (!isReadOnly(workflow.permissions))
    add('permissions', 'top level', 'top-level permissions must be read-only (e.g. contents: read)')
  if (workflow.concurrency?.['cancel-in-progress'] === true)
    add('concurrency', 'top level', 'a release in flight must not be cancelled')
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const where = `job ${jobName}`
    if (job.permissions === undefined)
      add('permissions', where, 'every job declares its own permissions')
    if (job.permissions === 'write-all')
      add('permissions', where, 'write-all is never least privilege')
    if (job.concurrency?.['cancel-in-progress'] === true)
      add('concurrency', where, 'a release in flight must not be cancelled')
    if (job.uses) {
      if (!job.uses.startsWith('./') && !OWN_ACTIONS.test(job.uses) && !SHA_PIN.test(job.uses))
        add('pinning', where, `${job.uses} is not pinned to a commit SHA`)
      continue
    }
    if (job['timeout-minutes'] === undefined)
      add('timeout', where, 'every job sets timeout-minutes')
    for (const [index, step] of (job.steps ?? []).entries()) {
      const stepWhere = `${where}, step ${step.name ?? step.uses ?? index + 1}`
      if (
        step.uses &&
        !step.uses.startsWith('./') &&
        !OWN_ACTIONS.test(step.uses) &&
        !SHA_PIN.test(step.uses)
      ) {
        add('pinning', stepWhere, `${step.uses} is not pinned to a full commit SHA`)
      }
      if (step.run && /\$\{\{/.test(step.run)) {
        add('script-injection', stepWhere, 'no ${{ }} inside run: — pass the value through env:')
      }
      if (
        step.uses?.startsWith('actions/checkout@') &&
        step.with?.['persist-credentials'] !== false &&
        !writes(job.permissions, 'contents')
      ) {
        add(
          'persist-credentials',
          stepWhere,
          'actions/checkout must set persist-credentials: false in a job that does not push'
        )
      }
    }
  }
  return violations
}
