import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { createReleasedRepo } from '../kit/released-project.js'
import {
  jsonPayloadProblems,
  slackProblems,
  teamsProblems,
  WebhookReceiver,
  type ScriptedAnswer
} from '../kit/webhooks.js'

let repo: ReturnType<typeof createReleasedRepo>
let workspace: string
let github: FakeGitHub
const receivers: WebhookReceiver[] = []

beforeAll(async () => {
  repo = createReleasedRepo()
  workspace = repo.sandbox.checkout('ws-main', 'main')
  // notify reads the production deployment of the version (none here: a release announcement).
  github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
})
afterAll(async () => {
  await github.stop()
  repo.sandbox.cleanup()
})
afterEach(async () => {
  while (receivers.length) await receivers.pop()?.stop()
})

async function receiver(normal?: ScriptedAnswer) {
  const hook = await WebhookReceiver.start(normal)
  receivers.push(hook)
  return hook
}

function notify(hook: WebhookReceiver, inputs: InvokeOptions['inputs'] = {}) {
  return invokeAction({
    action: 'notify',
    workspace,
    ref: 'refs/heads/main',
    sha: repo.mainSha,
    apiUrl: github.url,
    inputs: { 'webhook-url': hook.url, ...inputs }
  })
}

/** The secret URL appears nowhere a user (or a log reader) could see it. */
function expectSecretKept(run: Awaited<ReturnType<typeof notify>>, hook: WebhookReceiver) {
  expect(run.stdout).toContain(`::add-mask::${hook.url}`)
  const visible = run.stdout.replace(/^::add-mask::.*$/gm, '')
  for (const text of [visible, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(hook.secretPath)
  }
}

describe('notify', () => {
  test('slack: Block Kit with the version, the release link and the CHANGELOG notes', async () => {
    const hook = await receiver()
    const run = await notify(hook)
    expect(run.errors).toBe('')
    expect(run.outputs).toEqual({ result: 'success', status: '200' })
    expect(hook.posts).toHaveLength(1)
    const [post] = hook.posts
    expect(post.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(slackProblems(post.json)).toEqual([])
    const text = post.raw
    expect(text).toContain('acme/app 1.3.0 released')
    expect(text).toContain('<https://github.com/acme/app/releases/tag/v1.3.0|v1.3.0>')
    expect(text).toContain('*Added*\\n• New feature X (JIRA-1234)')
    expect(text).toContain('• Bug in feature W (JIRA-1237)')
    expect(run.summary).toContain('notify: success')
    expectSecretKept(run, hook)
  })

  test('teams: an Adaptive Card message; release-url from create-tag is used', async () => {
    const hook = await receiver({ status: 202, body: '' })
    const url = 'https://github.example.com/acme/app/releases/tag/v1.3.0'
    const run = await notify(hook, { format: 'teams', 'release-url': url })
    expect(run.errors).toBe('')
    expect(run.outputs.status).toBe('202')
    const payload = hook.posts[0].json as {
      attachments: Array<{ content: { body: Array<{ text?: string }>; actions: unknown[] } }>
    }
    expect(teamsProblems(payload)).toEqual([])
    const card = payload.attachments[0].content
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'View the release', url }])
    expect(card.body[2].text).toContain('**Fixed**\n- Bug in feature W (JIRA-1237)')
    expectSecretKept(run, hook)
  })

  test('json: the documented payload, message placeholders filled, notes that break JSON and markdown', async () => {
    const hook = await receiver()
    const notes =
      '### Fixed\n- "quoted" \\ back\tslash <b>&</b> *not bold* `tick` (JIRA-9)\n- line\u2028sep 🚀'
    const run = await notify(hook, {
      format: 'json',
      'release-notes': notes,
      message: 'Shipped {version} ({tag}) of {repository}: {url}\n\n{notes}'
    })
    expect(run.errors).toBe('')
    const payload = hook.posts[0].json as Record<string, unknown>
    expect(jsonPayloadProblems(payload)).toEqual([])
    expect(payload).toMatchObject({
      version: '1.3.0',
      tag: 'v1.3.0',
      url: 'https://github.com/acme/app/releases/tag/v1.3.0',
      notes,
      text: `Shipped 1.3.0 (v1.3.0) of acme/app: https://github.com/acme/app/releases/tag/v1.3.0\n\n${notes}`,
      sha: repo.mainSha,
      run_url: 'https://github.com/acme/app/actions/runs/1001'
    })
  })

  test('slack: hostile notes are escaped, not read as markup', async () => {
    const hook = await receiver()
    const run = await notify(hook, {
      'release-notes': '- <!channel> ping & <https://evil.test|click> (JIRA-9)'
    })
    expect(run.errors).toBe('')
    expect(slackProblems(hook.posts[0].json)).toEqual([])
    expect(hook.posts[0].raw).toContain(
      '&lt;!channel&gt; ping &amp; &lt;https://evil.test|click&gt;'
    )
  })

  test('5xx then 200: retried, posted once successfully', async () => {
    const hook = await receiver()
    hook.answer({ status: 500, body: 'internal_error' }, { status: 503, body: '' })
    const run = await notify(hook)
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    expect(hook.posts).toHaveLength(3)
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'The webhook answered 500; retrying in 1s (retry 1 of 3).',
      'The webhook answered 503; retrying in 2s (retry 2 of 3).'
    ])
  })

  test('429 with retry-after is honoured', async () => {
    const hook = await receiver()
    hook.answer({ status: 429, body: 'rate_limited', headers: { 'retry-after': '4' } })
    const run = await notify(hook)
    expect(run.outputs.result).toBe('success')
    expect(run.stdout).toContain('The webhook answered 429; retrying in 4s')
    expect(hook.posts).toHaveLength(2)
  })

  test('a 404 is one clear error naming the status and the body; not retried', async () => {
    const hook = await receiver({ status: 404, body: 'no_service' })
    const run = await notify(hook)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    expect(hook.posts).toHaveLength(1)
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain('The webhook answered 404 Not Found: no_service.')
    expect(errors[0].message).toContain("Check the 'webhook-url' secret")
    expectSecretKept(run, hook)
  })

  test('a webhook that keeps failing: bounded retries, then one error', async () => {
    const hook = await receiver({ status: 500, body: 'boom' })
    const run = await notify(hook)
    expect(run.exitCode).toBe(1)
    expect(hook.posts).toHaveLength(4)
    expect(run.errors).toBe(
      'The webhook answered 500 Internal Server Error after retrying: boom. The service is failing; rerun the job later.'
    )
    expect(run.outputs).toEqual({ result: 'failure', status: '500' })
  })

  test('a webhook-url that is not a URL is refused without repeating it', async () => {
    const hook = await receiver()
    const run = await notify(hook, { 'webhook-url': 'hooks.slack.com/services/T1/B2/SECRETVALUE' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain("Input 'webhook-url' is not an http(s) URL")
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('SECRETVALUE')
    expect(hook.posts).toEqual([])
  })

  test('dry-run posts nothing and shows the payload, without the URL', async () => {
    const hook = await receiver()
    const run = await notify(hook, { 'dry-run': true, format: 'teams' })
    expect(run.outputs.result).toBe('dry-run')
    expect(hook.posts).toEqual([])
    expect(run.summary).toContain('application/vnd.microsoft.card.adaptive')
    expectSecretKept(run, hook)
  })
})
