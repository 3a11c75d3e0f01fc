// Git.commit on real repositories: the commit and parent it answers must be what git itself says
// of HEAD and HEAD^ afterwards, whether they were read from git's files or asked of git.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Sandbox, TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { RecordingLogger } from '../base/logger.js'
import { Git } from './git.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = Sandbox.create('ra-git-commit-')
  const dev = sandbox.clone('dev')
  sandbox.commit(dev, 'First', { VERSION: '1.2.0\n' })
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'feature/deep/branch')
  sandbox.push(dev, 'main', 'feature/deep/branch')
})

afterAll(() => sandbox.cleanup())

/** A Git on `dir` that records the commands it runs, and the file it will commit, changed. */
function prepared(dir: string, content = '1.3.0\n') {
  const log = new RecordingLogger()
  writeFileSync(join(dir, 'VERSION'), content)
  return { git: new Git(dir, { log, identity: TEST_IDENTITY }), log }
}

/** The git commands run, by name. */
const commands = (log: RecordingLogger) =>
  log.lines
    .filter((l) => l.level === 'debug' && l.message.startsWith('git '))
    .map((l) => l.message.split(' ')[1])

function gitSays(dir: string) {
  return {
    sha: sandbox.git(dir, 'rev-parse', 'HEAD'),
    parent: sandbox.git(dir, 'log', '-1', '--format=%P', 'HEAD')
  }
}

test('a branch: the new commit and its parent, read from the files, one git process', async () => {
  const dir = sandbox.clone('loose', 'main')
  const before = sandbox.git(dir, 'rev-parse', 'HEAD')
  const { git, log } = prepared(dir)
  expect(git.headFromFiles()).toBe(before)
  const made = await git.commit(['VERSION'], 'Bump version to 1.3.0')
  expect(made).toEqual(gitSays(dir))
  expect(made?.parent).toBe(before)
  expect(commands(log)).toEqual(['commit'])
})

test('a branch whose name has slashes', async () => {
  const dir = sandbox.clone('slashes', 'feature/deep/branch')
  const { git, log } = prepared(dir)
  expect(await git.commit(['VERSION'], 'Bump')).toEqual(gitSays(dir))
  expect(commands(log)).toEqual(['commit'])
})

test('a branch only in packed-refs before the commit: git is asked, and answers the same', async () => {
  const dir = sandbox.clone('packed', 'main')
  sandbox.git(dir, 'pack-refs', '--all')
  const { git, log } = prepared(dir)
  expect(git.headFromFiles()).toBeUndefined()
  expect(await git.commit(['VERSION'], 'Bump')).toEqual(gitSays(dir))
  expect(commands(log)).toEqual(['commit', 'log'])
})

test('a detached HEAD, as a checkout of a tag or a sha leaves it', async () => {
  const dir = sandbox.clone('detached', 'main')
  sandbox.git(dir, 'checkout', '--quiet', '--detach', 'HEAD')
  const { git, log } = prepared(dir)
  expect(await git.commit(['VERSION'], 'Bump')).toEqual(gitSays(dir))
  expect(commands(log)).toEqual(['commit'])
})

test("a linked worktree: its own HEAD, the common directory's refs", async () => {
  const dir = sandbox.clone('main-tree', 'main')
  const tree = join(sandbox.root, 'linked')
  sandbox.git(dir, 'worktree', 'add', '--quiet', '-b', 'release-v1.3.0', tree)
  const { git, log } = prepared(tree)
  expect(await git.commit(['VERSION'], 'Bump')).toEqual(gitSays(tree))
  expect(commands(log)).toEqual(['commit'])
  // The main worktree's branch did not move.
  expect(sandbox.git(dir, 'rev-parse', 'HEAD')).toBe(sandbox.remoteSha('refs/heads/main'))
})

test('a first commit on an unborn branch: no parent', async () => {
  const dir = join(sandbox.root, 'unborn')
  sandbox.git(sandbox.root, 'init', '--quiet', '--initial-branch=main', dir)
  const { git } = prepared(dir)
  const made = await git.commit(['VERSION'], 'First')
  expect(made).toEqual({ sha: sandbox.git(dir, 'rev-parse', 'HEAD'), parent: '' })
})

test('a path new to git is staged and committed; nothing changed answers undefined', async () => {
  const dir = sandbox.clone('new-path', 'main')
  writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n')
  const { git } = prepared(dir)
  expect(await git.commit(['VERSION', 'CHANGELOG.md'], 'Bump')).toEqual(gitSays(dir))
  expect(sandbox.git(dir, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
    'CHANGELOG.md',
    'VERSION'
  ])
  expect(await git.commit(['VERSION'], 'Again')).toBeUndefined()
})

test('a SHA-256 repository: 64-digit object names', async () => {
  const dir = join(sandbox.root, 'sha256')
  sandbox.git(
    sandbox.root,
    'init',
    '--quiet',
    '--object-format=sha256',
    '--initial-branch=main',
    dir
  )
  sandbox.commit(dir, 'First', { VERSION: '1.2.0\n' })
  const { git, log } = prepared(dir)
  const made = await git.commit(['VERSION'], 'Bump')
  expect(made?.sha).toMatch(/^[0-9a-f]{64}$/)
  expect(made).toEqual(gitSays(dir))
  expect(commands(log)).toEqual(['commit'])
})

test('HEAD files that do not name a commit are not read as one', () => {
  const dir = sandbox.clone('odd-head', 'main')
  const git = new Git(dir)
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/../../config\n')
  expect(git.headFromFiles()).toBeUndefined()
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/does-not-exist\n')
  expect(git.headFromFiles()).toBeUndefined()
  writeFileSync(join(dir, '.git', 'HEAD'), 'not a sha\n')
  expect(git.headFromFiles()).toBeUndefined()
  expect(new Git(join(sandbox.root, '..')).headFromFiles()).toBeUndefined()
})
