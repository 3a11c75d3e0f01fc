/**
 * The kit's depth-N checkout: made by one `git clone` into an empty directory, it must leave
 * what actions/checkout's `git init`, `git remote add`, `git fetch` and `git checkout` leave
 * (which the kit still runs where the directory already holds files), since the actions read
 * that state: the remote's refspec, the branch's upstream, origin's HEAD (none).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Sandbox } from './sandbox.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = Sandbox.create()
  const dev = sandbox.clone('dev')
  sandbox.commit(dev, 'first', { 'a.txt': 'a\n' })
  sandbox.commit(dev, 'second', { 'b/c.txt': 'c\n' })
  sandbox.tag(dev, 'v1.0.0')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'release/v1.3.0')
  sandbox.commit(dev, 'third', { 'a.txt': 'a2\n' })
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'develop')
  sandbox.commit(dev, 'fourth', { 'd.txt': 'd\n' })
  sandbox.git(dev, 'push', '--quiet', '--tags', 'origin', 'main', 'release/v1.3.0', 'develop')
})

afterAll(() => sandbox.cleanup())

/** What of a checkout the actions can see, objects and reflogs aside. */
function state(dir: string) {
  const files = (root: string): string[] =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .filter((path) => !/^\.git\/(objects|logs)\//.test(path))
      .sort()
  const git = (...args: string[]) => sandbox.git(dir, ...args)
  return {
    files: files(dir),
    config: readFileSync(join(dir, '.git', 'config'), 'utf8'),
    head: readFileSync(join(dir, '.git', 'HEAD'), 'utf8'),
    fetchHead: readFileSync(join(dir, '.git', 'FETCH_HEAD'), 'utf8'),
    shallow: readFileSync(join(dir, '.git', 'shallow'), 'utf8'),
    refs: git('for-each-ref', '--format=%(refname) %(objectname) %(upstream)'),
    log: git('log', '--format=%H %s', 'HEAD'),
    status: git('status', '--porcelain', '--branch'),
    remotes: git('config', '--get-regexp', '^(remote|branch)\\.')
  }
}

describe('Sandbox.checkout', () => {
  test.each([
    ['main', 1],
    ['release/v1.3.0', 1],
    ['develop', 2]
  ])('%s at depth %i: the clone leaves what init, fetch and checkout leave', (branch, depth) => {
    const cloned = sandbox.checkout(`cloned-${depth}-${branch.replace('/', '-')}`, branch, {
      depth
    })
    // A directory that already holds a file takes actions/checkout's own four commands.
    const fetched = join(sandbox.root, `fetched-${depth}-${branch.replace('/', '-')}`)
    mkdirSync(fetched)
    writeFileSync(join(fetched, 'placeholder'), '')
    sandbox.checkoutInto(fetched, branch, { depth })
    rmSync(join(fetched, 'placeholder'))

    const expected = state(fetched)
    expect(state(cloned)).toEqual(expected)
    expect(expected.config).toContain('\tfetch = +refs/heads/*:refs/remotes/origin/*\n')
    expect(expected.remotes).toContain(`branch.${branch}.merge refs/heads/${branch}`)
    expect(expected.refs.split('\n')).toHaveLength(2)
    expect(expected.log.split('\n')).toHaveLength(depth)
  })
})

describe('Sandbox.checkout of an origin state checked out before', () => {
  test('is the same checkout, naming its own origin, and follows origin when it moves', () => {
    const first = sandbox.checkout('kept-first', 'release/v1.3.0')
    const again = sandbox.checkout('kept-again', 'release/v1.3.0')
    expect(state(again)).toEqual(state(first))

    // Another sandbox with the same origin gets the same checkout, pointed at its own origin.
    const other = Sandbox.copyOf(sandbox.root, sandbox.root)
    try {
      const copied = other.checkout('kept-other', 'release/v1.3.0')
      const { config, fetchHead, remotes, ...rest } = state(copied)
      const mine = state(first)
      const bare = (path: string) => path.replace(/\.git$/, '')
      expect({ ...mine, ...rest }).toEqual(mine)
      expect(config).toBe(mine.config.replace(sandbox.origin, other.origin))
      expect(fetchHead).toBe(mine.fetchHead.replace(bare(sandbox.origin), bare(other.origin)))
      expect(remotes).toBe(mine.remotes.replace(sandbox.origin, other.origin))
      expect(`${config}${fetchHead}`).not.toContain(sandbox.root)

      // Its fetches reach its own origin: a commit pushed there alone is fetched.
      const otherDev = join(other.root, 'dev')
      other.git(otherDev, 'checkout', '--quiet', 'release/v1.3.0')
      const pushed = other.commit(otherDev, 'only in the other origin')
      other.push(otherDev, 'release/v1.3.0')
      other.git(copied, 'fetch', '--quiet', '--depth=1', 'origin', 'release/v1.3.0')
      expect(other.git(copied, 'rev-parse', 'FETCH_HEAD')).toBe(pushed)

      // The moved origin is a new state: its checkout has the new head.
      expect(other.git(other.checkout('kept-moved', 'release/v1.3.0'), 'rev-parse', 'HEAD')).toBe(
        pushed
      )
      expect(
        sandbox.git(sandbox.checkout('kept-unmoved', 'release/v1.3.0'), 'rev-parse', 'HEAD')
      ).toBe(sandbox.git(first, 'rev-parse', 'HEAD'))
    } finally {
      other.cleanup()
    }
  })
})
