/**
 * The jobs of ci-cd.yml (through release.yml), in order, with the inputs the workflow gives
 * each action. Each job is a fresh checkout; the steps of one job share it.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { SampleApp } from '../apps.js'
import type { FakeGitHub } from '../github/index.js'
import type { FakeJira } from '../jira/index.js'
import type { WebhookReceiver } from '../webhooks.js'
import type { StageRunner } from './stage-runner.js'
import { JIRA_TOKEN, JIRA_USER } from './servers.js'

export interface ReleaseServers {
  github: FakeGitHub
  app: SampleApp
  jira: FakeJira
  webhooks: WebhookReceiver
  runner: StageRunner
  /** Every branch requires signed commits: the committing stages use commit-via: auto. */
  signed: boolean
}

const ISSUE_URL = 'https://jira.example.com/browse/{key}'

/** The integration suite of the sample: checks the deployed health endpoint, writes JUnit XML. */
export const INTEGRATION_COMMAND = [
  'mkdir -p reports',
  "node -e '",
  'const url = process.env.ENVIRONMENT_URL; const want = process.env.DEPLOY_VERSION;',
  'fetch(url).then(r => r.json()).then(b => {',
  '  const ok = b.status === "ok" && (!want || b.version === want);',
  '  const tc = `<testcase classname="tests.integration.test_health" name="test_serves_release" file="tests/integration/test_health.py" line="3" time="0.01">${ok ? "" : "<failure message=\\"wrong version\\"/>"}</testcase>`;',
  '  require("fs").writeFileSync("reports/junit-integration.xml", `<?xml version="1.0"?><testsuites><testsuite name="integration" tests="1" failures="${ok ? 0 : 1}" errors="0" skipped="0">${tc}</testsuite></testsuites>`);',
  "})'"
].join('\n')

/** The input the committing stages get: commit-via auto where branches require signatures. */
function commitVia(r: ReleaseServers): Record<string, string> {
  return r.signed ? { 'commit-via': 'auto' } : {}
}

/** workflow_dispatch `stage: start-release` on develop, or a hotfix from main. */
export async function startStage(
  r: ReleaseServers,
  kind: 'release' | 'hotfix'
): Promise<{ branch: string; version: string }> {
  const branch = kind === 'hotfix' ? 'main' : 'develop'
  const job = r.runner.job(branch, 'workflow_dispatch', { inputs: { stage: 'start-release' } })
  const run = await r.runner.step('start-release', 'start-release', job, {
    'create-milestone': true,
    ...(kind === 'hotfix' ? { hotfix: true } : {})
  })
  return { branch: run.outputs.branch ?? '', version: run.outputs.version ?? '' }
}

/** push release-*: the prepare job (preflight, bump-version, update-changelog, open-release-pr). */
export async function prepareStages(
  r: ReleaseServers,
  branch: string,
  version: string
): Promise<number> {
  const job = r.runner.job(branch, 'push')
  const via = commitVia(r)
  await r.runner.step('preflight', 'preflight', job, {
    stages: 'bump-version,update-changelog,open-release-pr',
    ...via
  })
  await r.runner.step('bump-version', 'bump-version', job, via)
  const changelog = await r.runner.step('update-changelog', 'update-changelog', job, {
    'issue-url': ISSUE_URL,
    ...via
  })
  const pr = await r.runner.step('open-release-pr', 'open-release-pr', job, {
    version,
    'release-notes': changelog.outputs['release-notes'] ?? '',
    'issue-url': ISSUE_URL
  })
  return Number(pr.outputs.number)
}

/** push main: every job after the merge, each in its own checkout of main. */
export async function releaseStages(
  r: ReleaseServers,
  version: string,
  options: { failInProduction?: boolean } = {}
): Promise<void> {
  const { runner, app } = r
  const tag = await runner.step('create-tag', 'create-tag', runner.job('main', 'push'))
  const deployInputs = (environment: string) => ({
    environment,
    version,
    run: 'printf "%s" "$DEPLOY_VERSION" > "$APP_STATE_DIR/$DEPLOY_ENVIRONMENT.version"',
    'environment-url': app.healthUrl(environment),
    'health-url': app.healthUrl(environment),
    'health-timeout': '10s',
    'health-interval': '100ms',
    'expect-version': true
  })
  await runner.step('deploy-staging', 'deploy', runner.job('main', 'push'), deployInputs('staging'))
  await runner.step('run-integration', 'run-integration', runner.job('main', 'push'), {
    run: INTEGRATION_COMMAND,
    'environment-url': app.healthUrl('staging'),
    version,
    junit: 'reports/*.xml'
  })
  await runner.step(
    'deploy-production',
    'deploy',
    runner.job('main', 'push'),
    deployInputs('production')
  )
  if (options.failInProduction) {
    // The new version falls over in production: its health answers 503 during monitor.
    rmSync(join(app.stateDir, 'production.version'), { force: true })
  }
  const monitor = await runner.step(
    'monitor',
    'monitor',
    runner.job('main', 'push'),
    {
      environment: 'production',
      urls: app.healthUrl('production'),
      // Four rounds with the shortest interval monitor allows: the rounds, not the waits
      // between them, are what a rehearsal exercises.
      duration: '400ms',
      interval: '100ms',
      rollback:
        'printf "%s" "$DEPLOY_PREVIOUS_VERSION" > "$APP_STATE_DIR/$DEPLOY_ENVIRONMENT.version"',
      // A rollback's [YANKED] commit goes to develop like back-merge's.
      ...commitVia(r)
    },
    { allowFailure: options.failInProduction }
  )
  if (monitor.exitCode !== 0) {
    // release.yml: back-merge waits for success; close-milestone refuses; notify announces.
    await runner.step(
      'close-milestone',
      'close-milestone',
      runner.job('main', 'push'),
      {
        version,
        'jira-url': r.jira.url,
        'jira-user': JIRA_USER,
        'jira-token': JIRA_TOKEN,
        'jira-project': 'JIRA'
      },
      { allowFailure: true }
    )
    await runner.step('notify', 'notify', runner.job('main', 'push'), {
      version,
      'webhook-url': r.webhooks.url,
      format: 'slack'
    })
    return
  }
  await runner.step('back-merge', 'back-merge', runner.job('main', 'push'), {
    version,
    ...commitVia(r)
  })
  await runner.step('close-milestone', 'close-milestone', runner.job('main', 'push'), {
    version,
    'jira-url': r.jira.url,
    'jira-user': JIRA_USER,
    'jira-token': JIRA_TOKEN,
    'jira-project': 'JIRA'
  })
  await runner.step('notify', 'notify', runner.job('main', 'push'), {
    version,
    'webhook-url': r.webhooks.url,
    format: 'slack',
    'release-url': tag.outputs['release-url'] ?? ''
  })
}
