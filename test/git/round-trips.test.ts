/**
 * Round trips to origin, counted by a git that logs its calls (real git underneath): one
 * ls-remote for every ref a stage needs, one fetch only of what the clone lacks (main, the tags
 * and the checked-out branch deepened, together), at most one push. And the git processes of
 * update-changelog's dry run on a full clone: four. create-tag the same: one ls-remote names every
 * ref it reads (the tag, a branch of its name, the release branch, the floating tags' names).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { countGit, type GitCounter } from '../kit/git-counter.js'
import { FakeGitHub } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { raceBeforePush } from '../kit/push-race.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'
import { Fixtures, type Fixture } from '../actions/create-tag-fixture.js'

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

/**
 * The commands of the step's git processes, in order. The release target sends its ls-remote
 * while the clone's refs are read (show-ref): which of the two starts first is the
 * scheduler's choice, so that pair is given in one order.
 */
function commands(counter: GitCounter): string[] {
  const list = counter.calls().map(([command]) => command)
  for (let i = 0; i + 1 < list.length; i++)
    if (list[i] === 'ls-remote' && list[i + 1] === 'show-ref') {
      list[i] = 'show-ref'
      list[i + 1] = 'ls-remote'
    }
  return list
}

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
  test('bump-version on a depth-1 checkout: one ls-remote, one fetch, one push, eight git processes', async () => {
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
    // Each branch's tags read once, after the fetch: none before it (a fresh checkout has no tag
    // to reach), and main's answer serves the line's tags too.
    expect(counter.calls().filter(([c]) => c === 'tag')).toEqual([
      ['tag', '--merged', 'refs/remotes/origin/main', '--list', 'v*'],
      ['tag', '--merged', 'refs/remotes/origin/release-v1.3.0', '--list', 'v*']
    ])
    expect(commands(counter)).toEqual([
      'config',
      'show-ref',
      'ls-remote',
      'fetch',
      'tag',
      'tag',
      'commit',
      'push'
    ])
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

  test('bump-version on a full clone: one ls-remote, one push, six git processes', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.clone('ws-bump-full', 'release-v1.3.0')
    const run = await step('bump-version', ws, 'release-v1.3.0')
    expect(run.errors).toBe('')
    expect(repo.sandbox.show('release-v1.3.0', 'setup.py')).toContain('version="1.3.0"')
    expect(run.outputs['commit-sha']).toBe(repo.sandbox.remoteSha('refs/heads/release-v1.3.0'))
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 1 })
    // The checkout, its refs, origin's, the line's tags; then the commit of the files (its sha
    // read from the ref git wrote), push.
    expect(commands(counter)).toEqual(['config', 'show-ref', 'ls-remote', 'tag', 'commit', 'push'])
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
    expect(commands(counter)).toEqual(['config', 'show-ref', 'ls-remote', 'log'])
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

describe('create-tag: one ls-remote for every ref it needs, a fetch only of what the clone lacks, one push', () => {
  const fixtures = new Fixtures()
  beforeAll(() => fixtures.setup())
  afterAll(() => fixtures.cleanupAll())
  afterEach(async () => fixtures.cleanupEach())

  async function tag(ws: string, f: Fixture, inputs: InvokeOptions['inputs'] = {}) {
    counter.reset()
    return invokeAction({
      action: 'create-tag',
      workspace: ws,
      ref: 'refs/heads/main',
      sha: f.sandbox.remoteSha('refs/heads/main')!,
      apiUrl: f.server.url,
      inputs,
      env: counter.env
    })
  }

  test('a depth-1 checkout of main with the merge at HEAD: one ls-remote (HEAD, the branches, the tags, the names it must not collide with), one fetch, one push', async () => {
    const f = await fixtures.copy('merged')
    const ws = f.sandbox.checkout('ws-tag', 'main')
    const run = await tag(ws, f)
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('created')
    expect(f.sandbox.remoteTags()).toContain('v1.3.0')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 1 })
    expect(run.stdout).toContain('Round trips: 3 to origin (1 ls-remote, 1 fetch, 1 push)')
    const [listing] = counter.calls().filter(([c]) => c === 'ls-remote')
    expect(listing).toEqual(
      expect.arrayContaining([
        'HEAD',
        'refs/heads/main',
        'refs/tags/v*',
        'refs/heads/v1.3.0',
        'refs/heads/release-v1.3.0'
      ])
    )
    expect(counter.calls().filter(([c]) => c === 'symbolic-ref')).toEqual([])
  })

  test('a full clone that has every ref: one ls-remote, no fetch, one push; its rerun lists once and pushes nothing', async () => {
    const f = await fixtures.copy('merged')
    const ws = f.sandbox.clone('ws-tag-full', 'main')
    const run = await tag(ws, f)
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('created')
    expect(f.sandbox.remoteTags()).toContain('v1.3.0')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 1 })
    const rerun = await tag(ws, f)
    expect(rerun.errors).toBe('')
    expect(rerun.outputs.result).toBe('unchanged')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 0 })
  })

  test('a rerun on a fresh depth-1 checkout with the tag at HEAD: one ls-remote, one fetch, no push', async () => {
    const f = await fixtures.copy('merged')
    expect((await tag(f.sandbox.checkout('ws-first', 'main'), f)).outputs.result).toBe('created')
    const run = await tag(f.sandbox.checkout('ws-again', 'main'), f)
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('unchanged')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 0 })
  })

  test('a depth-1 checkout of main whose release branch moved on after the merge: the branch comes in the one fetch, one ls-remote, one push', async () => {
    const f = await fixtures.copy('merged')
    const { sandbox, dev } = f
    // A fix pushed to the release branch after its merge (for the next candidate).
    sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
    sandbox.commit(dev, 'Fix: after the merge', { 'after.txt': '1\n' })
    sandbox.push(dev, 'release-v1.3.0')
    const ws = sandbox.checkout('ws-tag-moved', 'main')
    const run = await tag(ws, f)
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('created')
    expect(f.sandbox.remoteTags()).toContain('v1.3.0')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 1 })
    const [fetch] = counter.calls().filter(([c]) => c === 'fetch')
    expect(fetch).toEqual(
      expect.arrayContaining([
        'refs/heads/main',
        '+refs/heads/release-v1.3.0:refs/remotes/origin/release-v1.3.0',
        '+refs/tags/v*:refs/tags/v*'
      ])
    )
  })

  test('a full clone whose release branch moved on after it was cloned: one fetch of the branch, one ls-remote, one push', async () => {
    const f = await fixtures.copy('merged')
    const { sandbox, dev } = f
    const ws = sandbox.clone('ws-tag-moved-full', 'main')
    sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
    sandbox.commit(dev, 'Fix: after the merge', { 'after.txt': '1\n' })
    sandbox.push(dev, 'release-v1.3.0')
    const run = await tag(ws, f)
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('created')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 1 })
    const [fetch] = counter.calls().filter(([c]) => c === 'fetch')
    expect(fetch).toContain('+refs/heads/release-v1.3.0:refs/remotes/origin/release-v1.3.0')
  })

  test('with update-major-tag, v1 is moved by a second push only after the release is published', async () => {
    const f = await fixtures.copy('merged')
    const ws = f.sandbox.clone('ws-tag-major', 'main')
    const run = await tag(ws, f, { 'update-major-tag': 'true' })
    expect(run.errors).toBe('')
    expect(f.sandbox.remoteSha('refs/tags/v1^{}')).toBe(f.sandbox.remoteSha('refs/heads/main'))
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 2 })
    const [listing] = counter.calls().filter(([c]) => c === 'ls-remote')
    expect(listing).toContain('refs/heads/v1')
  })
})

