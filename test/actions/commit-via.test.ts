/**
 * commit-via: the commits of bump-version and update-changelog made through GitHub's API
 * (createCommitOnBranch) are Verified and hold exactly the tree the git path pushes.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub, addRuleset, enforceSignedPushes } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'
import { createReleasedRepo } from '../kit/released-project.js'

const BRANCH = 'release-v1.3.0'
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

async function world(): Promise<{ repo: SeedRepo; github: FakeGitHub }> {
  const repo = createSeedRepo({ releaseBranch: BRANCH })
  cleanups.push(() => repo.sandbox.cleanup())
  const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  cleanups.push(() => github.stop())
  return { repo, github }
}

/** One job: a fresh checkout of the branch; the steps share it. */
function job(repo: SeedRepo) {
  const workspace = repo.sandbox.checkout(`job-${Math.random().toString(36).slice(2)}`, BRANCH)
  const sha = repo.sandbox.git(workspace, 'rev-parse', 'HEAD')
  return { workspace, sha }
}

async function step(
  github: FakeGitHub,
  action: string,
  j: { workspace: string; sha: string },
  inputs: InvokeOptions['inputs'] = {},
  extra: Partial<InvokeOptions> = {}
) {
  return invokeAction({
    action,
    workspace: j.workspace,
    ref: `refs/heads/${BRANCH}`,
    sha: j.sha,
    apiUrl: github.url,
    repository: 'acme/app',
    inputs,
    ...extra
  })
}

const tree = (repo: SeedRepo, rev: string) =>
  repo.sandbox.git(repo.sandbox.origin, 'rev-parse', `${rev}^{tree}`)

/** Runs the prepare job's two committing steps; returns each step's outputs. */
async function prepare(repo: SeedRepo, github: FakeGitHub, via: string) {
  const j = job(repo)
  const bump = await step(github, 'bump-version', j, { 'commit-via': via })
  expect(bump.errors).toBe('')
  const afterBump = repo.sandbox.remoteSha(`refs/heads/${BRANCH}`)!
  const changelog = await step(github, 'update-changelog', j, {
    'commit-via': via,
    date: '2026-12-03'
  })
  expect(changelog.errors).toBe('')
  return { j, bump, changelog, afterBump }
}

