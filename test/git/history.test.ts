import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Git } from '../../packages/git/git.js'
import { ensureReleaseHistory } from '../../packages/git/history.js'
import { classifyPushFailure } from '../../packages/git/push.js'
import { countGit } from '../kit/git-counter.js'
import { Sandbox } from '../kit/sandbox.js'

/** main: 60 commits, tagged v1.1.0 .. v1.6.0 every 10; release-v1.7.0: 3 more commits. */
let sandbox: Sandbox
beforeAll(() => {
  sandbox = Sandbox.create()
  const dev = sandbox.clone('dev')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'main')
  for (let i = 1; i <= 60; i++) {
    sandbox.commit(dev, `Feature: change ${i}`, { 'file.txt': `${i}\n` })
    if (i % 10 === 0) sandbox.tag(dev, `v1.${i / 10}.0`)
  }
  sandbox.push(dev, 'main', '--tags')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'release-v1.7.0')
  for (let i = 1; i <= 3; i++) sandbox.commit(dev, `Fix: release fix ${i}`, { 'fix.txt': `${i}\n` })
  sandbox.push(dev, 'release-v1.7.0')
})
afterAll(() => sandbox.cleanup())

function count(dir: string, ...args: string[]): number {
  return Number(sandbox.git(dir, 'rev-list', '--count', ...args))
}

describe('ensureReleaseHistory on an actions/checkout clone (depth 1, no tags)', () => {
  test('fetches the release tags and the history back to the latest one, not the whole history', async () => {
    const dir = sandbox.checkout('shallow', 'release-v1.7.0')
    expect(count(dir, 'HEAD')).toBe(1)
    const git = new Git(dir)
    const report = await ensureReleaseHistory(git, { branches: ['main', 'release-v1.7.0'] })
    expect(report.wasShallow).toBe(true)
    expect([...report.remoteTags.keys()].sort()).toEqual([
      'v1.1.0',
      'v1.2.0',
      'v1.3.0',
      'v1.4.0',
      'v1.5.0',
      'v1.6.0'
    ])
    expect(await git.tagsMergedInto('refs/remotes/origin/main', 'v*')).toContain('v1.6.0')
    expect(await git.isAncestor('v1.6.0', 'HEAD')).toBe(true)
    // The range a changelog needs is complete...
    expect(sandbox.git(dir, 'log', '--format=%s', 'v1.6.0..HEAD').split('\n')).toEqual([
      'Fix: release fix 3',
      'Fix: release fix 2',
      'Fix: release fix 1'
    ])
  })

  test('tags far apart: one fetch brings each tag and branch a few commits deep, not the whole history', async () => {
    const sparse = Sandbox.create()
    try {
      // main: 120 commits, tagged v2.1.0 .. v2.3.0 every 40; release-v2.4.0: 3 more commits.
      const dev = sparse.clone('dev')
      sparse.git(dev, 'checkout', '--quiet', '-b', 'main')
      for (let i = 1; i <= 120; i++) {
        sparse.commit(dev, `Feature: change ${i}`, { 'file.txt': `${i}\n` })
        if (i % 40 === 0) sparse.tag(dev, `v2.${i / 40}.0`)
      }
      sparse.push(dev, 'main', '--tags')
      sparse.git(dev, 'checkout', '--quiet', '-b', 'release-v2.4.0')
      for (let i = 1; i <= 3; i++) sparse.commit(dev, `Fix: fix ${i}`, { 'fix.txt': `${i}\n` })
      sparse.push(dev, 'release-v2.4.0')
      const dir = sparse.checkout('shallow', 'release-v2.4.0')
      const git = new Git(dir)
      await ensureReleaseHistory(git, { branches: ['main', 'release-v2.4.0'] })
      expect(await git.isShallow()).toBe(true)
      expect(sparse.git(dir, 'log', '--format=%s', 'v2.3.0..HEAD').split('\n')).toEqual([
        'Fix: fix 3',
        'Fix: fix 2',
        'Fix: fix 1'
      ])
      // Three tags and two tips at most 16 deep: far less than the 123 commits of the history.
      expect(Number(sparse.git(dir, 'rev-list', '--count', '--all'))).toBeLessThan(60)
    } finally {
      sparse.cleanup()
    }
  })

  test('tagsMergedIntoIfExists: the tags reachable from a ref, none for a ref that does not exist', async () => {
    const dir = sandbox.checkout('if-exists', 'main', { depth: 0 })
    const git = new Git(dir)
    expect(await git.tagsMergedIntoIfExists('refs/remotes/origin/main', 'v1.[12]*')).toEqual([
      'v1.1.0',
      'v1.2.0'
    ])
    expect(await git.tagsMergedIntoIfExists('refs/remotes/origin/gone', 'v*')).toBeUndefined()
    await expect(git.tagsMergedIntoIfExists('HEAD^{tree}', 'v*')).rejects.toThrow(
      /must point to a commit/
    )
  })

  test('a full clone just gets the tags', async () => {
    const dir = sandbox.checkout('full', 'release-v1.7.0', { depth: 0 })
    const git = new Git(dir)
    const report = await ensureReleaseHistory(git, { branches: ['main'] })
    expect(report.wasShallow).toBe(false)
    expect(await git.tagsMergedInto('refs/remotes/origin/main', 'v*')).toHaveLength(6)
  })

  test('a repository with no release tag yet gets its whole history', async () => {
    const fresh = Sandbox.create()
    try {
      const dev = fresh.clone('dev')
      fresh.git(dev, 'checkout', '--quiet', '-b', 'main')
      for (let i = 1; i <= 5; i++) fresh.commit(dev, `commit ${i}`)
      fresh.push(dev, 'main')
      const dir = fresh.checkout('shallow', 'main')
      await ensureReleaseHistory(new Git(dir), { branches: ['main'] })
      expect(Number(fresh.git(dir, 'rev-list', '--count', 'HEAD'))).toBe(5)
    } finally {
      fresh.cleanup()
    }
  })
})

