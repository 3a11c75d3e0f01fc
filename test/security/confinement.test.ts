/**
 * No escape from the checkout (issue #15, item 2): a committed CHANGELOG.md or version file
 * that is a symbolic link is refused, never written through nor published; a working-directory
 * or changelog path outside the workspace is refused by every action that takes one.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../kit/github/server.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { closedPort } from '../kit/loopback-server.js'
import { createReleasedRepo } from '../kit/released-project.js'
import { WebhookReceiver } from '../kit/webhooks.js'

let repo: ReturnType<typeof createReleasedRepo>
let github: FakeGitHub | undefined
let hook: WebhookReceiver | undefined
let deadUrl: string

beforeAll(async () => {
  repo = createReleasedRepo()
  deadUrl = `http://127.0.0.1:${await closedPort()}`
})
afterAll(() => repo.sandbox.cleanup())
afterEach(async () => {
  await github?.stop()
  await hook?.stop()
  github = undefined
  hook = undefined
})

const OUTSIDE_TEXT = [
  '# Changelog',
  '',
  '## [1.3.0] - 2026-10-02',
  '### Added',
  '- TEXT FROM OUTSIDE THE CHECKOUT',
  '',
  '## [1.2.0] - 2026-09-01',
  '### Added',
  '- Earlier',
  ''
].join('\n')

/** A fresh checkout of `branch` whose `file` is a committed link to a file outside it. */
function linkedCheckout(branch: string, file: string, text = OUTSIDE_TEXT) {
  const { sandbox } = repo
  const name = `ws-${Math.random().toString(36).slice(2)}`
  const workspace = sandbox.checkout(name, branch)
  const outside = join(sandbox.root, `${name}-outside`)
  writeFileSync(outside, text)
  rmSync(join(workspace, file), { force: true })
  symlinkSync(outside, join(workspace, file))
  sandbox.git(workspace, 'add', file)
  sandbox.git(workspace, 'commit', '--quiet', '-m', `Link ${file}`)
  return { workspace, outside, head: sandbox.git(workspace, 'rev-parse', 'HEAD') }
}

function run(action: string, workspace: string, branch: string, inputs: InvokeOptions['inputs']) {
  return invokeAction({
    action,
    workspace,
    ref: `refs/heads/${branch}`,
    sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: github?.url ?? deadUrl,
    inputs
  })
}

describe('a committed symbolic link is neither followed nor published', () => {
  const cases: Array<[string, string, string, () => Promise<InvokeOptions['inputs']>]> = [
    ['update-changelog', 'release-v1.3.0', 'CHANGELOG.md', () => Promise.resolve({})],
    ['bump-version', 'release-v1.3.0', 'VERSION', () => Promise.resolve({})],
    ['bump-version', 'release-v1.3.0', 'setup.py', () => Promise.resolve({})],
    ['create-tag', 'main', 'CHANGELOG.md', () => Promise.resolve({ version: '1.3.0' })],
    ['open-release-pr', 'release-v1.3.0', 'CHANGELOG.md', () => Promise.resolve({})],
    [
      'notify',
      'main',
      'CHANGELOG.md',
      async () => {
        hook = await WebhookReceiver.start()
        return { 'webhook-url': hook.url, version: '1.3.0' }
      }
    ]
  ]
  test.each(cases)('%s on %s with %s linked outside', async (action, branch, file, inputs) => {
    github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    const text =
      file === 'VERSION' ? '1.2.0\n' : file === 'setup.py' ? 'version="1.2.0"\n' : undefined
    const { workspace, outside } = linkedCheckout(branch, file, text)
    const before = readFileSync(outside, 'utf8')
    const originBefore = repo.sandbox.git(repo.sandbox.origin, 'for-each-ref')
    const result = await run(action, workspace, branch, await inputs())
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(result.errors).toContain(file)
    expect(result.errors).toContain('is a symbolic link')
    expect(readFileSync(outside, 'utf8')).toBe(before)
    expect(repo.sandbox.git(repo.sandbox.origin, 'for-each-ref')).toBe(originBefore)
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(hook?.posts ?? []).toEqual([])
    expect(result.stdout + result.summary).not.toContain('TEXT FROM OUTSIDE')
  })
})

describe('paths outside the workspace are refused, naming the input', () => {
  /** Each action with what it requires, so the path is what it stops at. */
  const ACTIONS: Record<string, Record<string, string>> = {
    'back-merge': {},
    'bump-version': {},
    'close-milestone': { version: '1.3.0' },
    'create-tag': { version: '1.3.0' },
    deploy: { environment: 'staging', run: 'true' },
    monitor: { urls: 'http://127.0.0.1:1/health' },
    notify: { 'webhook-url': 'http://127.0.0.1:1/hook', version: '1.3.0' },
    'open-release-pr': {},
    preflight: {},
    'run-integration': { run: 'true' },
    'start-release': {},
    'update-changelog': {}
  }
  const CHANGELOG_INPUT: Record<string, string> = {
    'close-milestone': 'changelog-path',
    'create-tag': 'changelog-path',
    // Read only when a rollback marks the version [YANKED]: refused before anything runs.
    deploy: 'changelog-path',
    monitor: 'changelog-path',
    notify: 'changelog-path',
    'open-release-pr': 'changelog-path',
    preflight: 'changelog-path',
    'update-changelog': 'path'
  }
  const OUTSIDE = ['/etc', '../..']
  const cases: Array<[string, string, string]> = []
  for (const action of Object.keys(ACTIONS)) {
    for (const value of OUTSIDE) cases.push([action, 'working-directory', value])
  }
  for (const [action, input] of Object.entries(CHANGELOG_INPUT)) {
    for (const value of ['/etc/passwd', '../../CHANGELOG.md']) cases.push([action, input, value])
  }

  test.each(cases)('%s: %s %j', async (action, input, value) => {
    const workspace = repo.sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, 'main')
    const result = await run(action, workspace, 'main', { ...ACTIONS[action], [input]: value })
    expect(result.exitCode).toBe(1)
    expect(result.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(result.errors).toContain(`Input '${input}'`)
    expect(result.errors).toContain('outside the workspace')
  })
})
