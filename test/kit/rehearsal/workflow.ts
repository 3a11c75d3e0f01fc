/**
 * The rehearsal driven through the workflow files themselves: examples/workflows/ci-cd.yml (and
 * through it release.yml) run as GitHub runs them (test/kit/workflow-run.ts) for the events of
 * a release, with the sample project's settings as repository variables and secrets.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FALLING_OVER_DEPLOY, ROLLBACK_COMMAND } from '../apps.js'
import { REPO_ROOT } from '../invoker.js'
import { runWorkflow, type WorkflowEvent, type WorkflowRun } from '../workflow-run.js'
import {
  HOTFIX_FIX,
  developerCommit,
  mergePullRequest,
  type Rehearsal,
  type ReleaseRun
} from './index.js'
import { JIRA_TOKEN, JIRA_USER } from './servers.js'
import { originCallsIn, originTripsIn, type StageReport } from './stage-runner.js'
import { INTEGRATION_COMMAND } from './stages.js'

export const EXAMPLE_WORKFLOW = join('examples', 'workflows', 'ci-cd.yml')

/** One event through the example workflow, with the sample project's variables and secrets. */
export function runExampleWorkflow(
  r: Rehearsal,
  event: WorkflowEvent,
  extraVars: Record<string, string> = {}
): Promise<WorkflowRun> {
  return runWorkflow({
    sandbox: r.sandbox,
    github: r.github,
    workflow: readFileSync(join(REPO_ROOT, EXAMPLE_WORKFLOW), 'utf8'),
    event,
    // The sample project's own pytest job is the project's, not the pipeline's.
    projectJobs: ['test'],
    env: { APP_STATE_DIR: r.app.stateDir },
    vars: {
      DEPLOY_COMMAND:
        'printf "%s" "$DEPLOY_VERSION" > "$APP_STATE_DIR/$DEPLOY_ENVIRONMENT.version"',
      STAGING_URL: r.app.healthUrl('staging'),
      STAGING_HEALTH_URL: r.app.healthUrl('staging'),
      PRODUCTION_URL: r.app.healthUrl('production'),
      PRODUCTION_HEALTH_URL: r.app.healthUrl('production'),
      INTEGRATION_COMMAND,
      // Four rounds, as a real window has many: the shortest interval monitor allows keeps the
      // sleeps between them short (the window's timing is packages/monitor/watch.test.ts).
      MONITOR_DURATION: '400ms',
      MONITOR_INTERVAL: '100ms',
      ISSUE_URL: 'https://jira.example.com/browse/{key}',
      JIRA_URL: r.jira.url,
      JIRA_PROJECT: 'JIRA',
      ...extraVars
    },
    secrets: { JIRA_USER, JIRA_TOKEN, RELEASE_WEBHOOK_URL: r.webhooks.url }
  })
}

/** release.yml's jobs of a run, `id:result`, in the order the workflow declares them. */
export function releaseJobs(run: WorkflowRun): string[] {
  return run.jobs.filter((j) => j.path.startsWith('release/')).map((j) => `${j.id}:${j.result}`)
}

/** release.yml's jobs on a push to main after a release merged: every stage from the tag on. */
export const RELEASED_FROM_MAIN = [
  'plan:success',
  'start:skipped',
  'prepare:skipped',
  'tag:success',
  'deploy-staging:success',
  'integration:success',
  'deploy-production:success',
  'monitor:success',
  'back-merge:success',
  'close-milestone:success',
  'notify:success'
]

/** What failed in a run: each failed job with its failed steps' words. */
export function workflowFailures(run: WorkflowRun): string[] {
  return run.jobs
    .filter((j) => j.result === 'failure')
    .map((j) =>
      [
        j.path,
        j.error ?? '',
        ...j.steps.filter((s) => s.result === 'failure').map((s) => `${s.uses ?? 'run'}: ${s.log}`)
      ].join(' ')
    )
}

