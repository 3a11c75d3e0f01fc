import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../kit/github/index.js'
import { callApi } from '../kit/github/api-client.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'

const NOTES = [
  '### Added',
  '- New feature X (JIRA-1234)',
  '- New feature Y (JIRA-1235)',
  '',
  '### Fixed',
  '- Bug in feature W (JIRA-1237)'
].join('\n')

let repo: SeedRepo
let github: FakeGitHub
let workspace: string

beforeAll(async () => {
  repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  workspace = repo.sandbox.checkout('ws', 'release-v1.3.0')
})
afterAll(async () => {
  await github.stop()
  repo.sandbox.cleanup()
})

/** Runs open-release-pr on a push to the release branch. */
function open(inputs: InvokeOptions['inputs'] = {}, extra: Partial<InvokeOptions> = {}) {
  return invokeAction({
    action: 'open-release-pr',
    workspace,
    ref: 'refs/heads/release-v1.3.0',
    apiUrl: github.url,
    inputs,
    ...extra
  })
}

describe('open-release-pr', () => {
  test('opens Release 1.3.0 with notes, linked tickets, checklist, labels, reviewers, milestone', async () => {
    await callApi(github, 'POST', '/repos/acme/app/milestones', { title: '1.3.0' })
    // A 502 and a 429 on the way: both retried by the client.
    github.fault({ method: 'POST', path: '/repos/acme/app/pulls' }, { status: 502 })
    github.fault(
      { method: 'GET', path: '/repos/acme/app/pulls' },
      { status: 429, headers: { 'retry-after': '1' } }
    )
    const run = await open({
      'release-notes': NOTES,
      'issue-url': 'https://jira.example.com/browse/{key}',
      labels: 'release, needs-qa',
      reviewers: 'alice, acme/release-team',
      draft: true
    })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({
      number: '1',
      url: 'https://github.com/acme/app/pull/1',
      result: 'created'
    })
    expect(github.state.pulls).toHaveLength(1)
    const pull = github.state.pulls[0]
    expect(pull).toMatchObject({ title: 'Release 1.3.0', draft: true, state: 'open' })
    expect(pull.head.ref).toBe('release-v1.3.0')
    expect(pull.base.ref).toBe('main')
    expect(pull.body).toContain('- New feature X (JIRA-1234)')
    expect(pull.body).toContain('- [JIRA-1237](https://jira.example.com/browse/JIRA-1237)')
    expect(pull.body).toContain('- [ ] Merge into `main` (step 12)')
    expect(pull.body).toContain('- [ ] `main` merged back into `develop` (step 19)')
    expect(pull.labels.map((l) => (l as { name: string }).name)).toEqual(['release', 'needs-qa'])
    expect(pull.requested_reviewers.map((u) => (u as { login: string }).login)).toEqual(['alice'])
    expect(pull.requested_teams.map((t) => (t as { slug: string }).slug)).toEqual(['release-team'])
    expect((pull.milestone as { title: string }).title).toBe('1.3.0')
    expect(github.requestsTo('POST', '/repos/acme/app/pulls').map((r) => r.status)).toEqual([
      502, 201
    ])
    expect(github.requestsTo('GET', '/repos/acme/app/pulls').map((r) => r.status)).toEqual([
      429, 200, 200
    ])
  })

  test('a rerun keeps the one pull request: unchanged, then updated with the new notes, ticked boxes kept', async () => {
    const same = await open({
      'release-notes': NOTES,
      'issue-url': 'https://jira.example.com/browse/{key}',
      labels: 'release, needs-qa',
      reviewers: 'alice, acme/release-team'
    })
    expect(same.errors).toBe('')
    expect(same.outputs.result).toBe('unchanged')
    const pull = github.state.pulls[0]
    // A reviewer ticks a box and adds a label by hand.
    pull.body = String(pull.body).replace('- [ ] Review the changes', '- [x] Review the changes')
    await callApi(github, 'POST', '/repos/acme/app/issues/1/labels', { labels: ['approved'] })
    // Without release-notes the CHANGELOG section of the checkout is used.
    repo.sandbox.write(workspace, {
      'CHANGELOG.md': `# Changelog\n\n## [Unreleased]\n\n## [1.3.0] - 2026-11-02\n${NOTES}\n- Crash on start (JIRA-1238)\n\n## [1.2.0] - 2026-10-01\n- Initial (JIRA-1000)\n`
    })
    const updated = await open({ 'issue-url': 'https://jira.example.com/browse/{key}' })
    expect(updated.errors).toBe('')
    expect(updated.outputs).toMatchObject({ number: '1', result: 'updated' })
    expect(github.state.pulls).toHaveLength(1)
    expect(pull.body).toContain('- Crash on start (JIRA-1238)')
    expect(pull.body).toContain('[JIRA-1238](https://jira.example.com/browse/JIRA-1238)')
    expect(pull.body).not.toContain('JIRA-1000')
    expect(pull.body).toContain('- [x] Review the changes (step 8)')
    expect(pull.labels.map((l) => (l as { name: string }).name).sort()).toEqual([
      'approved',
      'needs-qa',
      'release'
    ])
  })

  test('a 422 "already exists" from a concurrent run updates that pull request', async () => {
    // The lookups answer empty (the other run's PR was not there yet); the create is refused.
    github.fault(
      { method: 'GET', path: '/repos/acme/app/pulls' },
      { status: 200, body: [], times: 2 }
    )
    const run = await open({ 'release-notes': 'Just notes (JIRA-1300)' })
    expect(run.errors).toBe('')
    expect(run.outputs).toMatchObject({ number: '1', result: 'updated' })
    expect(github.state.pulls).toHaveLength(1)
    expect(github.requestsTo('POST', '/repos/acme/app/pulls').at(-1)?.status).toBe(422)
    expect(github.state.pulls[0].body).toContain('Just notes (JIRA-1300)')
  })

  test('dry-run shows the body and changes nothing', async () => {
    const before = github.state.pulls[0].body
    const run = await open({ 'release-notes': 'Other notes', 'dry-run': true })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ number: '1', result: 'dry-run' })
    expect(run.summary).toContain('Other notes')
    expect(github.state.pulls[0].body).toBe(before)
  })
})