describe('ensureReleaseHistory when the main branch holds no release tag', () => {
  test('its whole history came in the first fetch: one deeper look, not four more trips and an unshallow', async () => {
    // main: 3 commits, never tagged; release-v1.0.1 cut from it, tagged v1.0.0 on its first commit.
    const s = Sandbox.create()
    const counter = countGit()
    const path = process.env.PATH
    try {
      const dev = s.clone('dev')
      s.git(dev, 'checkout', '--quiet', '-b', 'main')
      for (let i = 1; i <= 3; i++) s.commit(dev, `commit ${i}`)
      s.git(dev, 'checkout', '--quiet', '-b', 'release-v1.0.1')
      s.commit(dev, 'Fix: first')
      s.tag(dev, 'v1.0.0')
      for (let i = 2; i <= 40; i++) s.commit(dev, `Fix: number ${i}`)
      s.push(dev, 'main', 'release-v1.0.1', 'v1.0.0')
      const dir = s.checkout('shallow', 'release-v1.0.1')
      const git = new Git(dir)
      // The counting git first on PATH, for this call only (Git finds git on PATH).
      process.env.PATH = counter.env.PATH
      await ensureReleaseHistory(git, { branches: ['main', 'release-v1.0.1'] })
      process.env.PATH = path
      const fetches = counter.calls().filter(([command]) => command === 'fetch')
      // The first fetch (both branches 16 deep, the tag), one deeper fetch of main, which brought
      // nothing (its 3 commits were all there), and the release branch deepened to its tag, 39
      // commits back. Before, main went on: 256, 1024, then --unshallow.
      expect(
        fetches.map((args) => args.find((a) => a.startsWith('--depth') || a === '--unshallow'))
      ).toEqual(['--depth=16', '--depth=64', '--depth=64'])
      expect(count(dir, 'refs/remotes/origin/main')).toBe(3)
      // The release branch, whose tag is 39 commits back, was deepened to it as before.
      expect(await git.isAncestor('v1.0.0', 'HEAD')).toBe(true)
    } finally {
      process.env.PATH = path
      counter.cleanup()
      s.cleanup()
    }
  })
})

describe('classifyPushFailure', () => {
  const result = (stderr: string, stdout = '') => ({ exitCode: 1, stdout, stderr })
  test.each([
    ['race', ' ! [rejected]        HEAD -> release-v1.3.0 (fetch first)'],
    ['race', ' ! [rejected]        HEAD -> main (non-fast-forward)'],
    [
      'race',
      "remote: error: cannot lock ref 'refs/heads/develop': is at ebb9b8a1 but expected 1cc2018b\n ! [remote rejected] HEAD -> develop (failed to update ref)"
    ],
    [
      'protected',
      'remote: error: GH006: Protected branch update failed for refs/heads/main.\n ! [remote rejected] HEAD -> main (pre-receive hook declined)'
    ],
    ['protected', 'remote: error: GH013: Repository rule violations found for refs/heads/main.'],
    [
      'permission',
      "remote: Permission to acme/app.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/acme/app/': The requested URL returned error: 403"
    ],
    ['other', 'fatal: unable to access: Could not resolve host: github.com']
  ])('%s: %s', (kind, stderr) => {
    expect(classifyPushFailure(result(stderr))).toBe(kind)
  })
})
