/**
 * Secrets stay secret (issue #15, item 5): the secret parts of every URL (a webhook's path and
 * query, `user:pass@` in any URL) appear in no annotation, log line or job summary, also when
 * a server echoes them back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../kit/github/index.js'
import { invokeAction, type InvokeResult } from '../kit/invoker.js'
import { startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'
import { createReleasedRepo } from '../kit/released-project.js'
import { WebhookReceiver } from '../kit/webhooks.js'

let repo: ReturnType<typeof createReleasedRepo>
let workspace: string
let app: LoopbackServer
let hook: WebhookReceiver | undefined
let github: FakeGitHub

beforeAll(async () => {
  repo = createReleasedRepo()
  workspace = repo.sandbox.checkout('ws-main', 'main')
  // notify reads the version's production deployment and keeps its marker through the API.
  github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  // Echoes the request line back, as many servers' error pages do.
  app = await startLoopbackServer((req, res) => {
    res.writeHead(503, { 'content-type': 'text/plain' })
    res.end(`Cannot ${req.method ?? ''} ${req.url ?? ''} for ${req.headers.authorization ?? ''}`)
  })
})
afterAll(async () => {
  await app.stop()
  await github.stop()
  repo.sandbox.cleanup()
})
afterEach(async () => {
  await hook?.stop()
  hook = undefined
})

/** `secret` appears nowhere a reader of the run could see it (the mask commands aside). */
function expectHidden(run: InvokeResult, secret: string) {
  const visible = run.stdout.replace(/^::add-mask::.*$/gm, '')
  for (const text of [visible, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(secret)
  }
}

describe('webhook secrets', () => {
  test.each([
    ['echoes its path in a 404 page (Express)', 404, (path: string) => `Cannot POST ${path}`],
    ['echoes its path in a 500 JSON error', 500, (path: string) => `{"error":"boom at ${path}"}`]
  ])('notify: a webhook that %s: the path is masked everywhere', async (_what, status, body) => {
    hook = await WebhookReceiver.start()
    hook.answer(...Array.from({ length: 6 }, () => ({ status, body: body(hook!.secretPath) })))
    const run = await invokeAction({
      action: 'notify',
      workspace,
      ref: 'refs/heads/main',
      sha: repo.mainSha,
      apiUrl: github.url,
      inputs: { 'webhook-url': hook.url }
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toContain(`The webhook answered ${status}`)
    expectHidden(run, hook.secretPath)
    expectHidden(run, hook.secretPath.slice(1))
  })

  test('notify: a webhook whose credential is its query (Teams Workflows sig=) is masked', async () => {
    hook = await WebhookReceiver.start()
    const sig = 'Zx9Q-secret-signature-123'
    const run = await invokeAction({
      action: 'notify',
      workspace,
      ref: 'refs/heads/main',
      sha: repo.mainSha,
      apiUrl: github.url,
      inputs: {
        'webhook-url': `${app.url}/workflows/abc/run?api-version=1&sig=${sig}`
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain('The webhook answered 503')
    expectHidden(run, sig)
  })
})

describe('user:pass@ in any URL', () => {
  const PASSWORD = 'hunter2-but-longer'
  test('monitor: a probed URL with credentials is masked in rounds, errors and summary', async () => {
    const url = `${app.url.replace('http://', `http://ops:${PASSWORD}@`)}/health`
    const run = await invokeAction({
      action: 'monitor',
      workspace,
      inputs: { urls: url, duration: '200ms', interval: '100ms', 'fail-fast': true }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    expectHidden(run, PASSWORD)
    expectHidden(run, Buffer.from(`ops:${PASSWORD}`).toString('base64'))
  })

  test('deploy: a bad health-url with credentials is refused without them', async () => {
    const run = await invokeAction({
      action: 'deploy',
      workspace,
      sha: repo.mainSha,
      inputs: {
        environment: 'staging',
        run: 'true',
        'health-url': `ftp://ops:${PASSWORD}@example.com/health`
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain("Input 'health-url' has")
    expectHidden(run, PASSWORD)
  })
})
