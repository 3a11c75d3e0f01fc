/**
 * The rehearsal driven through the workflow files themselves: examples/workflows/ci-cd.yml (and
 * through it release.yml) run as GitHub runs them (test/kit/workflow-run.ts) for the events of
 * a release, with the sample project's settings as repository variables and secrets.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../invoker.js'
import { runWorkflow, type WorkflowEvent, type WorkflowRun } from '../workflow-run.js'
import type { Rehearsal, ReleaseRun } from './index.js'
import { JIRA_TOKEN, JIRA_USER } from './servers.js'
import { originTripsIn, type StageReport } from './stage-runner.js'
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
      MONITOR_DURATION: '2s',
      MONITOR_INTERVAL: '500ms',
      ISSUE_URL: 'https://jira.example.com/browse/{key}',
      JIRA_URL: r.jira.url,
      JIRA_PROJECT: 'JIRA',
      ...extraVars
    },
    secrets: { JIRA_USER, JIRA_TOKEN, RELEASE_WEBHOOK_URL: r.webhooks.url }
  })
}

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
 * push of the release branch, the pull request merged, the push of main.
 */
export async function rehearseThroughWorkflow(
  r: Rehearsal,
  log: (line: string) => void = () => {}
): Promise<ReleaseRun> {
  const stages: StageReport[] = []
  const step = async (title: string, event: WorkflowEvent) => {
    log(`${title} (${EXAMPLE_WORKFLOW})`)
    const run = await runExampleWorkflow(r, event)
    stages.push(...stagesOf(run, log))
    const failed = workflowFailures(run)
    if (failed.length > 0) throw new Error(`The workflow failed:\n${failed.join('\n')}`)
    return run
  }
  const start = await step('\nworkflow_dispatch stage: start-release on develop', {
    name: 'workflow_dispatch',
    branch: 'develop',
    inputs: { stage: 'start-release' }
  })
  const branch = start.action('start-release')?.outputs.branch ?? ''
  const version = start.action('start-release')?.outputs.version ?? ''
  const prepare = await step(`push ${branch}`, { name: 'push', branch })
  const pullNumber = Number(prepare.action('open-release-pr')?.outputs.number)
  log(`review and merge pull request #${pullNumber} into main`)
  const merged = await fetch(`${r.github.url}/repos/acme/app/pulls/${pullNumber}/merge`, {
    method: 'PUT',
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' })
  })
  if (!merged.ok) throw new Error(`merging pull request #${pullNumber} failed: ${merged.status}`)
  await step('push main', { name: 'push', branch: 'main' })
  return { version, branch, pullNumber, stages }
}
