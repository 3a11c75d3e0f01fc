/**
 * GitHub App credentials as inputs: the action mints its own installation token from
 * `app-id` and `app-private-key`, masks it, acts as the App, and mints again when the token
 * nears its end during a long wait.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { FakeGitHub, installApp } from '../kit/github/index.js'
import { testAppKeys } from '../kit/github/app-keys.js'
import { createOriginFixture } from '../kit/github/origin-fixture.js'
import { invokeAction } from '../kit/invoker.js'
import { createSeedRepo } from '../kit/seed-project.js'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

const KEYS = testAppKeys()
const BRANCH = 'release-v1.3.0'

describe('app-id and app-private-key', () => {
  test('bump-version mints an installation token, masks it, and commits as the App; the token input is not used', async () => {
    const repo = createSeedRepo({ releaseBranch: BRANCH })
    cleanups.push(() => repo.sandbox.cleanup())
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    cleanups.push(() => github.stop())
    const app = installApp(github, { id: 31337, slug: 'acme-release', publicKey: KEYS.publicKey })
    const workspace = repo.sandbox.checkout('ws', BRANCH)
    const run = await invokeAction({
      action: 'bump-version',
      workspace,
      ref: `refs/heads/${BRANCH}`,
      sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
      apiUrl: github.url,
      repository: 'acme/app',
      token: 'not-a-valid-token',
      inputs: {
        'commit-via': 'api',
        'app-id': '31337',
        // As secrets are often stored: one line with literal \n.
        'app-private-key': KEYS.privateKey.trim().replaceAll('\n', '\\n')
      }
    })
    expect(run.errors).toBe('')
    expect(app.tokens).toHaveLength(1)
    const token = app.tokens[0].token
    expect(run.stdout).toContain(`::add-mask::${token}`)
    expect(run.stdout.split(token)).toHaveLength(2) // only the mask command names it
    expect(github.requestsTo('GET', '/repos/acme/app/installation')).toHaveLength(1)
    const graphql = github.requestsTo('POST', '/graphql')
    expect(graphql.map((r) => r.headers.authorization)).toEqual([`token ${token}`])
    const head = repo.sandbox.remoteSha(`refs/heads/${BRANCH}`)!
    expect(repo.sandbox.git(repo.sandbox.origin, 'log', '-1', '--format=%an', head)).toBe(
      'acme-release[bot]'
    )
  })

  /** An origin and a fake GitHub with `app` installed, both removed after the test. */
  async function appWorld(app: Parameters<typeof installApp>[1]) {
    const fixture = await createOriginFixture()
    cleanups.push(() => fixture.cleanup())
    const github = await FakeGitHub.start({ bareRepo: fixture.bare })
    cleanups.push(() => github.stop())
    return { fixture, github, app: installApp(github, app) }
  }

  /** deploy to staging on v1.2.0 with `inputs` (the App's among them). */
  function deployAs(world: Awaited<ReturnType<typeof appWorld>>, inputs: Record<string, string>) {
    return invokeAction({
      action: 'deploy',
      workspace: world.fixture.work,
      apiUrl: world.github.url,
      repository: 'acme/app',
      ref: 'refs/tags/v1.2.0',
      sha: world.fixture.feature,
      inputs: { environment: 'staging', ...inputs }
    })
  }

  test('deploy mints the token again when it nears its end during a long deploy command', async () => {
    const world = await appWorld({ id: 5, publicKey: KEYS.publicKey, tokenLifetimeMs: 2000 })
    const { github, app } = world
    const run = await deployAs(world, {
      // Outlives the first token.
      run: 'sleep 2.5',
      'app-id': '5',
      'app-private-key': KEYS.privateKey,
      'app-installation': String(app.installationId)
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    expect(app.tokens.length).toBeGreaterThanOrEqual(2)
    // Every API request was made with a token that was valid when it was sent.
    const calls = github.requests.filter((r) => r.path.startsWith('/repos/'))
    expect(calls.map((r) => r.status).filter((s) => s === 401)).toEqual([])
    const last = calls[calls.length - 1]
    expect(last.headers.authorization).toBe(`token ${app.tokens[app.tokens.length - 1].token}`)
    // The installation was given, so it was not looked up.
    expect(github.requestsTo('GET', '/repos/acme/app/installation')).toHaveLength(0)
  })

  test('half the credentials, a key that is not the App’s, and a key that is no PEM are each one clear error', async () => {
    const fixture = await createOriginFixture()
    cleanups.push(() => fixture.cleanup())
    const github = await FakeGitHub.start({ bareRepo: fixture.bare })
    cleanups.push(() => github.stop())
    installApp(github, { id: 9, publicKey: KEYS.publicKey })
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const attempt = (inputs: Record<string, string>) =>
      invokeAction({
        action: 'open-release-pr',
        workspace: fixture.work,
        apiUrl: github.url,
        repository: 'acme/app',
        ref: 'refs/heads/main',
        sha: fixture.feature,
        inputs
      })
    const half = await attempt({ 'app-id': '9' })
    expect(half.errors).toContain("Inputs 'app-id' and 'app-private-key' go together")
    const wrong = await attempt({
      'app-id': '9',
      'app-private-key': other.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string
    })
    expect(wrong.errors).toContain("GitHub refused App 9's credentials")
    const notPem = await attempt({ 'app-id': '9', 'app-private-key': 'hunter2hunter2' })
    expect(notPem.errors).toContain("Input 'app-private-key' is not a PEM private key")
    expect(notPem.stdout).toContain('::add-mask::hunter2hunter2')
    const notAnId = await attempt({
      'app-id': 'my-release-app',
      'app-private-key': KEYS.privateKey
    })
    expect(notAnId.errors).toContain(
      "Input 'app-id' must be the App's numeric App ID or its Client ID (Iv23li...), not 'my-release-app'."
    )
    expect(github.state.pulls).toHaveLength(0)
  })

  test('the Client ID (what the App settings page shows first) works as app-id', async () => {
    const world = await appWorld({
      id: 1234567,
      clientId: 'Iv23liAbCdEf0123456789',
      publicKey: KEYS.publicKey
    })
    const { github, app } = world
    const run = await deployAs(world, {
      run: 'true',
      'app-id': 'Iv23liAbCdEf0123456789',
      'app-private-key': KEYS.privateKey
    })
    expect(run.errors).toBe('')
    expect(app.tokens).toHaveLength(1)
    const created = github.requestsTo('POST', '/repos/acme/app/deployments')
    expect(created.map((r) => r.headers.authorization)).toEqual([`token ${app.tokens[0].token}`])
    expect(github.state.deployments.map((d) => d.creator?.login)).toEqual(['release-app[bot]'])
  })
})
