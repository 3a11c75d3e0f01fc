import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigurationError } from '../../packages/base/errors.js'
import { silentLogger } from '../../packages/base/logger.js'
import { openCheckout } from '../../packages/git/checkout.js'
import { Git } from '../../packages/git/git.js'
import { Sandbox } from '../kit/sandbox.js'

let sandbox: Sandbox
let clone: string
beforeAll(() => {
  sandbox = Sandbox.create()
  clone = sandbox.clone('dev')
  sandbox.commit(clone, 'Feature: first', { 'src/app.py': 'x = 1\n' })
})
afterAll(() => sandbox.cleanup())
afterEach(() => {
  delete process.env.GIT_DIR
})

describe('a checkout, as git finds it', () => {
  test('a clone and any directory inside it', async () => {
    expect(await new Git(clone).isRepository()).toBe(true)
    expect(await new Git(join(clone, 'src')).isRepository()).toBe(true)
    const git = await openCheckout(
      { workingDirectory: join(clone, 'src'), token: 'x' },
      silentLogger
    )
    expect(await git.headSha()).toBe(sandbox.git(clone, 'rev-parse', 'HEAD'))
  })

  test('a worktree, whose .git is a file', async () => {
    const worktree = join(sandbox.root, 'worktree')
    sandbox.git(clone, 'worktree', 'add', '--quiet', worktree)
    expect(await new Git(worktree).isRepository()).toBe(true)
  })

  test('a plain directory is not, with the one error that says what to do', async () => {
    const plain = join(sandbox.root, 'plain')
    mkdirSync(plain)
    expect(await new Git(plain).isRepository()).toBe(false)
    const opening = openCheckout({ workingDirectory: plain, token: undefined }, silentLogger)
    await expect(opening).rejects.toThrow(ConfigurationError)
    await expect(opening).rejects.toThrow(
      `${plain} is not a git checkout; run actions/checkout first.`
    )
  })

  test('a .git that git does not take for a repository is not', async () => {
    const broken = join(sandbox.root, 'broken')
    mkdirSync(broken)
    writeFileSync(join(broken, '.git'), 'not a gitdir line\n')
    expect(await new Git(broken).isRepository()).toBe(false)
  })

  test('GIT_DIR names the repository of a directory without .git', async () => {
    const plain = join(sandbox.root, 'plain-with-git-dir')
    mkdirSync(plain)
    process.env.GIT_DIR = join(clone, '.git')
    expect(await new Git(plain).isRepository()).toBe(true)
  })
})
