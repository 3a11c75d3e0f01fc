/**
 * BareRepository's object reads, which one `git cat-file --batch` answers for the whole life of
 * a fake GitHub: each answer must be what `git` itself says at that moment (refs moved and
 * objects pushed since the reader started included), in the order asked, byte-exact.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { Sandbox } from '../sandbox.js'
import { BareRepository } from './bare-repo.js'

let sandbox: Sandbox
let dev: string
let repo: BareRepository

beforeEach(() => {
  sandbox = Sandbox.create()
  dev = sandbox.clone('dev')
  sandbox.commit(dev, 'first', { 'a.txt': 'a\n' })
  sandbox.tag(dev, 'v1.0.0')
  sandbox.push(dev, 'main', 'v1.0.0')
  repo = new BareRepository(sandbox.origin)
})

afterEach(() => {
  repo.close()
  sandbox.cleanup()
})

const originSays = (...args: string[]) => sandbox.git(sandbox.origin, ...args)

describe('BareRepository object reads', () => {
  test('revisions resolve as rev-parse resolves them, and a push made after the first read is seen', async () => {
    const first = originSays('rev-parse', 'main')
    expect(await repo.resolveCommit('main')).toBe(first)
    expect(await repo.resolveCommit('refs/heads/main')).toBe(first)
    expect(await repo.resolveCommit('v1.0.0')).toBe(first)
    expect(await repo.resolveCommit(first)).toBe(first)
    expect(await repo.resolveCommit('no-such-branch')).toBeUndefined()
    expect(await repo.resolveCommit(originSays('rev-parse', 'main^{tree}'))).toBeUndefined()
    expect(await repo.resolveCommit('main\nv1.0.0')).toBeUndefined()

    const second = sandbox.commit(dev, 'second', { 'b.txt': 'b\n' })
    sandbox.push(dev, 'main')
    expect(await repo.resolveCommit('main')).toBe(second)
    expect(await repo.readCommit(second)).toMatchObject({ sha: second, parents: [first] })
  })

  test("commits and tags are read byte-exact, with messages that look like the reader's own answers", async () => {
    const message = `Ünïcode subject\n\n${originSays('rev-parse', 'main')} commit 12\nmissing\n`
    const sha = sandbox.commit(dev, message)
    sandbox.tag(dev, 'v1.1.0', 'HEAD', 'Release 1.1.0\n\n✓ notes')
    sandbox.push(dev, 'main', 'v1.1.0')

    const commit = await repo.readCommit(sha)
    expect(commit?.message).toBe(
      originSays('cat-file', 'commit', sha).split('\n\n').slice(1).join('\n\n') + '\n'
    )
    expect(commit?.message.startsWith('Ünïcode subject\n\n')).toBe(true)
    expect(commit?.author).toMatchObject({ name: 'Dev Eloper', email: 'dev@example.com' })

    const tagSha = originSays('rev-parse', 'refs/tags/v1.1.0')
    expect(await repo.readTag(tagSha)).toMatchObject({
      object: sha,
      type: 'commit',
      tag: 'v1.1.0',
      message: 'Release 1.1.0\n\n✓ notes\n'
    })
    expect(await repo.readTag(sha)).toBeUndefined()
    expect(await repo.readCommit(tagSha)).toBeUndefined()
  })

  test('many reads at once are answered each with its own object', async () => {
    const shas = [originSays('rev-parse', 'main')]
    for (let i = 1; i <= 6; i++)
      shas.push(sandbox.commit(dev, `commit ${i}`, { [`f${i}`]: `${i}\n`.repeat(i * 2000) }))
    sandbox.push(dev, 'main')
    const trees = originSays('log', '--format=%T', 'main').split('\n').reverse()
    const blobs = shas.slice(1).map((sha, i) => originSays('rev-parse', `${sha}:f${i + 1}`))
    const names = [...shas, ...trees, ...blobs, '0'.repeat(40), 'not-a-sha']
    expect(await Promise.all(names.map((name) => repo.objectType(name)))).toEqual([
      ...shas.map(() => 'commit'),
      ...trees.map(() => 'tree'),
      ...blobs.map(() => 'blob'),
      undefined,
      undefined
    ])
    const commits = await Promise.all(shas.map((sha) => repo.readCommit(sha)))
    expect(commits.map((commit) => commit?.tree)).toEqual(trees)
    expect(commits.map((commit) => commit?.message)).toEqual([
      'first\n',
      ...shas.slice(1).map((_, i) => `commit ${i + 1}\n`)
    ])
  })

  test('after close a read starts a new reader', async () => {
    const head = originSays('rev-parse', 'main')
    expect(await repo.resolveCommit('main')).toBe(head)
    repo.close()
    expect(await repo.resolveCommit('main')).toBe(head)
  })
})
