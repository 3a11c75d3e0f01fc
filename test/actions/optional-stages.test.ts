/**
 * SPEC: an optional stage whose essential input is empty succeeds with `result: skipped`, a
 * notice and a summary line saying what to set, so the pipeline goes on (a library with no
 * deployments still gets its tag, release, back-merge and notes). Each action run as the runner
 * runs it, directly and through the root action's `step:`.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub } from '../kit/github/index.js'
import { seedMilestone } from '../kit/github/issue-objects.js'
import { invokeAction, type InvokeResult } from '../kit/invoker.js'
import { createReleasedRepo } from '../kit/released-project.js'

let repo: ReturnType<typeof createReleasedRepo>
let workspace: string
let github: FakeGitHub
/** Not a checkout: a skipped stage must not even need one. */
let empty: string

beforeAll(async () => {
  repo = createReleasedRepo()
  workspace = repo.sandbox.checkout('ws-main', 'main')
  github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  empty = mkdtempSync(join(tmpdir(), 'ra-optional-'))
})
afterAll(async () => {
  await github.stop()
  repo.sandbox.cleanup()
  rmSync(empty, { recursive: true, force: true })
})

function expectSkipped(run: InvokeResult, action: string, enable: RegExp): void {
  expect(run.errors).toBe('')
  expect(run.exitCode).toBe(0)
  expect(run.outputs.result).toBe('skipped')
  const notices = run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)
  expect(notices).toHaveLength(1)
  expect(notices[0]).toMatch(new RegExp(`^${action} skipped: `))
  expect(notices[0]).toMatch(enable)
  expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([])
  expect(run.summary).toMatch(new RegExp(`^### ⏭️ ${action}: skipped\\n`))
  expect(run.summary).toMatch(enable)
}

const cases: Array<[string, Record<string, string>, RegExp]> = [
  ['deploy', { environment: 'production', run: '' }, /Set 'run' .*deploy-command/],
  ['deploy', { environment: '', run: '   ' }, /Set 'run'/],
  ['run-integration', { run: '', 'environment-url': 'https://staging.example.com' }, /Set 'run'/],
  ['monitor', { urls: '', duration: '10m', environment: 'production' }, /Set 'urls'/],
  ['monitor', { urls: '\n  \n' }, /prometheus-url' with 'query'/],
  ['notify', { 'webhook-url': '', version: '1.3.0' }, /Set 'webhook-url' .*RELEASE_WEBHOOK_URL/],
  ['notify', { 'webhook-url': ' ', format: 'teams' }, /Set 'webhook-url'/]
]

describe.each(cases)('%s with %j', (action, inputs, enable) => {
  test('skips cleanly, changing nothing', async () => {
    const requests = github.requests.length
    expectSkipped(
      await invokeAction({ action, workspace: empty, apiUrl: github.url, inputs }),
      action,
      enable
    )
    expect(github.requests.length).toBe(requests)
  })
  test('skips the same through the root action and under dry-run', async () => {
    const run = await invokeAction({
      action: '.',
      workspace: empty,
      apiUrl: github.url,
      inputs: { ...inputs, step: action, 'dry-run': 'true' }
    })
    expectSkipped(run, action, enable)
  })
})

describe('the skip is only for an empty essential input', () => {
  test('deploy with a command but no environment is still a configuration error', async () => {
    const run = await invokeAction({
      action: 'deploy',
      workspace: empty,
      apiUrl: github.url,
      inputs: { environment: '', run: './deploy.sh' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBeUndefined()
    expect(run.errors).toMatch(/environment/)
  })
  test('monitor with prometheus-url but no query is still a configuration error', async () => {
    const run = await invokeAction({
      action: 'monitor',
      workspace: empty,
      inputs: { urls: '', 'prometheus-url': 'http://127.0.0.1:9' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toMatch(/'prometheus-url' and 'query' go together/)
  })
  test('notify with a webhook that is not a URL is still a configuration error', async () => {
    const run = await invokeAction({
      action: 'notify',
      workspace: empty,
      inputs: { 'webhook-url': 'not a url', version: '1.3.0' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toMatch(/not an http\(s\) URL/)
  })
})

describe('close-milestone', () => {
  test('without Jira and without the milestone: skipped, nothing written', async () => {
    const requests = github.requests.length
    const run = await invokeAction({
      action: 'close-milestone',
      workspace,
      ref: 'refs/heads/main',
      sha: repo.mainSha,
      apiUrl: github.url,
      inputs: { version: '1.3.0' }
    })
    expectSkipped(run, 'close-milestone', /Set 'jira-url'.*create-milestone: true/)
    expect(github.requests.slice(requests).filter((r) => r.method !== 'GET')).toEqual([])
  })
  test('without Jira but with the milestone: the milestone closes (not skipped)', async () => {
    seedMilestone(github, { title: '1.3.0' })
    const run = await invokeAction({
      action: 'close-milestone',
      workspace,
      ref: 'refs/heads/main',
      sha: repo.mainSha,
      apiUrl: github.url,
      inputs: { version: '1.3.0' }
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    expect(github.state.milestones.find((m) => m.title === '1.3.0')?.state).toBe('closed')
  })
  test('a milestone named explicitly and missing is a warning, not a skip', async () => {
    const run = await invokeAction({
      action: 'close-milestone',
      workspace,
      ref: 'refs/heads/main',
      sha: repo.mainSha,
      apiUrl: github.url,
      inputs: { version: '1.3.0', milestone: 'Sprint 9' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('unchanged')
    expect(run.annotations.map((a) => `${a.level}: ${a.message}`)).toContain(
      "warning: No GitHub milestone titled 'Sprint 9'; nothing to close on GitHub."
    )
  })
})