describe('start-release and back-merge: one ls-remote, a fetch only of what the clone lacks, one push', () => {
  /** The seed after step 14: release-v1.3.0 merged into main with --no-ff and tagged v1.3.0. */
  function released(): SeedRepo {
    const seed = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const { sandbox, dev } = seed
    sandbox.commit(dev, 'Bump version to 1.3.0', { 'VERSION.txt': '1.3.0\n' })
    sandbox.git(dev, 'checkout', '--quiet', 'main')
    sandbox.git(
      dev,
      'merge',
      '--quiet',
      '--no-ff',
      '-m',
      "Merge branch 'release-v1.3.0'",
      'release-v1.3.0'
    )
    sandbox.tag(dev, 'v1.3.0')
    sandbox.push(dev, 'main', 'release-v1.3.0', 'v1.3.0')
    return seed
  }

  async function run(
    action: 'start-release' | 'back-merge',
    workspace: string,
    branch: string,
    apiUrl?: string,
    env = counter.env
  ) {
    counter.reset()
    return invokeAction({
      action,
      workspace,
      eventName: 'workflow_dispatch',
      ref: `refs/heads/${branch}`,
      sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
      inputs:
        action === 'start-release'
          ? { 'warn-open-pull-requests': false, 'create-milestone': false }
          : {},
      apiUrl,
      env
    })
  }

  test('start-release from a depth-1 checkout of develop: one ls-remote (HEAD, the branches, the tags), one fetch, one push', async () => {
    repo = createSeedRepo()
    const started = await run(
      'start-release',
      repo.sandbox.checkout('ws-start', 'develop'),
      'develop'
    )
    expect(started.errors).toBe('')
    expect(started.outputs.result).toBe('created')
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(
      repo.sandbox.remoteSha('refs/heads/develop')
    )
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 1 })
    expect(started.stdout).toContain('Round trips: 3 to origin (1 ls-remote, 1 fetch, 1 push)')
    const [listing] = counter.calls().filter(([c]) => c === 'ls-remote')
    expect(listing).toEqual(expect.arrayContaining(['HEAD', 'refs/heads/*', 'refs/tags/v*']))
  })

  test('start-release from a full clone: one ls-remote, no fetch, one push; its rerun pushes nothing', async () => {
    repo = createSeedRepo()
    const ws = repo.sandbox.clone('ws-start-full', 'develop')
    expect((await run('start-release', ws, 'develop')).outputs.result).toBe('created')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 1 })
    const rerun = await run('start-release', ws, 'develop')
    expect(rerun.outputs.result).toBe('unchanged')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 0 })
  })

  test('back-merge from a depth-1 checkout of main: one ls-remote, one fetch (the history, unshallowed), one push', async () => {
    repo = released()
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    try {
      const ws = repo.sandbox.checkout('ws-back', 'main')
      const merged = await run('back-merge', ws, 'main', github.url)
      expect(merged.errors).toBe('')
      expect(merged.outputs).toMatchObject({ result: 'merged', ancestry: 'yes' })
      const develop = repo.sandbox.remoteSha('refs/heads/develop')!
      expect(repo.sandbox.git(repo.sandbox.origin, 'log', '-1', '--format=%P', develop)).toContain(
        repo.sandbox.remoteSha('refs/heads/main')
      )
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 1 })
      expect(merged.stdout).toContain('Round trips: 3 to origin (1 ls-remote, 1 fetch, 1 push)')
    } finally {
      await github.stop()
    }
  })

  /**
   * No second ls-remote after the push: the push itself is origin's word. It names the head we
   * merged on as its lease, so origin takes it only while develop is still there; any other
   * push in between (a new commit, a force-push) makes it fail, and the merge is made again on
   * the new head. These land another push in that very instant.
   */
  test('back-merge when someone pushes to develop between our ls-remote and our push: ours is refused, merged again on theirs, their commit kept', async () => {
    repo = released()
    const { sandbox } = repo
    const github = await FakeGitHub.start({ bareRepo: sandbox.origin })
    const other = sandbox.clone('ws-theirs', 'develop')
    const theirs = sandbox.commit(other, 'Feature: theirs', { 'theirs.txt': '1\n' })
    const race = raceBeforePush(
      'refs/heads/develop',
      [['-C', other, 'push', '--quiet', 'origin', 'develop']],
      counter.env.PATH
    )
    try {
      const ws = sandbox.clone('ws-back-race', 'main')
      const merged = await run('back-merge', ws, 'main', github.url, race.env)
      expect(race.fired()).toBe(true)
      expect(merged.errors).toBe('')
      expect(merged.outputs).toMatchObject({ result: 'merged', ancestry: 'yes' })
      expect(merged.stdout).toContain(
        'develop moved while we merged; merging again on its new head'
      )
      const develop = sandbox.remoteSha('refs/heads/develop')!
      expect(merged.outputs.sha).toBe(develop)
      const history = sandbox.git(sandbox.origin, 'rev-list', develop).split('\n')
      expect(history).toEqual(
        expect.arrayContaining([theirs, sandbox.remoteSha('refs/heads/main')])
      )
      // Merged on their commit: it is the merge's first parent.
      expect(sandbox.git(sandbox.origin, 'rev-parse', `${develop}^1`)).toBe(theirs)
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 2 })
      expect(merged.stdout).toContain('Round trips: 4 to origin (1 ls-remote, 1 fetch, 2 push)')
    } finally {
      race.cleanup()
      await github.stop()
    }
  })

  test('back-merge when someone force-pushes develop back between our ls-remote and our push: ours is refused, the commit they dropped stays out', async () => {
    repo = released()
    const { sandbox } = repo
    const github = await FakeGitHub.start({ bareRepo: sandbox.origin })
    const other = sandbox.clone('ws-rewind', 'develop')
    const kept = sandbox.remoteSha('refs/heads/develop')!
    const dropped = sandbox.commit(other, 'Feature: to be dropped', { 'dropped.txt': '1\n' })
    sandbox.push(other, 'develop')
    const race = raceBeforePush(
      'refs/heads/develop',
      [['-C', other, 'push', '--quiet', '--force', 'origin', `${kept}:refs/heads/develop`]],
      counter.env.PATH
    )
    try {
      // The clone sees develop at the commit that is about to be dropped.
      const ws = sandbox.clone('ws-back-rewind', 'main')
      const merged = await run('back-merge', ws, 'main', github.url, race.env)
      expect(race.fired()).toBe(true)
      expect(merged.errors).toBe('')
      expect(merged.outputs).toMatchObject({ result: 'merged', ancestry: 'yes' })
      const develop = sandbox.remoteSha('refs/heads/develop')!
      expect(sandbox.git(sandbox.origin, 'rev-parse', `${develop}^1`)).toBe(kept)
      expect(sandbox.git(sandbox.origin, 'rev-list', develop).split('\n')).not.toContain(dropped)
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 2 })
    } finally {
      race.cleanup()
      await github.stop()
    }
  })

  test('back-merge from a full clone: one ls-remote, no fetch, one push; its rerun lists once and does nothing else', async () => {
    repo = released()
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    try {
      const ws = repo.sandbox.clone('ws-back-full', 'main')
      expect((await run('back-merge', ws, 'main', github.url)).outputs.result).toBe('merged')
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 1 })
      const rerun = await run('back-merge', ws, 'main', github.url)
      expect(rerun.outputs).toMatchObject({ result: 'unchanged', ancestry: 'yes' })
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 0 })
    } finally {
      await github.stop()
    }
  })
})

