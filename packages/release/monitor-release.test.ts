/**
 * monitor's use-case in this process: a loopback app to watch on a fake clock (no real waiting),
 * the loopback GitHub holding the deployments and the releases, a released project's checkout
 * (real git) whose develop gets the [YANKED] mark, and a real rollback command.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startLoopbackServer, type LoopbackServer } from '../../test/kit/loopback-server.js'
import { releasedWorld, type ReleasedWorld as World } from '../../test/kit/released-world.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { RecordingLogger } from '../base/logger.js'
import { createGitHubClient } from '../github/client.js'
import { runShell } from '../shell/command.js'
import { monitorRelease, type MonitorRequest, type MonitorServices } from './monitor-release.js'
import { ROLLED_BACK_MARKER, rollbackBooksSummary } from './rollback-books.js'

/** The fake clock's start: 2026-10-05 12:00 UTC (the books' date). */
const START = Date.UTC(2026, 9, 5, 12)
let app: LoopbackServer
/** The app answers 503 while true. */
let sick = false
const cleanups: Array<() => Promise<void> | void> = []

beforeAll(async () => {
  app = await startLoopbackServer((_req, res) => {
    res.writeHead(sick ? 503 : 200, { 'content-type': 'text/plain' })
    res.end(sick ? 'unavailable' : 'ok')
  })
})
afterAll(async () => {
  await app.stop()
})
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
  sick = false
})

/** The services with a fake clock: each sleep moves it on; `slept` is the time it moved. */
function services(world: World, log = new RecordingLogger()) {
  let now = START
  const commands: string[] = []
  const fake: MonitorServices & { slept: () => number; commands: string[] } = {
    github: () => createGitHubClient({ token: 'test-token', apiUrl: world.github.url, log: log }),
    repo: () => ({ owner: 'acme', repo: 'app' }),
    runCommand: (name, command) => {
      commands.push(name)
      return runShell(command)
    },
    log,
    now: () => now,
    sleep: (ms) => {
      now += ms
      return Promise.resolve()
    },
    slept: () => now - START,
    commands
  }
  return fake
}

function request(world: World, overrides: Partial<MonitorRequest> = {}): MonitorRequest {
  return {
    urls: [`${app.url}/health`],
    // Four rounds, 10 s apart, on the fake clock.
    durationMs: 40_000,
    intervalMs: 10_000,
    probeTimeoutMs: 5_000,
    maxErrorRate: 0.01,
    failFast: false,
    environment: 'production',
    rollback: `echo "$DEPLOY_ENVIRONMENT: $DEPLOY_VERSION -> $DEPLOY_PREVIOUS_VERSION" > "${rollbackLog(world)}"`,
    recordRollback: true,
    tagPrefix: 'v',
    developBranch: 'develop',
    changelogPath: 'CHANGELOG.md',
    commitVia: 'git',
    token: 'test-token',
    dryRun: false,
    workingDirectory: world.workspace,
    identity: TEST_IDENTITY,
    scratch: world.repo.sandbox.root,
    ...overrides
  }
}

const rollbackLog = (world: World) => join(world.repo.sandbox.root, 'rollback.log')