/** The action steps of a run as the rehearsal's stage reports, logged as they are read. */
function stagesOf(run: WorkflowRun, log: (line: string) => void): StageReport[] {
  const reports: StageReport[] = []
  for (const job of run.jobs) {
    if (job.result === 'skipped' && job.path.includes('/')) continue
    for (const step of job.steps) {
      const action = /\/actions\/([a-z-]+)/.exec(step.uses ?? '')?.[1]
      if (!action || step.result === 'skipped') continue
      const report: StageReport = {
        stage: job.id === 'deploy-staging' || job.id === 'deploy-production' ? job.id : action,
        action,
        result: step.outputs.result ?? step.result,
        exitCode: step.result === 'success' ? 0 : 1,
        ms: step.ms ?? 0,
        apiRequests: step.apiRequests ?? 0,
        originTrips: originTripsIn(step.invocation?.stdout ?? ''),
        originCalls: originCallsIn(step.invocation?.stdout ?? ''),
        outputs: step.outputs,
        errors: step.invocation?.errors ?? step.log,
        summary: step.invocation?.summary ?? ''
      }
      reports.push(report)
      log(
        `  ${report.exitCode === 0 ? '✔' : '✘'} ${`${job.path}`.padEnd(26)} ${action.padEnd(17)} ${report.result.padEnd(10)} ${String(report.ms).padStart(6)} ms  ${String(report.apiRequests).padStart(3)} API requests  ${String(report.originTrips).padStart(2)} origin round trips`
      )
    }
  }
  return reports
}

/**
 * A minor release through the example workflow: workflow_dispatch start-release on develop, the
 * push of the release branch, the pull request merged, the push of main. A hotfix: dispatch
 * start-hotfix on main, the developer's fix pushed to the hotfix branch (that push prepares it),
 * the pull request merged, the push of main (tag, deploy, back-merge into develop).
 */
export async function rehearseThroughWorkflow(
  r: Rehearsal,
  log: (line: string) => void = () => {},
  kind: 'release' | 'hotfix' = 'release',
  options: { failInProduction?: boolean } = {}
): Promise<ReleaseRun> {
  const stages: StageReport[] = []
  // Where branches require signed commits, the repository sets COMMIT_VIA=auto.
  const vars: Record<string, string> = r.signed ? { COMMIT_VIA: 'auto' } : {}
  // Production falls over after the deploy's health gate; monitor sees it and rolls back.
  if (options.failInProduction)
    Object.assign(vars, { DEPLOY_COMMAND: FALLING_OVER_DEPLOY, ROLLBACK_COMMAND })
  const step = async (title: string, event: WorkflowEvent, mayFail: string[] = []) => {
    log(`${title} (${EXAMPLE_WORKFLOW})`)
    const run = await runExampleWorkflow(r, event, vars)
    stages.push(...stagesOf(run, log))
    const failed = workflowFailures(run).filter((f) => !mayFail.includes(f.split(' ')[0] ?? ''))
    if (failed.length > 0) throw new Error(`The workflow failed:\n${failed.join('\n')}`)
    return run
  }
  const stage = kind === 'hotfix' ? 'start-hotfix' : 'start-release'
  const from = kind === 'hotfix' ? 'main' : 'develop'
  const start = await step(`\nworkflow_dispatch stage: ${stage} on ${from}`, {
    name: 'workflow_dispatch',
    branch: from,
    inputs: { stage }
  })
  const branch = start.action('start-release')?.outputs.branch ?? ''
  const version = start.action('start-release')?.outputs.version ?? ''
  if (kind === 'hotfix') {
    log(`a developer pushes the fix to ${branch}: ${HOTFIX_FIX.subject}`)
    await developerCommit(r, branch, HOTFIX_FIX.subject, HOTFIX_FIX.files)
  } else if (options.failInProduction) {
    const feature = { 'mypkg/checkout.py': 'def checkout(cart):\n    return cart.pay()\n' }
    await developerCommit(r, branch, 'Feature: New checkout flow (JIRA-1300)', feature)
  }
  const prepare = await step(`push ${branch}`, { name: 'push', branch })
  const pullNumber = Number(prepare.action('open-release-pr')?.outputs.number)
  log(`review and merge pull request #${pullNumber} into main`)
  await mergePullRequest(r, pullNumber)
  // A rollback fails monitor (and so the called workflow); close-milestone refuses to close
  // a release that is not live; main is not merged back into develop.
  await step(
    'push main',
    { name: 'push', branch: 'main' },
    options.failInProduction
      ? ['release', 'release/monitor', 'release/close-milestone', 'ancestry']
      : []
  )
  return { version, branch, pullNumber, stages }
}
