/**
 * A self-hosted runner behind a proxy: every request that is not the GitHub API (webhooks,
 * health URLs, Jira, Prometheus) goes through HTTP_PROXY / HTTPS_PROXY, except the hosts in
 * NO_PROXY and loopback, as `@actions/github` does. The hosts `*.example.test` exist only
 * behind the test proxy, so a request that skipped it could not have arrived.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { createOriginFixture, type OriginFixture } from '../kit/github/origin-fixture.js'
import { FakeGitHub } from '../kit/github/index.js'
import { ForwardProxy } from '../kit/forward-proxy.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'
import { createReleasedRepo } from '../kit/released-project.js'
import { selfSignedCertificate, type TestCertificate } from '../kit/tls-cert.js'
import { WebhookReceiver } from '../kit/webhooks.js'

const HOOKS = 'hooks.example.test'
/** 127.0.0.1 written as an IPv4-mapped IPv6 address: reachable directly, yet not named loopback. */
const MAPPED = '[::ffff:7f00:1]'

let repo: ReturnType<typeof createReleasedRepo>
let workspace: string
let github: FakeGitHub
let proxy: ForwardProxy
let certificate: TestCertificate
const receivers: WebhookReceiver[] = []

beforeAll(async () => {
  repo = createReleasedRepo()
  workspace = repo.sandbox.checkout('ws-main', 'main')
  github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  certificate = selfSignedCertificate(HOOKS)
})
afterAll(async () => {
  await github.stop()
  repo.sandbox.cleanup()
  certificate.cleanup()
})
afterEach(async () => {
  while (receivers.length) await receivers.pop()?.stop()
  await proxy?.stop()
})

async function receiver(tls?: TestCertificate) {
  const hook = await WebhookReceiver.start(undefined, tls)
  receivers.push(hook)
  return hook
}

function notify(
  webhookUrl: string,
  env: Record<string, string>,
  extra: InvokeOptions['inputs'] = {}
) {
  return invokeAction({
    action: 'notify',
    workspace,
    ref: 'refs/heads/main',
    sha: repo.mainSha,
    apiUrl: github.url,
    env,
    inputs: { 'webhook-url': webhookUrl, ...extra } satisfies InvokeOptions['inputs']
  })
}

