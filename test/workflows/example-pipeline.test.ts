/**
 * examples/workflows/ci-cd.yml, the seed's whole pipeline, run as GitHub runs it
 * (test/kit/workflow-run.ts) with every setting a repository variable and the secrets under
 * their own names: deploys to staging and production of the sample application, the
 * integration suite, monitoring, Jira and the announcement, all through release.yml.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mergePullRequest, setUpRehearsal, type Rehearsal } from '../kit/rehearsal/index.js'
import {
  RELEASED_FROM_MAIN,
  releaseJobs,
  runExampleWorkflow,
  workflowFailures
} from '../kit/rehearsal/workflow.js'
import type { WorkflowEvent } from '../kit/workflow-run.js'

let r: Rehearsal

beforeAll(async () => {
  r = await setUpRehearsal()
}, 60_000)
afterAll(async () => {
  await r.stop()
  r.sandbox.cleanup()
})

const failures = workflowFailures
const run = (event: WorkflowEvent, extraVars: Record<string, string> = {}) =>
  runExampleWorkflow(r, event, extraVars)

test('the seed process through the example workflow: cut, prepare, merge, release, deploy, close', async () => {
  const start = await run({
    name: 'workflow_dispatch',
    branch: 'develop',
    inputs: { stage: 'start-release' }
  })
  expect(failures(start)).toEqual([])
  expect(start.job('test').result).toBe('skipped')
  expect(start.action('start-release')?.outputs.branch).toBe('release-v1.3.0')

  const prepare = await run({ name: 'push', branch: 'release-v1.3.0' })
  expect(failures(prepare)).toEqual([])
  expect(prepare.action('open-release-pr')?.outputs.result).toBe('created')

  await mergePullRequest(r, 1)

  const release = await run({ name: 'push', branch: 'main' })
  expect(failures(release)).toEqual([])
  expect(releaseJobs(release)).toEqual(RELEASED_FROM_MAIN)
  expect(release.job('ancestry').result).toBe('success')
  expect(release.job('release/deploy-staging').environment).toBe('staging')
  expect(release.job('release/deploy-production').environment).toBe('production')
  expect(r.app.version('staging')).toBe('1.3.0')
  expect(r.app.version('production')).toBe('1.3.0')
  expect(r.github.state.deployments.map((d) => d.environment)).toEqual(['staging', 'production'])
  expect(release.action('run-integration')?.outputs).toMatchObject({ passed: '1', failed: '0' })
  expect(release.action('monitor')?.outputs.result).toBe('success')
  expect(r.jira.state.versions.find((v) => v.name === '1.3.0')?.released).toBe(true)
  expect(r.webhooks.posts).toHaveLength(1)
  expect(release.action('notify')?.inputs?.['release-url']).toBe(
    'https://github.com/acme/app/releases/tag/v1.3.0'
  )
}, 240_000)

test('with RELEASE_CANDIDATES, each push of the release branch is a release candidate on staging, never Latest', async () => {
  const candidates = { RELEASE_CANDIDATES: 'true' }
  r.sandbox.git(r.dev, 'fetch', '--quiet', 'origin')
  r.sandbox.git(r.dev, 'checkout', '--quiet', '-B', 'develop', 'origin/develop')
  r.sandbox.commit(r.dev, 'Feature: Gift cards (JIRA-1300)', { 'mypkg/gifts.py': 'x = 1\n' })
  r.sandbox.push(r.dev, 'develop')
  const start = await run(
    { name: 'workflow_dispatch', branch: 'develop', inputs: { stage: 'start-release' } },
    candidates
  )
  expect(failures(start)).toEqual([])
  const version = start.action('start-release')?.outputs.version ?? ''
  const branch = `release-v${version}`
  const first = await run({ name: 'push', branch }, candidates)
  expect(failures(first)).toEqual([])
  expect(first.action('create-tag')?.outputs).toMatchObject({
    tag: `v${version}-rc.1`,
    result: 'created'
  })
  expect(r.app.version('staging')).toBe(`${version}-rc.1`)
  expect(first.job('release/deploy-production').result).toBe('skipped')
  expect(first.action('run-integration')?.outputs.result).toBe('success')
  const head = r.sandbox.remoteSha(`refs/heads/${branch}`)
  expect(r.sandbox.git(r.sandbox.origin, 'rev-parse', `v${version}-rc.1^{commit}`)).toBe(head)

  // A fix on the release branch: the next candidate.
  r.sandbox.git(r.dev, 'fetch', '--quiet', 'origin')
  r.sandbox.git(r.dev, 'checkout', '--quiet', '-B', branch, `origin/${branch}`)
  r.sandbox.commit(r.dev, 'Fix: Bug found on staging (JIRA-1238)', { 'mypkg/fix.py': 'x = 2\n' })
  r.sandbox.push(r.dev, branch)
  const second = await run({ name: 'push', branch }, candidates)
  expect(failures(second)).toEqual([])
  expect(second.action('create-tag')?.outputs).toMatchObject({
    tag: `v${version}-rc.2`,
    result: 'created'
  })
  expect(r.app.version('staging')).toBe(`${version}-rc.2`)
  const releases = r.github.state.releases.filter((rel) =>
    rel.tag_name.startsWith(`v${version}-rc.`)
  )
  expect(releases.map((rel) => [rel.tag_name, rel.prerelease])).toEqual([
    [`v${version}-rc.1`, true],
    [`v${version}-rc.2`, true]
  ])
  expect(releases.map((rel) => rel.id)).not.toContain(r.github.state.latestReleaseId)
}, 240_000)
