/**
 * notify announces once (issue #15, item 3): a rerun, a second concurrent run, and a run whose
 * webhook answer was lost after the webhook took the post do not post again; the record is a
 * ref in the repository (refs/release-actions/notify/...), and `repost: true` posts again.
 * The webhook sits behind a proxy that drops connections before or after the post arrives.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../kit/github/index.js'
import { DropProxy } from '../kit/drop-proxy.js'
import { invokeAction } from '../kit/invoker.js'
import { createReleasedRepo } from '../kit/released-project.js'
import { WebhookReceiver } from '../kit/webhooks.js'

let repo: ReturnType<typeof createReleasedRepo>
let workspace: string
let github: FakeGitHub
let hook: WebhookReceiver
let hookProxy: DropProxy
let apiProxy: DropProxy

beforeAll(() => {
  repo = createReleasedRepo()
  workspace = repo.sandbox.checkout('ws-main', 'main')
})
afterAll(() => repo.sandbox.cleanup())
beforeEach(async () => {
  github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  apiProxy = await DropProxy.start(github.url)
  hook = await WebhookReceiver.start()
  hookProxy = await DropProxy.start(hook.url)
})
afterEach(async () => {
  await hookProxy.stop()
  await hook.stop()
  await apiProxy.stop()
  await github.stop()
  // The records are refs in the shared origin: each test starts without one.
  for (const ref of markerRefs()) repo.sandbox.git(repo.sandbox.origin, 'update-ref', '-d', ref)
})

function markerRefs(): string[] {
  return repo.sandbox
    .git(repo.sandbox.origin, 'for-each-ref', '--format=%(refname)', 'refs/release-actions/')
    .split('\n')
    .filter(Boolean)
}

function notify(inputs: Record<string, string> = {}) {
  return invokeAction({
    action: 'notify',
    workspace,
    ref: 'refs/heads/main',
    sha: repo.mainSha,
    apiUrl: apiProxy.url,
    inputs: { 'webhook-url': `${hookProxy.url}${hook.secretPath}`, ...inputs }
  })
}

describe('notify posts once', () => {
  test('a rerun says unchanged; repost: true posts again', async () => {
    const first = await notify()
    expect(first.errors).toBe('')
    expect(first.outputs.result).toBe('success')
    expect(hook.posts).toHaveLength(1)
    const refs = markerRefs()
    expect(refs).toHaveLength(1)
    expect(refs[0]).toMatch(/^refs\/release-actions\/notify\/v1\.3\.0\/slack-[0-9a-f]{16}$/)
    // The record points at the tag and does not show the secret URL.
    expect(repo.sandbox.git(repo.sandbox.origin, 'rev-parse', refs[0])).toBe(
      repo.sandbox.git(repo.sandbox.origin, 'rev-parse', 'refs/tags/v1.3.0')
    )
    expect(refs[0]).not.toContain(hook.secretPath.split('/').pop())

    const rerun = await notify()
    expect(rerun.errors).toBe('')
    expect(rerun.outputs.result).toBe('unchanged')
    expect(rerun.stdout).toContain("Set 'repost: true' to post it again")
    expect(rerun.summary).toContain('notify: unchanged')
    expect(hook.posts).toHaveLength(1)

    const again = await notify({ repost: 'true' })
    expect(again.errors).toBe('')
    expect(again.outputs.result).toBe('success')
    expect(hook.posts).toHaveLength(2)
    expect(markerRefs()).toEqual(refs)
  })

  test('another format or webhook is another announcement', async () => {
    expect((await notify()).outputs.result).toBe('success')
    expect((await notify({ format: 'json' })).outputs.result).toBe('success')
    expect(hook.posts).toHaveLength(2)
    expect(markerRefs()).toHaveLength(2)
  })

  test('two concurrent runs: one posts, the other says unchanged', async () => {
    const runs = await Promise.all([notify(), notify()])
    expect(runs.map((r) => r.errors)).toEqual(['', ''])
    expect(runs.map((r) => r.outputs.result).sort()).toEqual(['success', 'unchanged'])
    expect(hook.posts).toHaveLength(1)
  })

  test('the answer lost after the webhook took the post: not sent again, said clearly', async () => {
    hookProxy.drop({ method: 'POST', path: hook.secretPath }, 'after')
    const run = await notify()
    expect(hook.posts).toHaveLength(1)
    expect(hookProxy.log.map((r) => r.fate)).toEqual(['dropped-after'])
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toMatch(/the webhook's answer was lost .*not sent again.*'repost: true'/s)
    expect(run.errors).not.toContain(hook.secretPath)
    // The record stays: a rerun does not post a second message.
    const rerun = await notify()
    expect(rerun.outputs.result).toBe('unchanged')
    expect(hook.posts).toHaveLength(1)
  })

  test('the connection dropped before the webhook saw it: not blindly resent either', async () => {
    hookProxy.drop({ method: 'POST', path: hook.secretPath }, 'before')
    const run = await notify()
    expect(hook.posts).toHaveLength(0)
    expect(hookProxy.log.map((r) => r.fate)).toEqual(['dropped-before'])
    expect(run.outputs.result).toBe('failure')
    expect(run.errors).toMatch(/may have arrived, so it was not sent again/)
    // The user checked the channel and found nothing: repost sends it once.
    const repost = await notify({ repost: 'true' })
    expect(repost.outputs.result).toBe('success')
    expect(hook.posts).toHaveLength(1)
  })

  test('a webhook that surely refused: the record goes, a rerun posts', async () => {
    hook.answer({ status: 400, body: 'invalid_payload' })
    const run = await notify()
    expect(run.outputs.result).toBe('failure')
    expect(run.errors).toContain('answered 400')
    expect(markerRefs()).toEqual([])
    const rerun = await notify()
    expect(rerun.outputs.result).toBe('success')
    expect(hook.posts).toHaveLength(2)
  })

  test('the answer to creating the record lost: looked up, not created twice, posted once', async () => {
    apiProxy.drop({ method: 'POST', path: '/repos/acme/app/git/refs' }, 'after')
    const run = await notify()
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    expect(github.requestsTo('POST', '/repos/acme/app/git/refs')).toHaveLength(1)
    expect(hook.posts).toHaveLength(1)
    expect(markerRefs()).toHaveLength(1)
  })

  test('a token that may not write refs: a warning, the post still goes out', async () => {
    github.addToken('read-only', {
      kind: 'github-token',
      permissions: { contents: 'read', metadata: 'read', deployments: 'read' }
    })
    const run = await invokeAction({
      action: 'notify',
      workspace,
      ref: 'refs/heads/main',
      sha: repo.mainSha,
      apiUrl: github.url,
      token: 'read-only',
      inputs: { 'webhook-url': hook.url }
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings.join('\n')).toMatch(/cannot be recorded.*contents: write.*would post it again/s)
    expect(hook.posts).toHaveLength(1)
  })
})
