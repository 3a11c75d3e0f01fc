/**
 * A release rolled back from production, in every book: deploy (production) or monitor rolls
 * back, then the GitHub Release says so and is no longer Latest, close-milestone refuses the
 * release (Jira version unreleased, tickets and milestone untouched), notify announces the
 * failure in each format. Every step rerun.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub, addRuleset, enforceSignedPushes, installApp } from '../kit/github/index.js'
import { testAppKeys } from '../kit/github/app-keys.js'
import { seedIssue, seedMilestone } from '../kit/github/issue-objects.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { FakeJira } from '../kit/jira/index.js'
import { startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'
import { releasedWorld, type ReleasedWorld } from '../kit/released-world.js'
import {
  jsonPayloadProblems,
  slackProblems,
  teamsProblems,
  WebhookReceiver
} from '../kit/webhooks.js'

const P = '/repos/acme/app'
const KEYS = testAppKeys()
let repo: ReleasedWorld['repo']
let workspace: string
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

/** The released world with 1.2.0 live in production, and a log for the rollback command. */
async function released() {
  const world = await releasedWorld(cleanups)
  ;({ repo, workspace } = world)
  await world.deployment('1.2.0', 'success')
  const dir = mkdtempSync(join(repo.sandbox.root, 'log-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return { ...world, log: join(dir, 'rollback.log') }
}

const ROLLBACK =
  'echo "rollback to $DEPLOY_PREVIOUS_VERSION from $DEPLOY_VERSION" >> "$ROLLBACK_LOG"'

function run(
  action: string,
  github: FakeGitHub,
  inputs: InvokeOptions['inputs'],
  env: Record<string, string> = {}
) {
  return invokeAction({
    action,
    workspace,
    ref: 'refs/tags/v1.3.0',
    sha: repo.mainSha,
    apiUrl: github.url,
    env,
    inputs
  })
}

/** The books every rollback must leave, checked the same way after deploy and after monitor. */
async function expectBooksRolledBack(world: ReleasedWorld, reason: RegExp) {
  const body = world.body(world.v130.id)
  expect(body).toMatch(
    /^<!-- release-actions:rolled-back -->\n> \[!WARNING\]\n> \*\*Rolled back\*\* from production on \d{4}-\d{2}-\d{2}: /
  )
  expect(body).toMatch(reason)
  expect(body).toContain('production runs 1.2.0 again.')
  expect(body).toContain('### Added\n- New feature X (JIRA-1234)')
  expect(await world.latest()).toBe('v1.2.0')
  expect(world.body(world.v120.id)).not.toContain('rolled-back')
}

describe('a release rolled back from production is rolled back in the books', () => {
  test('deploy to production fails: release noted and not Latest; rerun changes nothing more', async () => {
    const world = await released()
    const { github } = world
    const inputs = {
      environment: 'production',
      version: '1.3.0',
      ref: 'v1.3.0',
      run: 'echo "deploying $DEPLOY_VERSION"; exit 3',
      rollback: ROLLBACK
    }
    const first = await run('deploy', github, inputs, { ROLLBACK_LOG: world.log })
    expect(first.exitCode).toBe(1)
    expect(first.outputs.result).toBe('failure')
    await expectBooksRolledBack(world, /: The deploy command exited with 3/i)
    expect(first.summary).toContain('#### 1.3.0 rolled back in the books')
    expect(first.summary).toMatch(
      /\| GitHub Release \| updated \| v1\.3\.0 marked rolled back; Latest is v1\.2\.0 \|/
    )

    // CHANGELOG: marked [YANKED] on develop, merged in with the release (main in develop).
    const { sandbox } = repo
    expect(sandbox.show('develop', 'CHANGELOG.md')).toContain('## [1.3.0] - 2026-10-02 [YANKED]\n')
    expect(sandbox.show('main', 'CHANGELOG.md')).not.toContain('[YANKED]')
    expect(
      sandbox.git(sandbox.origin, 'merge-base', '--is-ancestor', 'refs/tags/v1.3.0', 'develop')
    ).toBe('')
    expect(sandbox.remoteBranches()).not.toContain('yank/1.3.0')
    expect(first.summary).toMatch(
      /\| CHANGELOG on develop \| updated \| CHANGELOG\.md on develop marks 1\.3\.0 \[YANKED\] \|/
    )
    const develop = sandbox.remoteSha('refs/heads/develop')

    const patches = github.requestsTo('PATCH', /\/releases\//).length
    const rerun = await run('deploy', github, inputs, { ROLLBACK_LOG: world.log })
    expect(rerun.outputs.result).toBe('failure')
    expect(github.requestsTo('PATCH', /\/releases\//)).toHaveLength(patches)
    expect(rerun.summary).toMatch(/\| GitHub Release \| unchanged \|/)
    expect(world.body(world.v130.id).match(/rolled-back -->/g)).toHaveLength(1)
    expect(rerun.summary).toMatch(/\| CHANGELOG on develop \| unchanged \|/)
    expect(sandbox.remoteSha('refs/heads/develop')).toBe(develop)

    // A staging failure is no rollback of the release.
    const staging = await run('deploy', github, { ...inputs, environment: 'staging' })
    expect(staging.outputs.result).toBe('failure')
    expect(staging.summary).not.toContain('rolled back in the books')
  })

  test('monitor finds a regression: the live release is noted, the previous one Latest again; close-milestone refuses; notify announces the failure', async () => {
    const world = await released()
    const { github } = world
    await world.deployment('1.3.0', 'in_progress', 'success')
    sick = true
    const monitorInputs = {
      urls: `${app.url}/health`,
      duration: '1s',
      interval: '250ms',
      'probe-timeout': '5s',
      environment: 'production',
      rollback: ROLLBACK
    }
    // develop is protected: the [YANKED] mark waits in a pull request, as a back-merge would.
    repo.sandbox.protectBranches('develop')
    const develop = repo.sandbox.remoteSha('refs/heads/develop')
    const watched = await run('monitor', github, monitorInputs, { ROLLBACK_LOG: world.log })
    expect(watched.outputs.result).toBe('failure')
    expect(repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
    const yankPull = github.state.pulls.find((p) => p.head.ref === 'yank/1.3.0')!
    expect(yankPull).toMatchObject({
      state: 'open',
      title: 'Merge yank/1.3.0 into develop after 1.3.0'
    })
    expect(yankPull.base.ref).toBe('develop')
    expect(repo.sandbox.show('yank/1.3.0', 'CHANGELOG.md')).toContain(
      '## [1.3.0] - 2026-10-02 [YANKED]'
    )
    expect(watched.summary).toContain(
      '| CHANGELOG on develop | updated | 1.3.0 [YANKED] waits in https://github.com/acme/app/pull/'
    )
    const rewatched = await run('monitor', github, monitorInputs, { ROLLBACK_LOG: world.log })
    expect(rewatched.outputs.result).toBe('failure')
    expect(github.state.pulls.filter((p) => p.head.ref === 'yank/1.3.0')).toHaveLength(1)
    // The rerun changes nothing more in the books; 1.2.0's release is left alone.
    expect(rewatched.summary).toMatch(/\| GitHub Release \| unchanged \|/)
    expect(world.body(world.v120.id)).not.toContain('rolled-back')
    expect(await world.latest()).toBe('v1.2.0')
    await expectBooksRolledBack(world, /monitor: /)
    expect(watched.summary).toContain('#### 1.3.0 rolled back in the books')

    // close-milestone: refused with the reason; nothing closed, Jira untouched.
    const jira = await FakeJira.start()
    cleanups.push(() => jira.stop())
    jira.addProject('JIRA')
    jira.addIssue('JIRA-1234')
    const milestone = seedMilestone(github, { title: '1.3.0' })
    seedIssue(github, { title: 'Feature X', milestone: milestone.number })
    const writesBefore = github.requests.filter((r) => r.method !== 'GET').length
    const close = await run('close-milestone', github, {
      'jira-url': jira.url,
      'jira-user': 'bot@acme.test',
      'jira-token': 'token',
      'jira-project': 'JIRA'
    })
    expect(close.exitCode).toBe(1)
    expect(close.errors).toMatch(
      /^1\.3\.0 is not live in production: its deployment \d+ is 'failure' \(monitor: .*\)\. A release that failed or was rolled back is not closed: the Jira version stays unreleased, its tickets are not moved and the milestone stays open\./
    )
    expect(jira.writes()).toEqual([])
    expect(jira.state.versions).toEqual([])
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(writesBefore)
    expect(github.state.milestones[0].state).toBe('open')
    const again = await run('close-milestone', github, { milestone: '1.3.0' })
    expect(again.exitCode).toBe(1)

    // notify: a rollback announcement, in each format.
    for (const format of ['json', 'slack', 'teams'] as const) {
      const hook = await WebhookReceiver.start()
      cleanups.push(() => hook.stop())
      const told = await run('notify', github, { 'webhook-url': hook.url, format })
      expect(told.errors).toBe('')
      expect(told.outputs.result).toBe('success')
      const post = hook.posts[0]
      expect(post.raw).toContain('acme/app 1.3.0 rolled back')
      expect(post.raw).toContain('failed in production and was rolled back: monitor: ')
      expect(post.raw).toContain('production runs 1.2.0 again.')
      expect(post.raw).not.toContain('1.3.0 released')
      if (format === 'json') {
        expect(jsonPayloadProblems(post.json)).toEqual([])
        expect(post.json).toMatchObject({
          event: 'rollback',
          version: '1.3.0',
          rolled_back: { environment: 'production', previous_version: '1.2.0' }
        })
      }
      if (format === 'slack') expect(slackProblems(post.json)).toEqual([])
      if (format === 'teams') expect(teamsProblems(post.json as never)).toEqual([])
    }
  })
})

describe('the [YANKED] commit honours commit-via', () => {
  test('every branch requires signatures: with git the CHANGELOG book fails and says why; with auto GitHub makes the yank commit and its merge into develop (Verified)', async () => {
    const world = await released()
    const { github } = world
    enforceSignedPushes(github)
    addRuleset(github, { name: 'signed', include: ['~ALL'], rules: ['required_signatures'] })
    const { sandbox } = repo
    const develop = sandbox.remoteSha('refs/heads/develop')
    const inputs = {
      environment: 'production',
      version: '1.3.0',
      ref: 'v1.3.0',
      run: 'exit 3',
      rollback: ROLLBACK
    }
    const git = await run('deploy', github, inputs, { ROLLBACK_LOG: world.log })
    expect(git.outputs.result).toBe('failure')
    expect(git.summary).toMatch(
      /\| CHANGELOG on develop \| failed \| could not mark 1\.3\.0 \[YANKED\]/
    )
    expect(git.stdout).toContain('Commits must have verified signatures')
    expect(sandbox.remoteSha('refs/heads/develop')).toBe(develop)
    expect(sandbox.remoteBranches()).not.toContain('yank/1.3.0')

    const api = await run(
      'deploy',
      github,
      { ...inputs, 'commit-via': 'auto' },
      { ROLLBACK_LOG: world.log }
    )
    expect(api.outputs.result).toBe('failure')
    expect(api.summary).toMatch(
      /\| CHANGELOG on develop \| updated \| CHANGELOG\.md on develop marks 1\.3\.0 \[YANKED\] \|/
    )
    expect(api.stdout).toContain('yank/1.3.0 requires signed commits: committing through the API')
    const head = sandbox.remoteSha('refs/heads/develop')!
    expect(sandbox.show(head, 'CHANGELOG.md')).toContain('## [1.3.0] - 2026-10-02 [YANKED]\n')
    // Both new commits on develop (the yank and its merge) were made and signed by GitHub.
    const made = sandbox
      .git(sandbox.origin, 'rev-list', head, '--not', develop!, 'refs/tags/v1.3.0')
      .split('\n')
      .filter(Boolean)
    expect(made).toHaveLength(2)
    for (const sha of made) expect(github.state.verifiedCommits.has(sha)).toBe(true)
    expect(github.requestsTo('POST', '/graphql')).toHaveLength(1)
    expect(github.requestsTo('POST', `${P}/merges`)).toHaveLength(1)
    expect(sandbox.remoteBranches()).not.toContain('yank/1.3.0')
  })
})

describe('git over HTTP with a GitHub App token', () => {
  test('the [YANKED] commit after a deploy that outlives the first App token is fetched and pushed with a fresh one', async () => {
    const world = await released()
    const { github } = world
    const app = installApp(github, { id: 7, publicKey: KEYS.publicKey, tokenLifetimeMs: 6000 })
    // The checkout's origin is GitHub's git endpoint, which checks the token of every request.
    repo.sandbox.git(workspace, 'remote', 'set-url', 'origin', github.gitUrl)
    const develop = repo.sandbox.remoteSha('refs/heads/develop')
    const deployed = await invokeAction({
      action: 'deploy',
      workspace,
      ref: 'refs/tags/v1.3.0',
      sha: repo.mainSha,
      apiUrl: github.url,
      serverUrl: github.url,
      env: { ROLLBACK_LOG: world.log },
      inputs: {
        environment: 'production',
        version: '1.3.0',
        ref: 'v1.3.0',
        // Outlives the first token: the push after the rollback needs a new one. (A token is
        // minted again with half its life left: 3 s of margin for a slow fetch on a busy machine.)
        run: 'sleep 6.5; exit 3',
        rollback: ROLLBACK,
        'app-id': '7',
        'app-private-key': KEYS.privateKey,
        'app-installation': String(app.installationId)
      }
    })
    expect(deployed.outputs.result).toBe('failure')
    expect(deployed.summary).toMatch(
      /\| CHANGELOG on develop \| updated \| CHANGELOG\.md on develop marks 1\.3\.0 \[YANKED\] \|/
    )
    expect(repo.sandbox.show('develop', 'CHANGELOG.md')).toContain(
      '## [1.3.0] - 2026-10-02 [YANKED]\n'
    )
    expect(repo.sandbox.remoteSha('refs/heads/develop')).not.toBe(develop)
    const git = github.requests.filter((r) => r.path.startsWith('/acme/app.git/'))
    const pushes = git.filter((r) => r.path.endsWith('/git-receive-pack'))
    expect(pushes.length).toBeGreaterThan(0)
    expect(git.map((r) => r.status).filter((s) => s !== 200)).toEqual([])
    const first = app.tokens[0].token
    const basic = (token: string) =>
      `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
    for (const request of git) expect(request.headers.authorization).not.toBe(basic(first))
    expect(app.tokens.length).toBeGreaterThanOrEqual(2)
    // Tokens appear only to be masked.
    const shown = deployed.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'))
    expect(shown.filter((l) => app.tokens.some((t) => l.includes(t.token)))).toEqual([])
  }, 120_000)
})
