import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { callApi } from '../kit/github/api-client.js'
import { FakeGitHub } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'

const repos: SeedRepo[] = []
const servers: FakeGitHub[] = []
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop()
  while (repos.length) repos.pop()?.sandbox.cleanup()
})

function seed(): SeedRepo {
  const repo = createSeedRepo()
  repos.push(repo)
  return repo
}

async function serve(repo: SeedRepo): Promise<FakeGitHub> {
  const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  servers.push(github)
  return github
}

/** Runs start-release from an actions/checkout-style clone of `branch`, as workflow_dispatch does. */
async function start(
  repo: SeedRepo,
  inputs: InvokeOptions['inputs'] = {},
  extra: Partial<InvokeOptions> & { branch?: string } = {}
) {
  const branch = extra.branch ?? 'develop'
  const workspace = repo.sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, branch)
  return invokeAction({
    action: 'start-release',
    workspace,
    eventName: 'workflow_dispatch',
    ref: `refs/heads/${branch}`,
    sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
    inputs: { 'warn-open-pull-requests': false, ...inputs },
    ...extra
  })
}

describe('start-release cuts the release branch', () => {
  test('release-v1.3.0 from the tip of develop, the milestone 1.3.0, and a rerun that changes nothing', async () => {
    const repo = seed()
    const github = await serve(repo)
    const develop = repo.sandbox.remoteSha('refs/heads/develop')
    const run = await start(repo, { 'create-milestone': true }, { apiUrl: github.url })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({
      branch: 'release-v1.3.0',
      version: '1.3.0',
      'previous-version': '1.2.0',
      sha: develop,
      'milestone-number': '1',
      result: 'created'
    })
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(develop)
    expect(github.state.milestones.map((m) => [m.title, m.state])).toEqual([['1.3.0', 'open']])
    expect(run.summary).toContain('`release-v1.3.0`')

    const rerun = await start(repo, { 'create-milestone': true }, { apiUrl: github.url })
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs.result).toBe('unchanged')
    expect(github.state.milestones).toHaveLength(1)
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(develop)
  })

  test('bump: major and an explicit version; dry-run pushes nothing', async () => {
    const repo = seed()
    const dry = await start(repo, { bump: 'major', 'dry-run': true })
    expect(dry.exitCode).toBe(0)
    expect(dry.outputs).toMatchObject({ branch: 'release-v2.0.0', result: 'dry-run' })
    expect(repo.sandbox.remoteBranches().sort()).toEqual(['develop', 'main'])
    const run = await start(repo, { version: '1.3.0', 'branch-pattern': 'release/{version}' })
    expect(run.errors).toBe('')
    expect(run.outputs.branch).toBe('release/1.3.0')
  })

  test('warns, listing them, about pull requests still open into develop', async () => {
    const repo = seed()
    const github = await serve(repo)
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', '-b', 'feature/login', 'develop')
    repo.sandbox.commit(repo.dev, 'Feature: login (JIRA-1240)', { 'mypkg/login.py': 'x = 1\n' })
    repo.sandbox.push(repo.dev, 'feature/login')
    await callApi(github, 'POST', '/repos/acme/app/pulls', {
      title: 'Login page',
      head: 'feature/login',
      base: 'develop'
    })
    const run = await start(repo, { 'warn-open-pull-requests': true }, { apiUrl: github.url })
    expect(run.exitCode).toBe(0)
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('#1 Login page (feature/login)')
    expect(run.summary).toContain('#1 Login page (feature/login)')
  })
})

describe('start-release for a hotfix', () => {
  test('hotfix-v1.2.1 from main at v1.2.0, even when main has moved on', async () => {
    const repo = seed()
    const tagged = repo.sandbox.remoteSha('refs/tags/v1.2.0')
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', 'main')
    repo.sandbox.commit(repo.dev, 'Docs: README')
    repo.sandbox.push(repo.dev, 'main')
    const run = await start(repo, { hotfix: true }, { branch: 'main' })
    expect(run.errors).toBe('')
    expect(run.outputs).toMatchObject({
      branch: 'hotfix-v1.2.1',
      version: '1.2.1',
      'previous-version': '1.2.0',
      sha: tagged,
      result: 'created'
    })
    expect(repo.sandbox.remoteSha('refs/heads/hotfix-v1.2.1')).toBe(tagged)
  })

  test('a hotfix version that is not the next patch is refused', async () => {
    const repo = seed()
    const run = await start(repo, { hotfix: true, version: '1.3.0' })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(/latest release tag is v1\.2\.0.*1\.2\.1/s)
    expect(repo.sandbox.remoteBranches().sort()).toEqual(['develop', 'main'])
  })
})

describe('start-release refuses, pushing nothing', () => {
  let repo: SeedRepo
  beforeAll(() => {
    repo = createSeedRepo()
  })
  afterAll(() => repo.sandbox.cleanup())

  async function expectRefused(
    inputs: InvokeOptions['inputs'],
    message: RegExp,
    extra: Partial<InvokeOptions> & { branch?: string } = {}
  ) {
    const before = repo.sandbox.remoteBranches().sort()
    const run = await start(repo, inputs, extra)
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(message)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(repo.sandbox.remoteBranches().sort()).toEqual(before)
  }

  test.each([
    [{ 'develop-branch': 'dev' }, /Branch 'dev' does not exist on origin.*Input 'develop-branch'/s],
    // The old name still works (and is the same input).
    [{ base: 'dev' }, /Branch 'dev' does not exist on origin.*Input 'base'/s],
    [{ 'main-branch': 'master' }, /Branch 'master' does not exist on origin/],
    [{ version: '1.2.0' }, /repeats an existing tag/],
    [{ version: '1.5.0' }, /skips a version.*v1\.2\.0/s],
    [{ bump: 'patch' }, /Input 'bump' must be one of 'minor', 'major'/],
    [{ 'branch-pattern': 'release-{major}' }, /invalid template/]
  ])('%j', async (inputs, message) => {
    await expectRefused(inputs, message)
  })

  test('a checkout that is not a git repository', async () => {
    const workspace = repo.sandbox.root + '/not-a-repo'
    repo.sandbox.write(workspace, { 'x.txt': 'x' })
    const run = await invokeAction({ action: 'start-release', workspace })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toContain('is not a git checkout')
  })
})