describe('open-release-pr refuses, opening nothing', () => {
  test.each([
    [{ ref: 'refs/heads/develop' }, {}, /'develop' is not a release or hotfix branch/],
    [{ ref: 'refs/tags/v1.2.0' }, {}, /HEAD is detached/],
    [{}, { 'issue-url': 'https://jira.example.com/browse/' }, /has no \{key\}/],
    [{}, { 'issue-pattern': '([A-Z' }, /'issue-pattern' is not a regular expression/],
    [{}, { token: '' }, /Input 'token' is empty/],
    [{}, { head: 'release-v1.4.0' }, /refused to open the pull request.*both branches exist/s]
  ])('%j %j', async (extra, inputs, message) => {
    const count = github.state.pulls.length
    const detached = repo.sandbox.checkout(
      `ws-${Math.random().toString(36).slice(2)}`,
      'release-v1.3.0'
    )
    repo.sandbox.git(detached, 'checkout', '--quiet', '--detach')
    const run = await invokeAction({
      action: 'open-release-pr',
      workspace: detached,
      ref: 'refs/heads/release-v1.3.0',
      apiUrl: github.url,
      inputs,
      ...extra
    })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(message)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(github.state.pulls).toHaveLength(count)
  })

  test('a release branch with nothing to merge is explained', async () => {
    repo.sandbox.git(repo.dev, 'push', '--quiet', 'origin', 'main:refs/heads/release-v1.9.0')
    const run = await open({ head: 'release-v1.9.0' })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(/nothing to merge from release-v1\.9\.0 into main/)
  })
})