describe('commit-via: api', () => {
  test('bump-version and update-changelog commit through the API: Verified, same trees and outputs as git, checkout on the new commit', async () => {
    const viaGit = await world()
    const viaApi = await world()
    const git = await prepare(viaGit.repo, viaGit.github, 'git')
    const api = await prepare(viaApi.repo, viaApi.github, 'api')
    const { repo, github } = viaApi
    const head = repo.sandbox.remoteSha(`refs/heads/${BRANCH}`)!
    // Byte-for-byte the same content after each step.
    expect(tree(repo, api.afterBump)).toBe(tree(viaGit.repo, git.afterBump))
    expect(tree(repo, head)).toBe(tree(viaGit.repo, `refs/heads/${BRANCH}`))
    // Same outputs, the commit sha being GitHub's commit.
    expect({ ...api.bump.outputs, 'commit-sha': '' }).toEqual({
      ...git.bump.outputs,
      'commit-sha': ''
    })
    expect(api.bump.outputs['commit-sha']).toBe(api.afterBump)
    expect(api.changelog.outputs.result).toBe('updated')
    expect(api.changelog.outputs['release-notes']).toBe(git.changelog.outputs['release-notes'])
    // Both commits were made by GitHub, signed, one on the other, with our messages.
    expect(github.requestsTo('POST', '/graphql')).toHaveLength(2)
    expect(github.state.verifiedCommits.has(api.afterBump)).toBe(true)
    expect(github.state.verifiedCommits.has(head)).toBe(true)
    expect(repo.sandbox.log(`refs/heads/${BRANCH}`, 2)).toEqual([
      'Update CHANGELOG for 1.3.0',
      'Bump version to 1.3.0'
    ])
    expect(repo.sandbox.git(repo.sandbox.origin, 'rev-parse', `${head}~1`)).toBe(api.afterBump)
    expect(repo.sandbox.git(repo.sandbox.origin, 'log', '-1', '--format=%an|%cn', head)).toBe(
      'github-actions[bot]|GitHub'
    )
    // The job's checkout stands on GitHub's commit, with nothing left over.
    expect(repo.sandbox.git(api.j.workspace, 'rev-parse', 'HEAD')).toBe(head)
    expect(repo.sandbox.git(api.j.workspace, 'status', '--porcelain')).toBe('')
  })

  test('a commit that landed meanwhile is kept: the change is replayed on top and committed again (no force), same tree as git', async () => {
    const results: string[] = []
    for (const via of ['git', 'api']) {
      const { repo, github } = await world()
      const j = job(repo)
      // Someone pushes to the release branch after the job checked it out.
      repo.sandbox.git(repo.dev, 'checkout', '--quiet', BRANCH)
      const theirs = repo.sandbox.commit(repo.dev, 'Fix: Typo in the README', {
        'README.md': '# Sample\n\nFixed.\n'
      })
      repo.sandbox.push(repo.dev, BRANCH)
      const run = await step(github, 'bump-version', j, { 'commit-via': via })
      expect(run.errors).toBe('')
      const head = repo.sandbox.remoteSha(`refs/heads/${BRANCH}`)!
      expect(repo.sandbox.git(repo.sandbox.origin, 'rev-parse', `${head}~1`)).toBe(theirs)
      expect(run.outputs['commit-sha']).toBe(head)
      expect(run.stdout).toContain('lost a race')
      if (via === 'api') {
        const staleAnswers = github
          .requestsTo('POST', '/graphql')
          .map(
            (r) =>
              (r.body as { variables: { input: { expectedHeadOid: string } } }).variables.input
                .expectedHeadOid
          )
        expect(staleAnswers).toEqual([j.sha, theirs])
        expect(github.state.verifiedCommits.has(head)).toBe(true)
      }
      results.push(tree(repo, head))
    }
    expect(results[1]).toBe(results[0])
  })

  test('auto commits through the API on a branch that requires signatures, where git is refused; with git on one that does not', async () => {
    const { repo, github } = await world()
    enforceSignedPushes(github)
    addRuleset(github, {
      name: 'signed',
      include: ['refs/heads/release-*'],
      rules: ['required_signatures']
    })
    const refused = await step(github, 'bump-version', job(repo), { 'commit-via': 'git' })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toMatch(
      /refused the push to release-v1\.3\.0[\s\S]*Commits must have verified signatures/
    )
    expect(refused.errors).toContain("Set 'commit-via: api' (or 'auto')")
    const before = repo.sandbox.remoteSha(`refs/heads/${BRANCH}`)
    const auto = await step(github, 'bump-version', job(repo), { 'commit-via': 'auto' })
    expect(auto.errors).toBe('')
    expect(auto.stdout).toContain('requires signed commits: committing through the API')
    const head = repo.sandbox.remoteSha(`refs/heads/${BRANCH}`)!
    expect(repo.sandbox.git(repo.sandbox.origin, 'rev-parse', `${head}~1`)).toBe(before)
    expect(github.state.verifiedCommits.has(head)).toBe(true)

    const plain = await world()
    const run = await step(plain.github, 'bump-version', job(plain.repo), { 'commit-via': 'auto' })
    expect(run.errors).toBe('')
    expect(run.stdout).toContain('does not require signed commits: committing with git')
    expect(plain.github.requestsTo('POST', '/graphql')).toHaveLength(0)
  })

  test('a token that may not write gets one clear error and nothing is committed; a bad commit-via value is refused', async () => {
    const { repo, github } = await world()
    github.addToken('read-only', { kind: 'github-token', permissions: { contents: 'read' } })
    const before = repo.sandbox.remoteSha(`refs/heads/${BRANCH}`)
    const run = await step(
      github,
      'bump-version',
      job(repo),
      { 'commit-via': 'api' },
      { token: 'read-only' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain(
      "may not commit to release-v1.3.0 through the API (the job needs 'contents: write')"
    )
    expect(repo.sandbox.remoteSha(`refs/heads/${BRANCH}`)).toBe(before)
    const bad = await step(github, 'update-changelog', job(repo), { 'commit-via': 'ssh' })
    expect(bad.exitCode).toBe(1)
    expect(bad.errors).toContain(
      "Input 'commit-via' must be one of 'git', 'api', 'auto', not 'ssh'."
    )
  })
})

describe('back-merge with commit-via', () => {
  async function releasedWorld() {
    const repo = createReleasedRepo()
    cleanups.push(() => repo.sandbox.cleanup())
    // develop moved on meanwhile, so the merge has two real sides.
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', 'develop')
    repo.sandbox.commit(repo.dev, 'Feature: Export orders (JIRA-1300)', {
      'mypkg/export.py': 'def export(orders):\n    return list(orders)\n'
    })
    repo.sandbox.push(repo.dev, 'develop')
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    cleanups.push(() => github.stop())
    return { repo, github }
  }

  async function backMerge(repo: SeedRepo, github: FakeGitHub, via: string) {
    const workspace = repo.sandbox.checkout(`bm-${Math.random().toString(36).slice(2)}`, 'main')
    return invokeAction({
      action: 'back-merge',
      workspace,
      ref: 'refs/heads/main',
      sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
      apiUrl: github.url,
      repository: 'acme/app',
      inputs: { 'commit-via': via, version: '1.3.0' }
    })
  }

  test('api: GitHub makes the merge commit (Verified) with the same tree, parents and outputs as the git merge', async () => {
    const viaGit = await releasedWorld()
    const viaApi = await releasedWorld()
    const git = await backMerge(viaGit.repo, viaGit.github, 'git')
    const api = await backMerge(viaApi.repo, viaApi.github, 'api')
    expect(api.errors).toBe('')
    const { repo, github } = viaApi
    const head = repo.sandbox.remoteSha('refs/heads/develop')!
    expect(api.outputs.result).toBe('merged')
    expect(api.outputs.sha).toBe(head)
    expect(github.requestsTo('POST', '/repos/acme/app/merges')).toHaveLength(1)
    expect(github.state.verifiedCommits.has(head)).toBe(true)
    expect(tree(repo, head)).toBe(tree(viaGit.repo, 'refs/heads/develop'))
    expect(repo.sandbox.git(repo.sandbox.origin, 'log', '-1', '--format=%P|%s', head)).toBe(
      `${repo.sandbox.remoteSha('refs/heads/develop~1') ?? ''} ${repo.sandbox.remoteSha('refs/heads/main')}|${viaGit.repo.sandbox.log('refs/heads/develop', 1)[0]}`
    )
    expect({ ...api.outputs, sha: '', targets: '' }).toEqual({
      ...git.outputs,
      sha: '',
      targets: ''
    })
    // A rerun finds the merge done.
    const rerun = await backMerge(repo, github, 'api')
    expect(rerun.outputs.result).toBe('unchanged')
  })

  test('auto merges through the API into a target that requires signatures', async () => {
    const { repo, github } = await releasedWorld()
    enforceSignedPushes(github)
    addRuleset(github, {
      name: 'signed',
      include: ['refs/heads/develop'],
      rules: ['required_signatures']
    })
    const run = await backMerge(repo, github, 'auto')
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('merged')
    expect(github.state.verifiedCommits.has(repo.sandbox.remoteSha('refs/heads/develop')!)).toBe(
      true
    )
  })
})
