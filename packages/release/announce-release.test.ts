/**
 * notify's use-case in this process: a released project's checkout (real git), the loopback
 * GitHub that keeps the announcement marker, and a loopback webhook receiver.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../../test/kit/github/index.js'
import { createReleasedRepo } from '../../test/kit/released-project.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { slackProblems, teamsProblems, WebhookReceiver } from '../../test/kit/webhooks.js'
import { ConfigurationError } from '../base/errors.js'
import { RecordingLogger } from '../base/logger.js'
import { Git } from '../git/git.js'
import { createGitHubClient, type GitHubClient } from '../github/client.js'
import { markerRef } from '../notify/marker.js'
import {
  announceRelease,
  type AnnouncementRequest,
  type AnnouncementServices
} from './announce-release.js'

let released: ReturnType<typeof createReleasedRepo>
let fake: FakeGitHub
let client: GitHubClient
let workspace: string
const receivers: WebhookReceiver[] = []

beforeAll(async () => {
  released = createReleasedRepo()
  workspace = released.sandbox.checkout('ws-main', 'main')
  fake = await FakeGitHub.start({ bareRepo: released.sandbox.origin })
  client = await createGitHubClient({
    token: 'test-token',
    apiUrl: fake.url,
    log: new RecordingLogger()
  })
})
afterAll(async () => {
  await fake.stop()
  released.sandbox.cleanup()
})
afterEach(async () => {
  while (receivers.length) await receivers.pop()?.stop()
})

async function receiver(...answers: Array<{ status: number; body?: string }>) {
  const hook = await WebhookReceiver.start(answers[0])
  receivers.push(hook)
  return hook
}

function request(hook: WebhookReceiver, overrides: Partial<AnnouncementRequest> = {}) {
  return {
    webhookUrl: hook.url,
    format: 'slack',
    changelog: 'CHANGELOG.md',
    tagPrefix: 'v',
    mainBranch: 'main',
    repost: false,
    dryRun: false,
    workingDirectory: workspace,
    record: true,
    run: { branch: 'main', sha: released.mainSha, serverUrl: 'https://github.com', runId: '7' },
    ...overrides
  } satisfies AnnouncementRequest
}

function services(log = new RecordingLogger(), withCheckout = true): AnnouncementServices {
  return {
    repo: { owner: 'acme', repo: 'app' },
    git: withCheckout ? new Git(workspace, { log, identity: TEST_IDENTITY }) : undefined,
    github: () => Promise.resolve(client),
    defaultBranch: () => Promise.resolve('main'),
    log
  }
}

describe('announceRelease', () => {
  test('slack: posts the release found from the checkout once; a rerun does not post again', async () => {
    const hook = await receiver()
    const report = await announceRelease(services(), request(hook))
    expect(report).toMatchObject({
      result: 'success',
      status: 200,
      version: '1.3.0',
      tag: 'v1.3.0'
    })
    expect(report.url).toBe('https://github.com/acme/app/releases/tag/v1.3.0')
    expect(hook.posts).toHaveLength(1)
    expect(slackProblems(hook.posts[0].json)).toEqual([])
    expect(hook.posts[0].raw).toContain('*Added*\\n• New feature X (JIRA-1234)')
    // The marker is a ref on origin, on the release tag's commit.
    const ref = markerRef({ tag: 'v1.3.0', webhookUrl: hook.url, format: 'slack' })
    expect(released.sandbox.remoteSha(ref)).toBe(released.sandbox.remoteSha('refs/tags/v1.3.0'))

    const log = new RecordingLogger()
    const again = await announceRelease(services(log), request(hook))
    expect(again.result).toBe('unchanged')
    expect(hook.posts).toHaveLength(1)
    expect(log.text('info')).toContain('was already announced to this webhook (by an earlier run')

    const repost = await announceRelease(services(), request(hook, { repost: true }))
    expect(repost.result).toBe('success')
    expect(hook.posts).toHaveLength(2)
  })

  test('reads the tag and the record at once: a slow answer for the tag does not hold back the other', async () => {
    const hook = await receiver()
    const tagRead = { method: 'GET', path: /^\/repos\/acme\/app\/git\/ref\/tags%2Fv1\.3\.0$/ }
    fake.fault(tagRead, { delayMs: 400 })
    const first = fake.requests.length
    const report = await announceRelease(services(), request(hook, { format: 'teams' }))
    expect(report.result).toBe('success')
    const reads = fake.requests.slice(first).filter((r) => r.method === 'GET')
    const tag = reads.find((r) => tagRead.path.test(r.path))
    const record = reads.find((r) =>
      decodeURIComponent(r.path).includes('/git/ref/release-actions/notify/')
    )
    // Read one after the other, the record could only be answered after the tag.
    expect(record?.answered).toBeLessThan(tag?.answered ?? 0)
    expect(record?.status).toBe(404)
    expect(tag?.status).toBe(200)
  })

  test('a dry run posts nothing and records nothing; the teams payload is returned', async () => {
    const hook = await receiver()
    const report = await announceRelease(
      services(),
      request(hook, { format: 'teams', dryRun: true })
    )
    expect(report.result).toBe('dry-run')
    expect(teamsProblems(report.payload)).toEqual([])
    expect(hook.posts).toEqual([])
    const ref = markerRef({ tag: 'v1.3.0', webhookUrl: hook.url, format: 'teams' })
    expect(released.sandbox.remoteSha(ref)).toBeUndefined()
  })

  test('a 404 is a failure naming the status; the marker is released so a rerun posts', async () => {
    const hook = await receiver({ status: 404, body: 'no_service' })
    const report = await announceRelease(services(), request(hook, { format: 'json' }))
    expect(report).toMatchObject({ result: 'failure', status: 404 })
    expect(report.failure?.message).toContain('The webhook answered 404 Not Found: no_service.')
    expect(hook.posts).toHaveLength(1)
    const ref = markerRef({ tag: 'v1.3.0', webhookUrl: hook.url, format: 'json' })
    expect(released.sandbox.remoteSha(ref)).toBeUndefined()
  })

  test('without a checkout the version must be given; given, the notes come from release-notes', async () => {
    const hook = await receiver()
    await expect(announceRelease(services(undefined, false), request(hook))).rejects.toThrow(
      ConfigurationError
    )
    expect(hook.posts).toEqual([])
    const log = new RecordingLogger()
    const report = await announceRelease(
      services(log, false),
      request(hook, { version: '1.3.0', releaseNotes: '- Given notes (JIRA-9)', record: false })
    )
    expect(report.result).toBe('success')
    expect(hook.posts[0].raw).toContain('Given notes (JIRA-9)')
    expect(log.text('warning')).toContain('The announcement is not recorded')
  })
})
