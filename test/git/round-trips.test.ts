/**
 * Round trips to origin, counted by a git that logs its calls (real git underneath): one
 * ls-remote for every ref a stage needs, one fetch only of what the clone lacks (main, the tags
 * and the checked-out branch deepened, together), at most one push. And the git processes of
 * update-changelog's dry run on a full clone: four.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { countGit, type GitCounter } from '../kit/git-counter.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'
import { Fixtures } from '../actions/create-tag-fixture.js'

let counter: GitCounter
let repo: SeedRepo
beforeAll(() => {
  counter = countGit()
})
afterAll(() => counter.cleanup())
afterEach(() => {
  repo?.sandbox.cleanup()
  counter.reset()
})

async function step(
  action: 'bump-version' | 'update-changelog',
  workspace: string,
  branch: string,
  inputs: InvokeOptions['inputs'] = {}
) {
  const sha = repo.sandbox.git(workspace, 'rev-parse', 'HEAD')
  return invokeAction({
    action,
    workspace,
    ref: `refs/heads/${branch}`,
    sha,
    inputs,
    env: counter.env
  })
}

const trips = (ls: number, fetch: number, push: number) =>
  `Round trips: ${ls + fetch + push} to origin (${ls} ls-remote, ${fetch} fetch, ${push} push), 0 GitHub API requests`

describe('round trips to origin', () => {
  test('bump-version on a depth-1 checkout: one ls-remote, one fetch, one push', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.checkout('ws-bump', 'release-v1.3.0')
    const run = await step('bump-version', ws, 'release-v1.3.0')
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    expect(repo.sandbox.show('release-v1.3.0', 'setup.py')).toContain('version="1.3.0"')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 1 })
    expect(run.stdout).toContain(trips(1, 1, 1))
    const [listing] = counter.calls().filter(([c]) => c === 'ls-remote')
    expect(listing).toEqual(expect.arrayContaining(['refs/heads/release-v1.3.0', 'refs/tags/v*']))
  })

  test('update-changelog on a depth-1 checkout: one ls-remote, one fetch of main, the tags and the branch deeper, one push', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.checkout('ws-changelog', 'release-v1.3.0')
    const run = await step('update-changelog', ws, 'release-v1.3.0', { date: '2026-11-23' })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    expect(repo.sandbox.show('release-v1.3.0', 'CHANGELOG.md')).toContain('## [1.3.0] - 2026-11-23')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 1 })
    expect(run.stdout).toContain(trips(1, 1, 1))
    const [fetch] = counter.calls().filter(([c]) => c === 'fetch')
    expect(fetch).toEqual(
      expect.arrayContaining([
        '+refs/heads/main:refs/remotes/origin/main',
        'refs/heads/release-v1.3.0',
        '+refs/tags/v*:refs/tags/v*'
      ])
    )
    // The section reads the release's commits: the branch was deepened past v1.2.0.
    expect(repo.sandbox.show('release-v1.3.0', 'CHANGELOG.md')).toContain('New feature X')
  })

  test('bump-version on a full clone: one ls-remote, one push, eight git processes', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.clone('ws-bump-full', 'release-v1.3.0')
    const run = await step('bump-version', ws, 'release-v1.3.0')
    expect(run.errors).toBe('')
    expect(repo.sandbox.show('release-v1.3.0', 'setup.py')).toContain('version="1.3.0"')
    expect(run.outputs['commit-sha']).toBe(repo.sandbox.remoteSha('refs/heads/release-v1.3.0'))
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 1 })
    // The checkout, its refs, origin's, the line's tags; then add, commit, the commit, push.
    expect(counter.calls().map(([command]) => command)).toEqual([
      'config',
      'for-each-ref',
      'ls-remote',
      'tag',
      'add',
      'commit',
      'log',
      'push'
    ])
  })

  test('update-changelog then bump-version in one job: the second step fetches nothing', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.checkout('ws-job', 'release-v1.3.0')
    expect((await step('update-changelog', ws, 'release-v1.3.0')).outputs.result).toBe('updated')
    counter.reset()
    const run = await step('bump-version', ws, 'release-v1.3.0')
    expect(run.outputs.result).toBe('updated')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 1 })
    expect(repo.sandbox.log('refs/heads/release-v1.3.0', 2)).toEqual([
      'Bump version to 1.3.0',
      'Update CHANGELOG for 1.3.0'
    ])
  })

  test('a full clone that has every ref: update-changelog dry-run lists once, fetches nothing, four git processes', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.clone('ws-full', 'release-v1.3.0')
    const run = await step('update-changelog', ws, 'release-v1.3.0', { 'dry-run': 'true' })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('dry-run')
    expect(run.outputs['release-notes']).toContain('New feature X')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 0 })
    expect(run.stdout).toContain(trips(1, 0, 0))
    // The checkout and its auth header, the clone's refs, origin's refs, the range.
    expect(counter.calls().map(([command]) => command)).toEqual([
      'config',
      'for-each-ref',
      'ls-remote',
      'log'
    ])
  })

  test('a full clone whose newest older tag HEAD does not reach: the range still starts at the one it does', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    // A hotfix of 1.2.0 tagged on its own branch, never merged: newer than v1.2.0, not in HEAD.
    const other = repo.sandbox.clone('ws-hotfix')
    repo.sandbox.git(other, 'checkout', '--quiet', '-b', 'hotfix-v1.2.1', 'v1.2.0')
    repo.sandbox.commit(other, 'Fix: hotfix only', { 'hotfix.txt': '1\n' })
    repo.sandbox.git(other, 'tag', '-a', 'v1.2.1', '-m', 'Release 1.2.1')
    repo.sandbox.git(other, 'push', '--quiet', 'origin', 'v1.2.1')
    const ws = repo.sandbox.clone('ws-side', 'release-v1.3.0')
    const run = await step('update-changelog', ws, 'release-v1.3.0', {
      commit: 'false',
      date: '2026-11-23'
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    const written = repo.sandbox.read(ws, 'CHANGELOG.md')
    expect(written).toContain('[1.3.0]: https://github.com/acme/app/compare/v1.2.0...v1.3.0')
    expect(run.outputs['release-notes']).toContain('New feature X')
    expect(run.outputs['release-notes']).not.toContain('hotfix only')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 0 })
  })

  test('a full clone behind origin fetches what it lacks, once', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.clone('ws-behind', 'release-v1.3.0')
    const other = repo.sandbox.clone('ws-other', 'release-v1.3.0')
    repo.sandbox.git(other, 'tag', '-a', 'v1.2.1', '-m', 'Release 1.2.1', 'v1.2.0')
    repo.sandbox.git(other, 'push', '--quiet', 'origin', 'v1.2.1')
    const run = await step('update-changelog', ws, 'release-v1.3.0', { 'dry-run': 'true' })
    expect(run.errors).toBe('')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 0 })
    expect(repo.sandbox.git(ws, 'rev-parse', '--verify', '-q', 'refs/tags/v1.2.1')).not.toBe('')
  })
})

describe('create-tag asks origin for its default branch once', () => {
  const fixtures = new Fixtures()
  beforeAll(() => fixtures.setup())
  afterAll(() => fixtures.cleanupAll())
  afterEach(async () => fixtures.cleanupEach())

  test('the stage listing with HEAD answers the default branch; no second ls-remote of HEAD', async () => {
    const f = await fixtures.copy('merged')
    const ws = f.sandbox.checkout('ws-tag', 'main')
    counter.reset()
    const run = await invokeAction({
      action: 'create-tag',
      workspace: ws,
      ref: 'refs/heads/main',
      sha: f.sandbox.remoteSha('refs/heads/main')!,
      apiUrl: f.server.url,
      env: counter.env
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('created')
    expect(f.sandbox.remoteTags()).toContain('v1.3.0')
    const listings = counter.calls().filter(([c]) => c === 'ls-remote')
    expect(listings.filter((args) => args.includes('HEAD'))).toHaveLength(1)
    expect(counter.calls().filter(([c]) => c === 'symbolic-ref')).toEqual([])
    expect(counter.origin()).toEqual({ 'ls-remote': 3, fetch: 1, push: 1 })
  })
})
