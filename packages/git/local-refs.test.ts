// readLocalRefs on real clones: what it reads must be what git itself says of the same refs.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Sandbox } from '../../test/kit/sandbox.js'
import { Git } from './git.js'
import { readLocalRefs } from './local-refs.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = Sandbox.create('ra-local-refs-')
  const dev = sandbox.clone('dev')
  sandbox.commit(dev, 'First', { 'a.txt': '1\n' })
  sandbox.gitSequence(dev, [
    ['tag', '-a', '-m', 'v1.0.0', 'v1.0.0'],
    ['commit', '--quiet', '--allow-empty', '-m', 'Second'],
    // Lightweight, annotated, a tag of a tag, a nested name, another prefix, a pre-release.
    ['tag', 'v1.1.0'],
    ['tag', '-a', '-m', 'inner', 'inner'],
    ['tag', '-a', '-m', 'v1.2.0 of a tag', 'v1.2.0', 'inner'],
    ['tag', 'v1/nested'],
    ['tag', 'release-2.0.0'],
    ['tag', '-a', '-m', 'rc', 'v1.3.0-rc.1'],
    ['branch', 'release-v1.3.0'],
    ['branch', 'feature/deep'],
    ['push', '--quiet', 'origin', 'main', 'release-v1.3.0', 'feature/deep', '--tags']
  ])
  // origin's default branch becomes develop, as a project that renamed it.
  sandbox.git(dev, 'push', '--quiet', 'origin', 'main:develop')
  sandbox.git(sandbox.origin, 'symbolic-ref', 'HEAD', 'refs/heads/develop')
})

afterAll(() => sandbox.cleanup())

/** What git says, ref by ref: the check readLocalRefs is measured against. */
function gitSays(dir: string, ref: string): string {
  return sandbox.git(dir, 'rev-parse', ref)
}

test('a full clone: each release-prefix tag, its object and its commit; tracking branches; origin HEAD', async () => {
  const dir = sandbox.clone('full')
  sandbox.git(dir, 'fetch', '--quiet', '--tags')
  const refs = await readLocalRefs(new Git(dir), 'v')
  expect([...refs.tags.keys()].sort()).toEqual(['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0-rc.1'])
  for (const [name, tag] of refs.tags) {
    expect(tag.object).toBe(gitSays(dir, `refs/tags/${name}`))
    expect(tag.commit).toBe(gitSays(dir, `refs/tags/${name}^{commit}`))
  }
  // The annotated tags name their own objects; the lightweight one its commit.
  expect(refs.tags.get('v1.0.0')?.object).not.toBe(refs.tags.get('v1.0.0')?.commit)
  expect(refs.tags.get('v1.1.0')?.object).toBe(refs.tags.get('v1.1.0')?.commit)
  expect(Object.fromEntries(refs.tracking)).toEqual({
    develop: gitSays(dir, 'refs/remotes/origin/develop'),
    'feature/deep': gitSays(dir, 'refs/remotes/origin/feature/deep'),
    main: gitSays(dir, 'refs/remotes/origin/main'),
    'release-v1.3.0': gitSays(dir, 'refs/remotes/origin/release-v1.3.0')
  })
  expect(refs.remoteHead).toBe('develop')
})

test('the same answer whether the tags are loose or packed', async () => {
  const dir = sandbox.clone('packed')
  sandbox.git(dir, 'fetch', '--quiet', '--tags')
  const loose = await readLocalRefs(new Git(dir), 'v')
  sandbox.git(dir, 'pack-refs', '--all')
  expect(await readLocalRefs(new Git(dir), 'v')).toEqual(loose)
})

test('another prefix, and a prefix that ends in a slash', async () => {
  const dir = sandbox.clone('prefixes')
  sandbox.git(dir, 'fetch', '--quiet', '--tags')
  const git = new Git(dir)
  expect([...(await readLocalRefs(git, 'release-')).tags.keys()]).toEqual(['release-2.0.0'])
  expect([...(await readLocalRefs(git, 'v1/')).tags.keys()]).toEqual(['v1/nested'])
  expect([...(await readLocalRefs(git, '')).tags.keys()].sort()).toEqual([
    'inner',
    'release-2.0.0',
    'v1.0.0',
    'v1.1.0',
    'v1.2.0',
    'v1.3.0-rc.1'
  ])
})

test('a depth-1 checkout: no tag, one tracking branch, no origin HEAD recorded', async () => {
  const dir = sandbox.checkout('shallow', 'release-v1.3.0')
  const refs = await readLocalRefs(new Git(dir), 'v')
  expect(refs.tags.size).toBe(0)
  expect(Object.fromEntries(refs.tracking)).toEqual({
    'release-v1.3.0': gitSays(dir, 'refs/remotes/origin/release-v1.3.0')
  })
  expect(refs.remoteHead).toBeUndefined()
})

test('a linked worktree reads the refs and origin HEAD its repository shares', async () => {
  const dir = sandbox.clone('main-tree')
  const linked = join(sandbox.root, 'linked-tree')
  sandbox.git(dir, 'worktree', 'add', '--quiet', '--detach', linked)
  const refs = await readLocalRefs(new Git(linked), 'v')
  expect(refs.remoteHead).toBe('develop')
  expect(refs.tracking.get('main')).toBe(gitSays(dir, 'refs/remotes/origin/main'))
})

test('a remote other than origin', async () => {
  const dir = sandbox.clone('upstream')
  sandbox.git(dir, 'remote', 'rename', 'origin', 'upstream')
  const refs = await readLocalRefs(new Git(dir), 'v', 'upstream')
  expect(refs.remoteHead).toBe('develop')
  expect([...refs.tracking.keys()].sort()).toEqual([
    'develop',
    'feature/deep',
    'main',
    'release-v1.3.0'
  ])
  expect((await readLocalRefs(new Git(dir), 'v')).tracking.size).toBe(0)
})

test('a repository with no ref at all, and an origin HEAD file that names no branch', async () => {
  const dir = join(sandbox.root, 'empty')
  sandbox.git(sandbox.root, 'init', '--quiet', dir)
  expect(await readLocalRefs(new Git(dir), 'v')).toEqual({
    tags: new Map(),
    tracking: new Map(),
    remoteHead: undefined
  })
  const odd = sandbox.clone('odd-head')
  writeFileSync(join(odd, '.git', 'refs', 'remotes', 'origin', 'HEAD'), 'ref: refs/heads/main\n')
  expect((await readLocalRefs(new Git(odd), 'v')).remoteHead).toBeUndefined()
})

test('origin HEAD naming a branch with a slash, and its file written with CRLF', async () => {
  const dir = sandbox.clone('nested-head')
  sandbox.git(dir, 'remote', 'set-head', 'origin', 'feature/deep')
  expect((await readLocalRefs(new Git(dir), 'v')).remoteHead).toBe('feature/deep')
  const file = join(dir, '.git', 'refs', 'remotes', 'origin', 'HEAD')
  writeFileSync(file, 'ref: refs/remotes/origin/main\r\n')
  expect((await readLocalRefs(new Git(dir), 'v')).remoteHead).toBe('main')
})

test('git failing is an error, not an empty answer', async () => {
  const dir = sandbox.clone('broken')
  writeFileSync(join(dir, '.git', 'HEAD'), 'garbage\n')
  await expect(readLocalRefs(new Git(dir), 'v')).rejects.toThrow(/show-ref/)
})