describe('open-release-pr: one ls-remote (origin HEAD, the release branch, develop), a fetch only of what the clone lacks, no push', () => {
  async function open(workspace: string, github: FakeGitHub, inputs: InvokeOptions['inputs'] = {}) {
    counter.reset()
    return invokeAction({
      action: 'open-release-pr',
      workspace,
      ref: 'refs/heads/release-v1.3.0',
      sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
      apiUrl: github.url,
      inputs,
      env: counter.env
    })
  }

  test('a depth-1 checkout of the release branch: one ls-remote, one fetch (both branches, unshallowed); its rerun lists once and fetches nothing', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    try {
      const ws = repo.sandbox.checkout('ws-pr', 'release-v1.3.0')
      const run = await open(ws, github)
      expect(run.errors).toBe('')
      expect(run.outputs.result).toBe('created')
      expect(github.state.pulls[0].base.ref).toBe('main')
      expect(github.state.pulls[0].body).toContain('### Back-merge forecast')
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 0 })
      expect(run.stdout).toContain('Round trips: 2 to origin (1 ls-remote, 1 fetch, 0 push)')
      const [listing] = counter.calls().filter(([c]) => c === 'ls-remote')
      expect(listing).toEqual(
        expect.arrayContaining(['HEAD', 'refs/heads/release-v1.3.0', 'refs/heads/develop'])
      )
      const [fetch] = counter.calls().filter(([c]) => c === 'fetch')
      expect(fetch).toEqual(
        expect.arrayContaining([
          '--unshallow',
          '+refs/heads/release-v1.3.0:refs/remotes/origin/release-v1.3.0',
          '+refs/heads/develop:refs/remotes/origin/develop'
        ])
      )
      const rerun = await open(ws, github)
      expect(rerun.errors).toBe('')
      expect(rerun.outputs.result).toBe('unchanged')
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 0 })
      expect(rerun.stdout).toContain('Round trips: 1 to origin (1 ls-remote, 0 fetch, 0 push)')
    } finally {
      await github.stop()
    }
  })

  test('a full clone that has both branches as origin has them: one ls-remote, no fetch', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    try {
      const run = await open(repo.sandbox.clone('ws-pr-full', 'release-v1.3.0'), github)
      expect(run.errors).toBe('')
      expect(run.outputs.result).toBe('created')
      expect(github.state.pulls[0].base.ref).toBe('main')
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 0 })
      expect(run.stdout).toContain('Round trips: 1 to origin (1 ls-remote, 0 fetch, 0 push)')
    } finally {
      await github.stop()
    }
  })

  test('a full clone behind origin on develop fetches develop alone, and the forecast sees its new commit', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    try {
      // The release branch a commit ahead of develop, in the clone; then develop moves on.
      const other = repo.sandbox.clone('ws-pr-other', 'release-v1.3.0')
      repo.sandbox.commit(other, 'Bump version to 1.3.0', { 'VERSION.txt': '1.3.0\n' })
      repo.sandbox.git(other, 'push', '--quiet', 'origin', 'release-v1.3.0')
      const ws = repo.sandbox.clone('ws-pr-behind', 'release-v1.3.0')
      repo.sandbox.git(other, 'checkout', '--quiet', 'develop')
      repo.sandbox.commit(other, 'Feature: Z', { 'z.txt': 'z\n' })
      repo.sandbox.git(other, 'push', '--quiet', 'origin', 'develop')
      const develop = repo.sandbox.remoteSha('refs/heads/develop')!
      const run = await open(ws, github)
      expect(run.errors).toBe('')
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 1, push: 0 })
      const [fetch] = counter.calls().filter(([c]) => c === 'fetch')
      expect(fetch).toContain('+refs/heads/develop:refs/remotes/origin/develop')
      expect(fetch).not.toContain('+refs/heads/release-v1.3.0:refs/remotes/origin/release-v1.3.0')
      expect(fetch).not.toContain('--unshallow')
      expect(github.state.pulls[0].body).toContain(
        `into \`develop\` (${develop.slice(0, 7)}) is clean`
      )
    } finally {
      await github.stop()
    }
  })

  test('main-branch given and conflict-forecast off: no round trip to origin at all', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    try {
      const ws = repo.sandbox.checkout('ws-pr-off', 'release-v1.3.0')
      const run = await open(ws, github, { 'main-branch': 'main', 'conflict-forecast': false })
      expect(run.errors).toBe('')
      expect(run.outputs.result).toBe('created')
      expect(counter.origin()).toEqual({ 'ls-remote': 0, fetch: 0, push: 0 })
    } finally {
      await github.stop()
    }
  })
})

