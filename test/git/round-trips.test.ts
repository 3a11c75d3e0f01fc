/**
 * Round trips to origin, counted by a git that logs its calls (real git underneath): one
 * ls-remote for every ref a stage needs, a fetch only of what the clone lacks, one push. On a
 * depth-1 checkout the first step fetches twice: main and the tags, then the checked-out branch
 * deeper (git does not deepen a tip the clone has in a fetch that also brings new refs).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { countGit, type GitCounter } from '../kit/git-counter.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'

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
  test('bump-version on a depth-1 checkout: one ls-remote, two fetches, one push', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.checkout('ws-bump', 'release-v1.3.0')
    const run = await step('bump-version', ws, 'release-v1.3.0')
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    expect(repo.sandbox.show('release-v1.3.0', 'setup.py')).toContain('version="1.3.0"')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 2, push: 1 })
    expect(run.stdout).toContain(trips(1, 2, 1))
    const [listing] = counter.calls().filter(([c]) => c === 'ls-remote')
    expect(listing).toEqual(expect.arrayContaining(['refs/heads/release-v1.3.0', 'refs/tags/v*']))
  })

  test('update-changelog on a depth-1 checkout: one ls-remote, two fetches, one push', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.checkout('ws-changelog', 'release-v1.3.0')
    const run = await step('update-changelog', ws, 'release-v1.3.0', { date: '2026-11-23' })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    expect(repo.sandbox.show('release-v1.3.0', 'CHANGELOG.md')).toContain('## [1.3.0] - 2026-11-23')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 2, push: 1 })
    expect(run.stdout).toContain(trips(1, 2, 1))
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

  test('a full clone that has every ref: update-changelog dry-run lists once and fetches nothing', async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const ws = repo.sandbox.clone('ws-full', 'release-v1.3.0')
    const run = await step('update-changelog', ws, 'release-v1.3.0', { 'dry-run': 'true' })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('dry-run')
    expect(run.outputs['release-notes']).toContain('New feature X')
    expect(counter.origin()).toEqual({ 'ls-remote': 1, fetch: 0, push: 0 })
    expect(run.stdout).toContain(trips(1, 0, 0))
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