describe('monitorRelease', () => {
  test('a healthy window: success after four rounds on the clock, nothing marked or rolled back', async () => {
    const world = await releasedWorld(cleanups)
    const live = await world.deployment('1.3.0', 'in_progress', 'success')
    const fake = services(world)
    const report = await monitorRelease(fake, request(world))
    expect(report.result).toBe('success')
    expect(report.failure).toBeUndefined()
    expect(report.breach).toBeUndefined()
    expect(report.watched.rounds.map((r) => r.at)).toEqual([0, 10_000, 20_000, 30_000])
    expect(report.watched.errorRate).toBe(0)
    expect(fake.slept()).toBe(30_000)
    expect(fake.commands).toEqual([])
    expect(world.states(live)).toEqual(['in_progress', 'success'])
    expect(await world.latest()).toBe('v1.3.0')
  })

  test('a regression: the live deployment is marked failed, the rollback runs, the release is rolled back in the books', async () => {
    const world = await releasedWorld(cleanups)
    const old = await world.deployment('1.2.0', 'success')
    const live = await world.deployment('1.3.0', 'in_progress', 'success')
    sick = true
    const log = new RecordingLogger()
    const fake = services(world, log)
    const report = await monitorRelease(fake, request(world))

    expect(report.result).toBe('failure')
    expect(report.failure).toBe(
      'Monitoring found a regression: error rate 100% (4 of 4 probes) is above max-error-rate 1%. The rollback command succeeded.'
    )
    // The deployment: marked failed with the reason; the one before untouched.
    expect(world.states(live)).toEqual(['in_progress', 'success', 'failure'])
    expect(world.github.state.deploymentStatuses.get(live)!.at(-1)!.description).toBe(
      'monitor: error rate 100% (4 of 4 probes) is above max-error-rate 1%'
    )
    expect(world.states(old)).toEqual(['success'])
    // The rollback command ran with the versions.
    expect(fake.commands).toEqual(['Roll back production to 1.2.0'])
    expect(readFileSync(rollbackLog(world), 'utf8')).toBe('production: 1.3.0 -> 1.2.0\n')
    // The books: the release note dated by the clock, Latest back on 1.2.0, develop [YANKED].
    expect(world.body(world.v130.id)).toBe(
      [
        ROLLED_BACK_MARKER,
        '> [!WARNING]',
        '> **Rolled back** from production on 2026-10-05: monitor: error rate 100% (4 of 4 probes) is above max-error-rate 1%. production runs 1.2.0 again.',
        '> Do not install this release.',
        '',
        '### Added\n- New feature X (JIRA-1234)'
      ].join('\n')
    )
    expect(world.body(world.v120.id)).toBe('### Added\n- Initial release')
    expect(await world.latest()).toBe('v1.2.0')
    expect(world.repo.sandbox.show('develop', 'CHANGELOG.md')).toContain(
      '## [1.3.0] - 2026-10-02 [YANKED]\n'
    )
    expect(report.books?.books.release).toMatchObject({ result: 'updated', latest: 'v1.2.0' })
    expect(report.books?.books.changelog.result).toBe('updated')
    expect(log.text('info')).toContain(`Marked deployment ${live} (1.3.0) on production failed.`)
  })

  test('dry-run: the breach is found and reported; nothing marked, run or recorded', async () => {
    const world = await releasedWorld(cleanups)
    const live = await world.deployment('1.3.0', 'success')
    sick = true
    const fake = services(world)
    const develop = world.repo.sandbox.remoteSha('refs/heads/develop')
    const report = await monitorRelease(fake, request(world, { dryRun: true }))
    expect(report.result).toBe('dry-run')
    expect(report.watched.result).toBe('failure')
    expect(report.failure).toMatch(/^Monitoring found a regression: error rate 100%/)
    expect(report.breach).toBeUndefined()
    expect(report.books).toBeUndefined()
    expect(fake.commands).toEqual([])
    expect(existsSync(rollbackLog(world))).toBe(false)
    expect(world.states(live)).toEqual(['success'])
    expect(world.body(world.v130.id)).not.toContain(ROLLED_BACK_MARKER)
    expect(world.repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
  })

  test('the deployment history unreadable at the books (500 after the retries): each book failed, saying which request and why; nothing changed', async () => {
    const previousBase = process.env.RELEASE_ACTIONS_RETRY_BASE_MS
    process.env.RELEASE_ACTIONS_RETRY_BASE_MS = '5'
    cleanups.push(() => {
      if (previousBase === undefined) delete process.env.RELEASE_ACTIONS_RETRY_BASE_MS
      else process.env.RELEASE_ACTIONS_RETRY_BASE_MS = previousBase
    })
    const world = await releasedWorld(cleanups)
    await world.deployment('1.2.0', 'success')
    const live = await world.deployment('1.3.0', 'in_progress', 'success')
    sick = true
    const log = new RecordingLogger()
    const fake = services(world, log)
    const list = { method: 'GET', path: '/repos/{owner}/{repo}/deployments' }
    // The breach has read the history; from the rollback on, listing deployments answers 500,
    // the first try and the client's 3 retries.
    const runCommand = fake.runCommand
    fake.runCommand = (name, command) => {
      world.github.fault(list, { status: 500, times: 4 })
      return runCommand(name, command)
    }
    const develop = world.repo.sandbox.remoteSha('refs/heads/develop')
    const listedBefore = world.github.requestsTo('GET', list.path).length
    const report = await monitorRelease(fake, request(world))

    expect(report.result).toBe('failure')
    expect(report.failure).toMatch(
      /^Monitoring found a regression: .*The rollback command succeeded\.$/
    )
    expect(fake.commands).toEqual(['Roll back production to 1.2.0'])
    expect(world.states(live)).toEqual(['in_progress', 'success', 'failure'])
    // The breach's read of the history, then the books' read and the client's 3 retries.
    const lists = world.github.requestsTo('GET', list.path).slice(listedBefore)
    expect(lists.map((r) => r.status)).toEqual([200, 500, 500, 500, 500])
    const detail =
      `not recorded: could not read the deployment history of production to tell whether deployment ${live} (1.3.0) is its newest: ` +
      'GitHub Deployments API failed while listing deployments: HTTP 500 (Internal Server Error) (GET /repos/acme/app/deployments).'
    expect(report.books?.books.release).toEqual({ result: 'failed', detail })
    expect(report.books?.books.changelog).toEqual(report.books?.books.release)
    expect(log.text('warning')).toContain(`The books of 1.3.0: ${detail}`)
    // The summary's books table says so, as for any failed book.
    expect(rollbackBooksSummary(report.books!.facts, report.books!.books)).toMatch(
      /\| GitHub Release \| failed \| not recorded: could not read the deployment history of production/
    )
    // Nothing in the books changed.
    expect(world.body(world.v130.id)).toBe('### Added\n- New feature X (JIRA-1234)')
    expect(await world.latest()).toBe('v1.3.0')
    expect(world.repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
  })

  test('a live deployment that is not the newest is rolled back, its books left alone', async () => {
    const world = await releasedWorld(cleanups)
    // 1.3.0 failed to deploy and production went back to 1.2.0; now 1.2.0 regresses.
    const live = await world.deployment('1.2.0', 'success')
    const newest = await world.deployment('1.3.0', 'in_progress', 'failure')
    sick = true
    const log = new RecordingLogger()
    const fake = services(world, log)
    const develop = world.repo.sandbox.remoteSha('refs/heads/develop')
    const report = await monitorRelease(fake, request(world))
    expect(report.result).toBe('failure')
    expect(report.breach?.failed?.version).toBe('1.2.0')
    expect(world.states(live)).toEqual(['success', 'failure'])
    expect(world.states(newest)).toEqual(['in_progress', 'failure'])
    expect(readFileSync(rollbackLog(world), 'utf8')).toBe('production: 1.2.0 -> \n')
    expect(report.books).toBeUndefined()
    expect(log.text('info')).toContain(
      `The live deployment ${live} of production is not its newest (${newest}): production was rolled back before; the books of that version are left as they are.`
    )
    expect(world.body(world.v120.id)).toBe('### Added\n- Initial release')
    expect(world.body(world.v130.id)).toBe('### Added\n- New feature X (JIRA-1234)')
    expect(await world.latest()).toBe('v1.3.0')
    expect(world.repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
  })
})
