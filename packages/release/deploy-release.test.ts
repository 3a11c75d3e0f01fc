/**
 * deploy's use-case in this process: real deploy and rollback commands, the loopback GitHub
 * holding the deployments and the releases, and a released project's checkout (real git) whose
 * develop gets the [YANKED] mark after a rolled-back production deploy.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { seedDeployment } from '../../test/kit/github/deployment-objects.js'
import { releasedWorld } from '../../test/kit/released-world.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { RecordingLogger } from '../base/logger.js'
import { createGitHubClient } from '../github/client.js'
import { runShell } from '../shell/command.js'
import { deployRelease, type DeployRequest, type DeployServices } from './deploy-release.js'
import { ROLLED_BACK_MARKER } from './rollback-books.js'

/** The books' date: 2026-10-05 12:00 UTC. */
const NOW = Date.UTC(2026, 9, 5, 12)
const cleanups: Array<() => Promise<void> | void> = []

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

/** The released world, with the log the deploy and rollback commands append to. */
async function released() {
  const world = await releasedWorld(cleanups)
  const log = join(world.repo.sandbox.root, 'deploy.log')
  const lines = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [])
  return { ...world, log, lines }
}

type World = Awaited<ReturnType<typeof released>>

function services(world: World, log = new RecordingLogger()) {
  const commands: string[] = []
  const fake: DeployServices & { commands: string[] } = {
    github: () => createGitHubClient({ token: 'test-token', apiUrl: world.github.url, log }),
    repo: { owner: 'acme', repo: 'app' },
    runCommand: (name, command) => {
      commands.push(name)
      return runShell(command)
    },
    log,
    now: () => NOW,
    commands
  }
  return fake
}

function request(world: World, overrides: Partial<DeployRequest> = {}): DeployRequest {
  return {
    environment: 'production',
    version: '1.3.0',
    ref: 'v1.3.0',
    run: `echo "deploy $DEPLOY_VERSION over $DEPLOY_PREVIOUS_VERSION" >> "${world.log}"`,
    rollback: `echo "rollback to $DEPLOY_PREVIOUS_VERSION from $DEPLOY_VERSION" >> "${world.log}"`,
    healthTimeoutMs: 5_000,
    healthIntervalMs: 100,
    expectVersion: false,
    transient: false,
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
    logUrl: 'https://github.com/acme/app/actions/runs/7',
    ...overrides
  }
}

describe('deployRelease', () => {
  test('a deploy that succeeds: the deployment is success, the one before inactive, no books', async () => {
    const world = await released()
    const old = await world.deployment('1.2.0', 'success')
    const fake = services(world)
    const report = await deployRelease(fake, request(world))
    expect(report.outcome.result).toBe('success')
    expect(report.failure).toBeUndefined()
    expect(report.books).toBeUndefined()
    expect(report.outcome.previous?.version).toBe('1.2.0')
    expect(fake.commands).toEqual(['Deploy 1.3.0 to production'])
    expect(world.lines()).toEqual(['deploy 1.3.0 over 1.2.0'])
    expect(world.states(report.outcome.deployment!.id)).toEqual(['in_progress', 'success'])
    expect(world.states(old)).toEqual(['success', 'inactive'])
    expect(await world.latest()).toBe('v1.3.0')
  })

  test('a failed production deploy rolls back and is rolled back in the books', async () => {
    const world = await released()
    await world.deployment('1.2.0', 'success')
    const fake = services(world)
    const report = await deployRelease(
      fake,
      request(world, { run: `${request(world).run}; exit 3` })
    )
    expect(report.outcome.result).toBe('failure')
    expect(report.failure).toBe(
      'Deploy of 1.3.0 to production failed: The deploy command exited with 3. The rollback command succeeded.'
    )
    expect(world.lines()).toEqual(['deploy 1.3.0 over 1.2.0', 'rollback to 1.2.0 from 1.3.0'])
    expect(world.states(report.outcome.deployment!.id)).toEqual(['in_progress', 'failure'])
    expect(world.body(world.v130.id)).toBe(
      [
        ROLLED_BACK_MARKER,
        '> [!WARNING]',
        '> **Rolled back** from production on 2026-10-05: The deploy command exited with 3. production runs 1.2.0 again.',
        '> Do not install this release.',
        '',
        '### Added\n- New feature X (JIRA-1234)'
      ].join('\n')
    )
    expect(await world.latest()).toBe('v1.2.0')
    expect(world.repo.sandbox.show('develop', 'CHANGELOG.md')).toContain(
      '## [1.3.0] - 2026-10-02 [YANKED]\n'
    )
    expect(report.books?.books.release.result).toBe('updated')
    expect(report.books?.books.changelog.result).toBe('updated')
  })

  test('a failed staging deploy rolls back; the books are left alone', async () => {
    const world = await released()
    await seedDeployment(world.github, {
      version: '1.2.0',
      environment: 'staging',
      states: ['success']
    })
    const develop = world.repo.sandbox.remoteSha('refs/heads/develop')
    const report = await deployRelease(
      services(world),
      request(world, { environment: 'staging', run: 'exit 3' })
    )
    expect(report.outcome.result).toBe('failure')
    expect(world.lines()).toEqual(['rollback to 1.2.0 from 1.3.0'])
    expect(report.books).toBeUndefined()
    expect(world.body(world.v130.id)).not.toContain(ROLLED_BACK_MARKER)
    expect(await world.latest()).toBe('v1.3.0')
    expect(world.repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
  })

  test('dry-run: nothing run, no deployment made', async () => {
    const world = await released()
    const fake = services(world)
    const report = await deployRelease(fake, request(world, { dryRun: true }))
    expect(report.outcome.result).toBe('dry-run')
    expect(report.outcome.deployment).toBeUndefined()
    expect(fake.commands).toEqual([])
    expect(world.lines()).toEqual([])
    expect(world.github.state.deployments).toEqual([])
  })
})
