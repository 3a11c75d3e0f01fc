import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedDeployment } from '../kit/github/deployment-objects.js'
import { createOriginFixture, type OriginFixture } from '../kit/github/origin-fixture.js'
import { FakeGitHub } from '../kit/github/server.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { closedPort, startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'

const P = '/repos/acme/app'
let fixture: OriginFixture
let github: FakeGitHub
let app: LoopbackServer
let dir: string
/** What the fake app serves: the version the last deploy command wrote. */
let live: string
/** Status codes the app answers with before it answers 200, one per request. */
let statusPlan: number[]
/** Called on each health request, before the answer. */
let onHealth: (() => void) | undefined

beforeAll(async () => {
  fixture = await createOriginFixture()
  app = await startLoopbackServer((req, res) => {
    if (req.url === '/hang') return // never answers
    onHealth?.()
    const status = statusPlan.shift() ?? 200
    const version = existsSync(live) ? readFileSync(live, 'utf8').trim() : 'none'
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: status === 200 ? 'ok' : 'starting', version }))
  })
})
afterAll(async () => {
  await app.stop()
  fixture.cleanup()
})

beforeEach(async () => {
  github = await FakeGitHub.start({ bareRepo: fixture.bare })
  dir = mkdtempSync(join(tmpdir(), 'ra-deploy-'))
  live = join(dir, 'live-version')
  statusPlan = []
  onHealth = undefined
})
afterEach(async () => {
  await github.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** The deploy command of the fake app: records its environment, then "ships" the version. */
const DEPLOY =
  'echo "env=$DEPLOY_ENVIRONMENT version=$DEPLOY_VERSION ref=$DEPLOY_REF previous=$DEPLOY_PREVIOUS_VERSION" >> "$DEPLOY_LOG"; echo "$DEPLOY_VERSION" > "$LIVE_FILE"'
const ROLLBACK =
  'echo "rollback to $DEPLOY_PREVIOUS_VERSION from $DEPLOY_VERSION" >> "$DEPLOY_LOG"; echo "$DEPLOY_PREVIOUS_VERSION" > "$LIVE_FILE"'

async function deploy(inputs: InvokeOptions['inputs'], extra: Partial<InvokeOptions> = {}) {
  return invokeAction({
    action: 'deploy',
    workspace: fixture.work,
    apiUrl: github.url,
    ref: 'refs/tags/v1.2.0',
    sha: fixture.feature,
    env: { DEPLOY_LOG: join(dir, 'deploy.log'), LIVE_FILE: live },
    ...extra,
    inputs: {
      environment: 'staging',
      run: DEPLOY,
      'health-url': `${app.url}/health`,
      'health-interval': '100ms',
      'health-timeout': '5s',
      ...inputs
    }
  })
}

function deployLog(): string[] {
  const file = join(dir, 'deploy.log')
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : []
}

/** Each deployment as `version: states oldest first`. */
function records(): string[] {
  return github.state.deployments.map((d) => {
    const states = (github.state.deploymentStatuses.get(d.id) ?? []).map((s) => s.state)
    return `${(d.payload as { version: string }).version}@${d.environment}: ${states.join(' ')}`
  })
}

/** A successful deployment made before the test, as an earlier pipeline would have. */
const deployment = (version: string, ref: string, environment = 'staging') =>
  seedDeployment(github, { version, ref, environment, states: ['success'] })

describe('deploy', () => {
  test('records the deployment, runs the command with the DEPLOY_* values, gates on health', async () => {
    const run = await deploy({
      'expect-version': true,
      'environment-url': 'https://staging.example.com'
    })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    const [deployment] = github.state.deployments
    expect(run.outputs).toEqual({
      'deployment-id': String(deployment.id),
      'environment-url': 'https://staging.example.com',
      'previous-version': '',
      result: 'success'
    })
    expect(deployment).toMatchObject({ ref: 'v1.2.0', sha: fixture.feature, task: 'deploy' })
    expect(records()).toEqual(['1.2.0@staging: in_progress success'])
    const [inProgress, success] = github.state.deploymentStatuses.get(deployment.id)!
    expect(inProgress.log_url).toBe('https://github.com/acme/app/actions/runs/1001')
    expect(success.environment_url).toBe('https://staging.example.com')
    const create = github.requestsTo('POST', `${P}/deployments`)[0].body
    expect(create).toMatchObject({ auto_merge: false, required_contexts: [] })
    expect(deployLog()).toEqual(['env=staging version=1.2.0 ref=v1.2.0 previous='])
    expect(run.stdout).toContain('::group::Deploy 1.2.0 to staging')
    expect(run.summary).toContain('✅ deploy: success')
    expect(run.summary).toContain('| Deploy command | The deploy command succeeded |')
  })

  test("reads the environment's history and the version's earlier record at once", async () => {
    // The first of the two deployment lists to arrive is answered late: read one after the
    // other, the second could only arrive after that answer.
    github.fault({ method: 'GET', path: `${P}/deployments` }, { delayMs: 400 })
    const run = await deploy({})
    expect(run.exitCode).toBe(0)
    const [first, second] = github.requestsTo('GET', `${P}/deployments`)
    expect(second.answered).toBeLessThan(first.answered ?? 0)
    // One asks for the environment's deployments, the other for this ref's.
    expect([first.query.ref, second.query.ref].sort()).toEqual(['v1.2.0', undefined].sort())
  })

  test('a rerun of the same version adds statuses to the same record; a new version supersedes it', async () => {
    const first = await deploy({ environment: 'production' })
    const again = await deploy({ environment: 'production' })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['deployment-id']).toBe(first.outputs['deployment-id'])
    expect(records()).toEqual(['1.2.0@production: in_progress success in_progress success'])
    const next = await deploy(
      { environment: 'production', version: '1.3.0', ref: 'develop' },
      { ref: 'refs/heads/develop', sha: fixture.next }
    )
    expect(next.errors).toBe('')
    expect(next.outputs['previous-version']).toBe('1.2.0')
    expect(records()).toEqual([
      '1.2.0@production: in_progress success in_progress success inactive',
      '1.3.0@production: in_progress success'
    ])
    expect(deployLog().at(-1)).toBe('env=production version=1.3.0 ref=develop previous=1.2.0')
  })

  test('a failing command marks the deployment failed and rolls back to the last good version', async () => {
    await deployment('1.1.0', 'v1.1.0')
    const run = await deploy({ run: `${DEPLOY}; exit 3`, rollback: ROLLBACK })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    expect(run.errors).toBe(
      'Deploy of 1.2.0 to staging failed: The deploy command exited with 3. The rollback command succeeded.'
    )
    expect(records()).toEqual(['1.1.0@staging: success', '1.2.0@staging: in_progress failure'])
    const failure = github.state.deploymentStatuses.get(github.state.deployments[1].id)!.at(-1)!
    expect(failure.description).toBe('The deploy command exited with 3')
    expect(deployLog()).toEqual([
      'env=staging version=1.2.0 ref=v1.2.0 previous=1.1.0',
      'rollback to 1.1.0 from 1.2.0'
    ])
    expect(readFileSync(live, 'utf8').trim()).toBe('1.1.0')
    expect(run.summary).toContain('| Rollback to 1.1.0 | The rollback command succeeded |')
  })

  test('a command that does not exist fails the deploy with its name', async () => {
    const run = await deploy({ run: 'helmm upgrade app ./chart' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain('The deploy command exited with 127: command not found (helmm)')
    expect(records()).toEqual(['1.2.0@staging: in_progress failure'])
  })

  test('a command past its timeout is stopped and the deploy fails', async () => {
    const run = await deploy({ run: 'sleep 20', timeout: '1s' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain('The deploy command did not finish within 1s and was stopped')
    expect(records()).toEqual(['1.2.0@staging: in_progress failure'])
  })

  test('a health URL answering 503 twice, then 200 is waited for', async () => {
    statusPlan = [503, 503]
    const run = await deploy({})
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    expect(run.stdout).toContain('Health check 1: ')
    expect(run.stdout).toContain('-> HTTP 503')
    expect(run.summary).toContain('healthy after 3 check(s)')
  })

  test.each([
    ['hangs', () => `${app.url}/hang`, 'no answer within'],
    [
      'refuses connections',
      async () => `http://127.0.0.1:${await closedPort()}/`,
      'connection refused'
    ]
  ])('a health URL that %s fails the deploy at health-timeout', async (_name, url, reason) => {
    const run = await deploy({
      'health-url': await url(),
      // Short: the verdict is the same at any deadline, and a hanging URL takes all of it.
      'health-timeout': '300ms',
      rollback: ROLLBACK
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain('was not healthy within 300ms (last: ')
    expect(run.errors).toContain(reason)
    expect(records()).toEqual(['1.2.0@staging: in_progress failure'])
    expect(deployLog().at(-1)).toBe('rollback to  from 1.2.0')
    expect(run.stdout).toContain('No earlier successful deployment of staging')
  })

  test('expect-version fails when the old build is still serving', async () => {
    const run = await deploy({
      run: 'echo "shipping nothing"',
      'expect-version': true,
      'health-timeout': '300ms'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain('the body does not contain 1.2.0')
  })

  test('a crash after in_progress still closes the deployment (error status)', async () => {
    // While the health check runs, the API starts failing: the success status is lost beyond
    // the client's retries (1 + 3), the run stops, and the next status closes the record.
    onHealth = () => {
      github.fault(
        { method: 'POST', path: `${P}/deployments/{id}/statuses` },
        { status: 500, times: 4 }
      )
      onHealth = undefined
    }
    const run = await deploy({})
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain('setting deployment')
    expect(records()).toEqual(['1.2.0@staging: in_progress error'])
    const error = github.state.deploymentStatuses.get(github.state.deployments[0].id)!.at(-1)!
    expect(error.description).toMatch(/^deploy stopped: GitHub Deployments API failed/)
  })
})

describe('deploy: bad input and API faults', () => {
  test('the rollback runs even when the failure cannot be recorded; both are reported, the broken release first', async () => {
    await deployment('1.1.0', 'v1.1.0')
    statusPlan = Array<number>(1000).fill(503)
    // Once the deploy command has run, the Deployments API fails beyond the client's retries.
    onHealth = () => {
      github.fault(
        { method: 'POST', path: `${P}/deployments/{id}/statuses` },
        { status: 500, times: 100 }
      )
      onHealth = undefined
    }
    const run = await deploy({ rollback: ROLLBACK, 'health-timeout': '300ms' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    expect(deployLog()).toEqual([
      'env=staging version=1.2.0 ref=v1.2.0 previous=1.1.0',
      'rollback to 1.1.0 from 1.2.0'
    ])
    expect(readFileSync(live, 'utf8').trim()).toBe('1.1.0')
    expect(run.errors).toMatch(
      /^Deploy of 1\.2\.0 to staging failed: .*was not healthy within 300ms.*\. The rollback command succeeded\. Recording the failure on deployment \d+ failed: GitHub Deployments API failed while setting deployment \d+ to failure: HTTP 500/
    )
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.summary).toContain('| Rollback to 1.1.0 | The rollback command succeeded |')
  })

  test('a Deployments API answering 500 fails with one message and runs nothing', async () => {
    github.fault({ method: 'POST', path: `${P}/deployments` }, { status: 500, times: 10 })
    const run = await deploy({})
    expect(run.exitCode).toBe(1)
    expect(run.errors).toBe(
      'deploy failed: GitHub Deployments API failed while creating the deployment: HTTP 500 (Internal Server Error) (POST /repos/acme/app/deployments).'
    )
    expect(deployLog()).toEqual([])
    expect(github.state.deployments).toEqual([])
  })

  test.each([
    [
      'a connection dropped on every attempt',
      { drop: true, times: 10 },
      /^deploy failed: No answer from GitHub \(127\.0\.0\.1:\d+\) to POST \/repos\/acme\/app\/deployments while creating the deployment: the connection failed \(.+\), also on the retries\.$/
    ],
    [
      'a secondary rate limit that outlasts the waits',
      {
        status: 403,
        times: 10,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit' }
      },
      /^deploy failed: GitHub's secondary rate limit stopped creating the deployment \(HTTP 403 \(You have exceeded a secondary rate limit\)\), also after waiting it out/
    ]
  ])(
    '%s: said as such, not as a server error or a permission; nothing run',
    async (_n, fault, said) => {
      github.fault({ method: 'POST', path: `${P}/deployments` }, fault)
      const run = await deploy({})
      expect(run.exitCode).toBe(1)
      expect(run.errors).toMatch(said)
      expect(run.errors).not.toMatch(/unexpectedly|Server Error|permission/)
      expect(deployLog()).toEqual([])
      expect(github.state.deployments).toEqual([])
    }
  )

  test('a 429 with retry-after is waited out', async () => {
    github.fault(
      { method: 'POST', path: `${P}/deployments` },
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'API rate limit exceeded' } }
    )
    const run = await deploy({})
    expect(run.errors).toBe('')
    expect(records()).toEqual(['1.2.0@staging: in_progress success'])
  })

  test.each([
    [{ environment: '' }, "Input 'environment' is required but was empty."],
    [{ 'health-timeout': '10x' }, 'Input `health-timeout` is `10x`, which is not a duration'],
    [
      { 'health-url': 'staging.example.com' },
      "Input 'health-url' has 'staging.example.com', which is not an http(s) URL"
    ]
  ])('%j is refused before anything is recorded', async (inputs, message) => {
    const run = await deploy(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain(message)
    expect(github.requests).toEqual([])
    expect(deployLog()).toEqual([])
  })

  test('dry-run records and runs nothing', async () => {
    const run = await deploy({ 'dry-run': true })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('dry-run')
    expect(github.state.deployments).toEqual([])
    expect(deployLog()).toEqual([])
    expect(run.summary).toContain('nothing was run or recorded')
  })
})
