/** The one commit-and-push, on real git: a bare origin and clones in a temp dir. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Sandbox, TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { silentLogger } from '../base/logger.js'
import { Git } from '../git/git.js'
import { commitAndPush } from './commit-and-push.js'

let sandbox: Sandbox
beforeAll(() => {
  sandbox = Sandbox.create()
  const dev = sandbox.clone('dev')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'release-v1.3.0')
  sandbox.commit(dev, 'Start', { VERSION: '1.2.0\n' })
  sandbox.push(dev, 'release-v1.3.0')
})
afterAll(() => sandbox.cleanup())

async function bumped(name: string) {
  const dir = sandbox.clone(name, 'release-v1.3.0')
  const git = new Git(dir, { log: silentLogger, identity: TEST_IDENTITY })
  const base = await git.headSha()
  // Each test writes its own content: the branch carries what the tests before it pushed.
  writeFileSync(join(dir, 'VERSION'), `1.3.0 (${name})\n`)
  return { dir, git, base }
}

describe('commitAndPush', () => {
  test('commits and pushes onto the branch; pushed says so', async () => {
    const { git, base } = await bumped('push')
    const done = await commitAndPush(git, ['VERSION'], base, {
      message: 'Bump version to 1.3.0',
      push: true,
      branch: 'release-v1.3.0'
    })
    expect(done).toEqual({ commitSha: expect.any(String), pushed: true, replays: 0 })
    expect(sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(done.commitSha)
    expect(sandbox.show('release-v1.3.0', 'VERSION')).toBe('1.3.0 (push)\n')
  })

  test('a branch that moved meanwhile: the commit is replayed onto it, nothing lost', async () => {
    const { git, base } = await bumped('race')
    const other = sandbox.clone('other', 'release-v1.3.0')
    sandbox.commit(other, 'Fix: a late fix', { 'fix.txt': 'x\n' })
    sandbox.push(other, 'release-v1.3.0')
    const done = await commitAndPush(git, ['VERSION'], base, {
      message: 'Bump version to 1.3.0',
      push: true,
      branch: 'release-v1.3.0'
    })
    expect(done.pushed).toBe(true)
    expect(done.replays).toBe(1)
    expect(sandbox.log('release-v1.3.0', 2)).toEqual(['Bump version to 1.3.0', 'Fix: a late fix'])
  })

  test('a force-push that moved the branch back after our look at origin: refused, replayed on it, the dropped commit stays out', async () => {
    const other = sandbox.clone('rewinder', 'release-v1.3.0')
    const kept = sandbox.remoteSha('refs/heads/release-v1.3.0')!
    const dropped = sandbox.commit(other, 'Oops: a secret', { 'secret.txt': 'x\n' })
    sandbox.push(other, 'release-v1.3.0')
    // We see the branch at the commit about to be dropped, and make ours on it...
    const { git, base } = await bumped('rewound')
    expect(base).toBe(dropped)
    // ...and before our push its author takes it back.
    sandbox.git(other, 'push', '--quiet', '--force', 'origin', `${kept}:refs/heads/release-v1.3.0`)
    const done = await commitAndPush(git, ['VERSION'], base, {
      message: 'Bump version to 1.3.0',
      push: true,
      branch: 'release-v1.3.0',
      remoteHead: dropped
    })
    expect(done).toMatchObject({ pushed: true, replays: 1 })
    const head = sandbox.remoteSha('refs/heads/release-v1.3.0')!
    expect(sandbox.git(sandbox.origin, 'rev-parse', `${head}^`)).toBe(kept)
    expect(sandbox.git(sandbox.origin, 'rev-list', head).split('\n')).not.toContain(dropped)
  })

  test('an origin head our commit does not sit on is never a lease: a checkout behind origin replays, nothing replaced', async () => {
    const { git, base } = await bumped('behind')
    const other = sandbox.clone('ahead', 'release-v1.3.0')
    const theirs = sandbox.commit(other, 'Fix: landed first', { 'first.txt': 'x\n' })
    sandbox.push(other, 'release-v1.3.0')
    // The stage's listing saw their commit; ours is made on the older head.
    const done = await commitAndPush(git, ['VERSION'], base, {
      message: 'Bump version to 1.3.0',
      push: true,
      branch: 'release-v1.3.0',
      remoteHead: theirs
    })
    expect(done).toMatchObject({ pushed: true, replays: 1 })
    const head = sandbox.remoteSha('refs/heads/release-v1.3.0')!
    expect(sandbox.git(sandbox.origin, 'rev-parse', `${head}^`)).toBe(theirs)
  })

  test('without a branch (detached HEAD) or with push off: committed, not pushed', async () => {
    for (const request of [{ push: true }, { push: false, branch: 'release-v1.3.0' }]) {
      const before = sandbox.remoteSha('refs/heads/release-v1.3.0')
      const { git, base } = await bumped(`local-${request.push}`)
      const done = await commitAndPush(git, ['VERSION'], base, { message: 'Bump', ...request })
      expect(done.commitSha).toBe(await git.headSha())
      expect(done.pushed).toBe(false)
      expect(sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(before)
    }
  })

  test('nothing changed: no commit, nothing pushed', async () => {
    const dir = sandbox.clone('same', 'release-v1.3.0')
    const git = new Git(dir, { log: silentLogger, identity: TEST_IDENTITY })
    const done = await commitAndPush(git, ['VERSION'], await git.headSha(), {
      message: 'Bump',
      push: true,
      branch: 'release-v1.3.0'
    })
    expect(done).toEqual({ commitSha: undefined, pushed: false, replays: 0 })
  })

  test('commits its paths only: a path new to git is added, a change staged by an earlier step stays out', async () => {
    const { dir, git, base } = await bumped('only')
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n')
    writeFileSync(join(dir, 'notes.txt'), 'staged by an earlier step\n')
    sandbox.git(dir, 'add', 'notes.txt')
    const done = await commitAndPush(git, ['VERSION', 'CHANGELOG.md'], base, {
      message: 'Bump version to 1.3.0',
      push: false
    })
    expect(done.commitSha).toBe(await git.headSha())
    const files = sandbox.git(dir, 'show', '--name-only', '--format=', 'HEAD').split('\n')
    expect(files.sort()).toEqual(['CHANGELOG.md', 'VERSION'])
    expect(sandbox.git(dir, 'status', '--porcelain')).toBe('A  notes.txt')
  })
})