describe('notify behind a proxy', () => {
  test('an http webhook is sent to HTTP_PROXY as an absolute URI', async () => {
    proxy = await ForwardProxy.start()
    const hook = await receiver()
    const run = await notify(hook.urlAt(HOOKS), proxy.env())
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    expect(proxy.calls).toEqual([{ method: 'POST', target: hook.urlAt(HOOKS) }])
    expect(hook.posts).toHaveLength(1)
    expect(hook.posts[0].headers.host).toBe(`${HOOKS}:${new URL(hook.url).port}`)
    expect(hook.posts[0].raw).toContain('acme/app 1.3.0 released')
    // The GitHub API of the run is on loopback: never proxied, as @actions/github does.
    expect(proxy.calls.some((c) => c.target.includes(new URL(github.url).host))).toBe(false)
  })

  test('an https webhook goes through a CONNECT tunnel of HTTPS_PROXY, TLS to the host', async () => {
    proxy = await ForwardProxy.start()
    const hook = await receiver(certificate)
    const run = await notify(hook.urlAt(HOOKS), {
      ...proxy.env(),
      NODE_EXTRA_CA_CERTS: certificate.certFile
    })
    expect(run.errors).toBe('')
    expect(run.outputs).toEqual({ result: 'success', status: '200' })
    expect(proxy.calls).toEqual([
      { method: 'CONNECT', target: `${HOOKS}:${new URL(hook.url).port}` }
    ])
    expect(hook.posts).toHaveLength(1)
    expect(hook.posts[0].raw).toContain('acme/app 1.3.0 released')
  })

  test('the proxy credentials in HTTPS_PROXY are sent as Proxy-Authorization', async () => {
    proxy = await ForwardProxy.start()
    const hook = await receiver(certificate)
    const withUser = proxy.url.replace('http://', 'http://runner:p%40ss@')
    const run = await notify(hook.urlAt(HOOKS), {
      HTTPS_PROXY: withUser,
      NODE_EXTRA_CA_CERTS: certificate.certFile
    })
    expect(run.outputs.result).toBe('success')
    const basic = Buffer.from('runner:p@ss').toString('base64')
    expect(proxy.calls.map((c) => c.authorization)).toEqual([`Basic ${basic}`])
  })

  test('a host in NO_PROXY is reached directly; without it the same URL is proxied', async () => {
    proxy = await ForwardProxy.start()
    const hook = await receiver()
    const direct = await notify(hook.urlAt(MAPPED), proxy.env(`jira.example.test, ${MAPPED}`))
    expect(direct.outputs.result).toBe('success')
    expect(proxy.calls).toEqual([])
    expect(hook.posts).toHaveLength(1)

    // The same webhook again: notify's marker says it was announced, so ask for a repost.
    const proxied = await notify(hook.urlAt(MAPPED), proxy.env('jira.example.test'), {
      repost: true
    })
    expect(proxied.outputs.result).toBe('success')
    expect(proxy.calls).toEqual([{ method: 'POST', target: hook.urlAt(MAPPED) }])
    expect(hook.posts).toHaveLength(2)
  })

  test('a GitHub API that only the proxy reaches: its requests go through HTTP_PROXY too', async () => {
    proxy = await ForwardProxy.start()
    const hook = await receiver()
    const api = `http://api.example.test:${new URL(github.url).port}`
    const before = github.requests.length
    const run = await invokeAction({
      action: 'notify',
      workspace,
      ref: 'refs/heads/main',
      sha: repo.mainSha,
      apiUrl: api,
      env: proxy.env(),
      inputs: { 'webhook-url': hook.urlAt(HOOKS), repost: true }
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    const apiCalls = proxy.calls.filter((c) => c.target.startsWith(api))
    const served = github.requests.slice(before)
    expect(served.length).toBeGreaterThan(0)
    expect(apiCalls.map((c) => `${c.method} ${new URL(c.target).pathname}`)).toEqual(
      served.map((r) => `${r.method} ${r.path}`)
    )
    expect(hook.posts).toHaveLength(1)
  })

  test('a suffix in NO_PROXY skips the proxy for its hosts (which exist only behind it)', async () => {
    proxy = await ForwardProxy.start()
    const hook = await receiver()
    const run = await notify(hook.urlAt(HOOKS), proxy.env('.example.test'))
    expect(run.outputs.result).toBe('failure')
    expect(run.errors).toContain('Cannot reach the webhook (')
    expect(proxy.calls).toEqual([])
    expect(hook.posts).toHaveLength(0)
  })
})

describe('deploy behind a proxy', () => {
  let fixture: OriginFixture
  let app: LoopbackServer
  let deployGitHub: FakeGitHub
  beforeAll(async () => {
    fixture = await createOriginFixture()
    app = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ status: 'ok', version: '1.2.0' }))
    })
    deployGitHub = await FakeGitHub.start({ bareRepo: fixture.bare })
  })
  afterAll(async () => {
    await deployGitHub.stop()
    await app.stop()
    fixture.cleanup()
  })

  test('the health URL is probed through HTTP_PROXY', async () => {
    proxy = await ForwardProxy.start()
    const health = `http://app.example.test:${new URL(app.url).port}/health`
    const run = await invokeAction({
      action: 'deploy',
      workspace: fixture.work,
      apiUrl: deployGitHub.url,
      ref: 'refs/tags/v1.2.0',
      sha: fixture.feature,
      env: proxy.env(),
      inputs: {
        environment: 'staging',
        run: 'true',
        'health-url': health,
        'health-interval': '100ms',
        'health-timeout': '5s'
      }
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    expect(proxy.calls).toEqual([{ method: 'GET', target: health }])
    expect(app.hits).toEqual(['/health'])
  })
})
