import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub, protectBranch } from '../kit/github/index.js'
import { callApi } from '../kit/github/api-client.js'
import { DropProxy } from '../kit/drop-proxy.js'
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
    // A 502 and a 429 on the way: the 429 retried by the client; after the 502 (the POST may
    // have been applied) the pull request is looked for before the POST is sent again.
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
      conflicts: '[]',
      'auto-merge': '',
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
      429, 200, 200, 200
    ])
  })

  test("issue-pattern given empty is action.yml's default: keys with an underscore are linked", async () => {
    const run = await open({
      'release-notes': '### Fixed\n- Crash in the importer (DATA_OPS-12)',
      'issue-url': 'https://jira.example.com/browse/{key}',
      'issue-pattern': '',
      'dry-run': true
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('dry-run')
    expect(run.summary).toContain('[DATA_OPS-12](https://jira.example.com/browse/DATA_OPS-12)')
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

describe('open-release-pr forecasts the back-merge into develop', () => {
  test('clean, then conflicting after pushes to develop and the release branch, then clean again; no ref moved', async () => {
    const own = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const server = await FakeGitHub.start({ bareRepo: own.sandbox.origin })
    const { sandbox, dev } = own
    const refs = () =>
      sandbox.git(sandbox.origin, 'for-each-ref', '--format=%(refname) %(objectname)')
    /** A push to the release branch: a fresh shallow checkout, as the workflow's. */
    const onPush = async () => {
      const ws = sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, 'release-v1.3.0', {
        depth: 1
      })
      const before = refs()
      const run = await invokeAction({
        action: 'open-release-pr',
        workspace: ws,
        ref: 'refs/heads/release-v1.3.0',
        apiUrl: server.url,
        inputs: { 'release-notes': NOTES }
      })
      expect(run.errors).toBe('')
      expect(refs()).toBe(before)
      expect(sandbox.git(ws, 'status', '--porcelain')).toBe('')
      expect(sandbox.git(ws, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('release-v1.3.0')
      return run
    }
    try {
      const fresh = await onPush()
      expect(fresh.summary).toContain('`release-v1.3.0` is already in `develop`')
      sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
      sandbox.commit(dev, 'Bump version to 1.3.0', {
        'mypkg/__init__.py': '__version__ = "1.3.0"\n'
      })
      sandbox.push(dev, 'release-v1.3.0')
      const clean = await onPush()
      expect(clean.outputs.conflicts).toBe('[]')
      expect(server.state.pulls[0].body).toContain('### Back-merge forecast')
      expect(server.state.pulls[0].body).toMatch(
        /A trial merge of `release-v1\.3\.0` \([0-9a-f]{7}\) into `develop` \([0-9a-f]{7}\) is clean/
      )

      // develop moves on where the release fixes things: two files will conflict.
      sandbox.git(dev, 'checkout', '--quiet', 'develop')
      sandbox.commit(dev, 'Feature: Rework X and W (JIRA-1300)', {
        'mypkg/x.py': 'def x():\n    return "x2"\n',
        'mypkg/w.py': 'def w():\n    return "w2"\n'
      })
      sandbox.push(dev, 'develop')
      sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
      sandbox.commit(dev, 'Fix: X and W on release (JIRA-1301)', {
        'mypkg/x.py': 'def x():\n    return "x-fixed"\n',
        'mypkg/w.py': 'def w():\n    return "w-fixed"\n',
        'mypkg/y.py': 'def y():\n    return "y-fixed"\n'
      })
      sandbox.push(dev, 'release-v1.3.0')
      const conflicted = await onPush()
      expect(conflicted.outputs.result).toBe('updated')
      expect(JSON.parse(conflicted.outputs.conflicts)).toEqual(['mypkg/w.py', 'mypkg/x.py'])
      const body = String(server.state.pulls[0].body)
      expect(body).toContain('conflicts in 2 files')
      expect(body).toContain('- `mypkg/w.py`\n- `mypkg/x.py`')
      expect(body).not.toContain('mypkg/y.py')
      expect(conflicted.summary).toContain('- `mypkg/x.py`')
      expect(
        conflicted.annotations.some(
          (a) => a.level === 'warning' && a.message.includes('mypkg/w.py, mypkg/x.py')
        )
      ).toBe(true)

      // Resolved on the release branch (develop merged in): the next push says clean.
      sandbox.git(dev, 'merge', '--quiet', '-X', 'ours', '-m', 'Merge develop', 'develop')
      sandbox.push(dev, 'release-v1.3.0')
      const resolved = await onPush()
      expect(resolved.outputs.conflicts).toBe('[]')
      expect(server.state.pulls[0].body).toContain('is clean')
      expect(server.state.pulls).toHaveLength(1)

      const off = await invokeAction({
        action: 'open-release-pr',
        workspace: sandbox.checkout('ws-off', 'release-v1.3.0'),
        ref: 'refs/heads/release-v1.3.0',
        apiUrl: server.url,
        inputs: { 'release-notes': NOTES, 'conflict-forecast': false }
      })
      expect(off.errors).toBe('')
      expect(server.state.pulls[0].body).not.toContain('Back-merge forecast')
    } finally {
      await server.stop()
      sandbox.cleanup()
    }
  })
})

describe('open-release-pr auto-merge: true', () => {
  test('enables auto-merge with a merge commit through GraphQL; rerun unchanged; refusals explained', async () => {
    const own = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const server = await FakeGitHub.start({ bareRepo: own.sandbox.origin })
    const ws = own.sandbox.checkout('ws-auto', 'release-v1.3.0')
    own.sandbox.git(own.dev, 'checkout', '--quiet', 'release-v1.3.0')
    own.sandbox.commit(own.dev, 'Bump version to 1.3.0', { VERSION: '1.3.0\n' })
    own.sandbox.push(own.dev, 'release-v1.3.0')
    const openAuto = (inputs: InvokeOptions['inputs'] = {}) =>
      invokeAction({
        action: 'open-release-pr',
        workspace: ws,
        ref: 'refs/heads/release-v1.3.0',
        apiUrl: server.url,
        inputs: { 'release-notes': NOTES, 'auto-merge': true, ...inputs }
      })
    const graphqlCalls = () => server.requestsTo('POST', '/graphql')
    try {
      // Auto-merge not allowed by the repository: the pull request is opened, the job fails.
      const refused = await openAuto()
      expect(refused.exitCode).toBe(1)
      expect(refused.outputs).toMatchObject({ result: 'created', 'auto-merge': 'unavailable' })
      expect(refused.errors).toContain(
        'GitHub did not enable auto-merge on #1: Pull request Auto merge is not allowed for this repository. Allow auto-merge in the repository settings'
      )
      expect(server.state.pulls[0].auto_merge).toBeNull()

      // Allowed, but nothing pending on main: GitHub's "clean status", a warning.
      server.state.repository.allow_auto_merge = true
      const clean = await openAuto()
      expect(clean.exitCode).toBe(0)
      expect(clean.outputs['auto-merge']).toBe('unavailable')
      expect(
        clean.annotations.some(
          (a) => a.level === 'warning' && a.message.includes('Pull request is in clean status')
        )
      ).toBe(true)

      // main requires a review: auto-merge with MERGE is enabled, once.
      protectBranch(server, 'main', { requiredReviews: 1 })
      const enabled = await openAuto()
      expect(enabled.errors).toBe('')
      expect(enabled.outputs['auto-merge']).toBe('enabled')
      expect(server.state.pulls[0].auto_merge).toMatchObject({ merge_method: 'merge' })
      const last = graphqlCalls().at(-1)!
      expect(last.status).toBe(200)
      expect(last.body).toMatchObject({
        variables: { pullRequestId: server.state.pulls[0].node_id, mergeMethod: 'MERGE' }
      })
      expect(String((last.body as { query: string }).query)).toContain('enablePullRequestAutoMerge')
      expect(enabled.summary).toContain('Auto-merge: enabled (merge commit)')
      const calls = graphqlCalls().length
      const rerun = await openAuto()
      expect(rerun.outputs['auto-merge']).toBe('unchanged')
      expect(graphqlCalls()).toHaveLength(calls)
    } finally {
      await server.stop()
      own.sandbox.cleanup()
    }
  })
})

describe('open-release-pr under a lost answer', () => {
  test('POST /pulls applied but its answer dropped: the retry finds it, one pull request, result created', async () => {
    const own = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const server = await FakeGitHub.start({ bareRepo: own.sandbox.origin })
    const proxy = await DropProxy.start(server.url)
    try {
      proxy.drop({ method: 'POST', path: '/repos/acme/app/pulls' }, 'after')
      const run = await invokeAction({
        action: 'open-release-pr',
        workspace: own.sandbox.checkout('ws-drop', 'release-v1.3.0'),
        ref: 'refs/heads/release-v1.3.0',
        apiUrl: proxy.url,
        inputs: { 'release-notes': NOTES }
      })
      expect(run.errors).toBe('')
      expect(proxy.log.map((r) => r.fate)).toContain('dropped-after')
      expect(server.state.pulls).toHaveLength(1)
      expect(run.outputs).toMatchObject({ number: '1', result: 'created' })
    } finally {
      await proxy.stop()
      await server.stop()
      own.sandbox.cleanup()
    }
  })
})