describe('preflight: one ls-remote for the release tags and the release branches, no fetch', () => {
  test('a depth-1 checkout of the release branch: one ls-remote that both checks read', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    const token = 'ghs_workflowtoken0000000000000000000000'
    github.addToken(token, {
      kind: 'github-token',
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write', metadata: 'read' }
    })
    try {
      const ws = repo.sandbox.checkout('ws-preflight', 'release-v1.3.0')
      counter.reset()
      const run = await invokeAction({
        action: 'preflight',
        workspace: ws,
        ref: 'refs/heads/release-v1.3.0',
        sha: repo.sandbox.git(ws, 'rev-parse', 'HEAD'),
        apiUrl: github.url,
        token,
        env: counter.env
      })
      const checks = JSON.parse(run.outputs.checks ?? '[]') as Array<{
        check: string
        detail: string
      }>
      const detail = (name: string) => checks.find((c) => c.check === name)?.detail
      expect(detail('version files')).toContain('The latest release is v1.2.0.')
      expect(detail('release branches')).toBe('One open: release-v1.3.0.')
      expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 0 })
      expect(run.stdout).toContain('Round trips: 1 to origin (1 ls-remote, 0 fetch, 0 push)')
      const [listing] = counter.calls().filter(([c]) => c === 'ls-remote')
      expect(listing).toEqual(
        expect.arrayContaining(['refs/tags/v*', 'refs/heads/release-*', 'refs/heads/release/*'])
      )
    } finally {
      await github.stop()
    }
  })
})
