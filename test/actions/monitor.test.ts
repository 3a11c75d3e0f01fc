import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedDeployment } from '../kit/github/deployment-objects.js'
import { createOriginFixture, type OriginFixture } from '../kit/github/origin-fixture.js'
import { FakeGitHub } from '../kit/github/server.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'

const P = '/repos/acme/app'
let fixture: OriginFixture
let github: FakeGitHub
let app: LoopbackServer
let dir: string
/** The app answers 503 from this many requests on (counted per test); undefined: healthy. */
let failAfter: number | undefined
let served = 0
let delayMs = 0

beforeAll(async () => {
  fixture = await createOriginFixture()
  app = await startLoopbackServer((_req, res) => {
    served += 1
    const status = failAfter !== undefined && served > failAfter ? 503 : 200
    setTimeout(() => {
      res.writeHead(status, { 'content-type': 'text/plain' })
      res.end(status === 200 ? 'ok' : 'unavailable')
    }, delayMs)
  })
})
afterAll(async () => {
  await app.stop()
  fixture.cleanup()
})
beforeEach(async () => {
  github = await FakeGitHub.start({ bareRepo: fixture.bare })
  dir = mkdtempSync(join(tmpdir(), 'ra-monitor-'))
  failAfter = undefined
  served = 0
  delayMs = 0
})
afterEach(async () => {
  await github.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function monitor(inputs: InvokeOptions['inputs']) {
  return invokeAction({
    action: 'monitor',
    workspace: fixture.work,
    apiUrl: github.url,
    env: { ROLLBACK_LOG: join(dir, 'rollback.log') },
    inputs: {
      urls: `${app.url}/health\n${app.url}/api/orders`,
      // Rounds, not seconds, are what these tests count: the shortest interval allowed keeps the
      // windows short (the window's timing is packages/monitor/watch.test.ts, on a fake clock).
      duration: '400ms',
      interval: '100ms',
      // Generous: a loaded CI machine must not turn a slow loopback answer into an error.
      'probe-timeout': '5s',
      ...inputs
    }
  })
}

/** A deployment with statuses, as deploy left it. */
const deployment = (version: string, ...states: string[]) =>
  seedDeployment(github, { version, ref: 'main', states })

const states = (id: number) => (github.state.deploymentStatuses.get(id) ?? []).map((s) => s.state)

describe('monitor', () => {
  test('a healthy window succeeds, with a chart and a table of the rounds', async () => {
    const run = await monitor({})
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'success', 'error-rate': '0', rounds: '4' })
    expect(Number(run.outputs['p95-latency-ms'])).toBeGreaterThanOrEqual(0)
    expect(run.summary).toContain('```mermaid\nxychart-beta\n  title "p95 latency per round (ms)"')
    expect(run.summary).toContain('x-axis "round" [1, 2, 3, 4]')
    expect(run.summary).toMatch(/\| 4 \| \+\d+ms \| 2 \| 0 \| \d+ \|/)
    expect(github.requests).toEqual([])
  })

  test('health flipping mid-window fails the live deployment and rolls back to the one before', async () => {
    const old = await deployment('1.2.0', 'success', 'inactive')
    const live = await deployment('1.3.0', 'in_progress', 'success')
    failAfter = 6 // three healthy rounds of two probes, then the app breaks
    const run = await monitor({
      duration: '800ms',
      environment: 'production',
      rollback:
        'echo "$DEPLOY_ENVIRONMENT: $DEPLOY_VERSION -> $DEPLOY_PREVIOUS_VERSION" > "$ROLLBACK_LOG"'
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    expect(run.outputs['error-rate']).toBe('0.625')
    expect(run.errors).toBe(
      'Monitoring found a regression: error rate 62.5% (10 of 16 probes) is above max-error-rate 1%. The rollback command succeeded.'
    )
    expect(states(live)).toEqual(['in_progress', 'success', 'failure'])
    expect(states(old)).toEqual(['success', 'inactive'])
    const failure = github.state.deploymentStatuses.get(live)!.at(-1)!
    expect(failure.description).toMatch(/^monitor: error rate/)
    expect(readFileSync(join(dir, 'rollback.log'), 'utf8')).toBe('production: 1.3.0 -> 1.2.0\n')
    expect(run.summary).toContain(`| 4 |`)
    expect(run.summary).toContain(`${app.url}/health: HTTP 503`)
  })

  test.each([
    ['reading the history', 'GET', `${P}/deployments`],
    ['recording the failure', 'POST', `${P}/deployments/{id}/statuses`]
  ])(
    'the Deployments API failing at %s still rolls back, sets result, and reports both',
    async (_when, method, path) => {
      await deployment('1.2.0', 'success', 'inactive')
      await deployment('1.3.0', 'in_progress', 'success')
      failAfter = 0
      github.fault({ method, path }, { status: 500, times: 100 })
      const run = await monitor({
        environment: 'production',
        'fail-fast': true,
        rollback: 'echo "rolled back to [$DEPLOY_PREVIOUS_VERSION]" > "$ROLLBACK_LOG"'
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.result).toBe('failure')
      expect(existsSync(join(dir, 'rollback.log'))).toBe(true)
      expect(run.errors).toMatch(
        /^Monitoring found a regression: error rate .*\. The rollback command succeeded\. Recording the failure on production failed: GitHub Deployments API failed while .*HTTP 500/
      )
      expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
      expect(run.summary).toContain('Recording the failure failed')
    }
  )

  test('p95 latency above max-latency-ms fails; fail-fast stops at the first round', async () => {
    delayMs = 120
    const run = await monitor({ 'max-latency-ms': 50, 'fail-fast': true })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.rounds).toBe('1')
    expect(Number(run.outputs['p95-latency-ms'])).toBeGreaterThanOrEqual(120)
    expect(run.errors).toMatch(/p95 latency \d+ ms is above max-latency-ms 50/)
    expect(existsSync(join(dir, 'rollback.log'))).toBe(false)
  })

  test('dry-run watches and reports a breach, marks nothing', async () => {
    const live = await deployment('1.3.0', 'success')
    failAfter = 0
    const run = await monitor({ 'dry-run': true, environment: 'production', duration: '100ms' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('dry-run')
    expect(states(live)).toEqual(['success'])
  })

  test.each([
    [{ interval: '10x' }, 'Input `interval` is `10x`, which is not a duration'],
    [{ duration: '5 minutes' }, 'Input `duration` is `5 minutes`, which is not a duration'],
    [{ 'max-error-rate': 'lots' }, "Input 'max-error-rate' is 'lots'"],
    [{ urls: 'app.example.com/health' }, "Input 'urls' has 'app.example.com/health'"],
    [{ query: 'up' }, "Inputs 'prometheus-url' and 'query' go together"],
    [{ 'max-latency-ms': '0' }, "Input 'max-latency-ms' must be a whole number"]
  ])('%j is refused before watching', async (inputs, message) => {
    const run = await monitor(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain(message)
    expect(run.outputs).toEqual({})
    expect(served).toBe(0)
  })
})
