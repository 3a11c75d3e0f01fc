/**
 * back-merge's use-case in this process: a released project (real git: bare origin, a clone
 * of main) and the loopback GitHub for the pull request a conflict opens.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../../test/kit/github/index.js'
import { createReleasedRepo } from '../../test/kit/released-project.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { RecordingLogger } from '../base/logger.js'
import { Git } from '../git/git.js'
import { createGitHubClient } from '../github/client.js'
import { upsertPull } from '../github/pulls.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import { backMerge, type BackMergeRequest } from './back-merge.js'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

async function released(prepare?: (repo: ReturnType<typeof createReleasedRepo>) => void) {
  const repo = createReleasedRepo()
  cleanups.push(() => repo.sandbox.cleanup())
  prepare?.(repo)
  const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  cleanups.push(() => github.stop())
  const log = new RecordingLogger()
  const client = await createGitHubClient({ token: 'test-token', apiUrl: github.url, log })
  const workspace = repo.sandbox.clone('ws', 'main')
  const git = new Git(workspace, { log, identity: TEST_IDENTITY })
  const openPull = (spec: Parameters<typeof upsertPull>[2]) =>
    upsertPull(client, { owner: 'acme', repo: 'app' }, spec)
  return { repo, github, git, openPull, log }
}

function request(scratch: string, overrides: Partial<BackMergeRequest> = {}): BackMergeRequest {
  return {
    source: 'main',
    target: 'develop',
    message: 'Merge {source} into {target} after {version}',
    onConflict: 'pull-request',
    releaseBranches: true,
    patterns: parseBranchPatterns(),
    tagPrefix: 'v',
    pullRequestBranch: 'back-merge/{version}',
    labels: ['back-merge'],
    dryRun: false,
    scratch,
    ...overrides
  }
}

describe('backMerge', () => {
  test('merges main into develop with a merge commit and pushes it; a rerun is unchanged', async () => {
    const { repo, git, openPull } = await released()
    const before = repo.sandbox.remoteSha('refs/heads/develop')
    const report = await backMerge(git, request(repo.sandbox.root), openPull)
    expect(report).toMatchObject({ result: 'merged', version: '1.3.0', source: 'main' })
    expect(report.targets[0]).toMatchObject({
      target: 'develop',
      result: 'merged',
      ancestry: 'yes'
    })
    const develop = repo.sandbox.remoteSha('refs/heads/develop')
    expect(develop).toBe(report.targets[0].sha)
    expect(repo.sandbox.log('develop', 1)).toEqual(['Merge main into develop after 1.3.0'])
    // A merge commit: develop's old head and main are its parents, nothing rewritten.
    expect(
      repo.sandbox.git(repo.sandbox.origin, 'rev-list', '--parents', '-n', '1', 'develop')
    ).toBe(`${develop} ${before} ${repo.mainSha}`)
    expect(repo.sandbox.show('develop', 'CHANGELOG.md')).toContain('## [1.3.0] - 2026-10-02')

    const again = await backMerge(git, request(repo.sandbox.root), openPull)
    expect(again.result).toBe('unchanged')
    expect(repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
  })

  test('a dry run says it would merge and moves nothing', async () => {
    const { repo, git, openPull } = await released()
    const before = repo.sandbox.remoteSha('refs/heads/develop')
    const report = await backMerge(git, request(repo.sandbox.root, { dryRun: true }), openPull)
    expect(report.result).toBe('dry-run')
    expect(repo.sandbox.remoteSha('refs/heads/develop')).toBe(before)
  })

  test('a conflict opens a pull request from back-merge/1.3.0; develop does not move', async () => {
    const { repo, git, openPull, github } = await released(({ sandbox, dev }) => {
      sandbox.git(dev, 'checkout', '--quiet', 'develop')
      // The release added session.py with a 30 s timeout; develop wrote its own meanwhile.
      sandbox.commit(dev, 'Sessions last an hour (JIRA-1300)', {
        'mypkg/session.py': 'TIMEOUT = 3600\n'
      })
      sandbox.push(dev, 'develop')
    })
    const before = repo.sandbox.remoteSha('refs/heads/develop')
    const report = await backMerge(git, request(repo.sandbox.root), openPull)
    expect(report.result).toBe('pull-request')
    expect(report.targets[0]).toMatchObject({
      result: 'pull-request',
      reason: 'conflict',
      conflicts: ['mypkg/session.py'],
      ancestry: 'pending'
    })
    expect(repo.sandbox.remoteSha('refs/heads/develop')).toBe(before)
    expect(github.state.pulls).toHaveLength(1)
    expect(github.state.pulls[0].head.ref).toBe('back-merge/1.3.0')
    expect(github.state.pulls[0].base.ref).toBe('develop')
    expect(report.targets[0].pullRequestUrl).toBe(github.state.pulls[0].html_url)
  })
})
