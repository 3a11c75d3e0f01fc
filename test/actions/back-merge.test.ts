import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub, seedPullRequest } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'

const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'
const repos: SeedRepo[] = []
const servers: FakeGitHub[] = []
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop()
  while (repos.length) repos.pop()?.sandbox.cleanup()
})

/** The seed after steps 2-14: release-v1.3.0 bumped, merged into main with --no-ff, tagged. */
function released(options: { developEdit?: boolean } = {}): SeedRepo {
  const repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  repos.push(repo)
  const { sandbox, dev } = repo
  sandbox.commit(dev, 'Bump version to 1.3.0', {
    'mypkg/__init__.py':
      '"""The sample application of the release process."""\n\n__version__ = "1.3.0"\n'
  })
  if (options.developEdit) {
    sandbox.git(dev, 'checkout', '--quiet', 'develop')
    sandbox.commit(dev, 'Start 1.4.0 development', {
      'mypkg/__init__.py':
        '"""The sample application of the release process."""\n\n__version__ = "1.4.0.dev0"\n'
    })
    sandbox.push(dev, 'develop')
  }
  sandbox.git(dev, 'checkout', '--quiet', 'main')
  sandbox.git(
    dev,
    'merge',
    '--quiet',
    '--no-ff',
    '-m',
    "Merge branch 'release-v1.3.0'",
    'release-v1.3.0'
  )
  sandbox.tag(dev, 'v1.3.0')
  sandbox.push(dev, 'main', 'release-v1.3.0', 'v1.3.0')
  return repo
}

async function serve(repo: SeedRepo): Promise<FakeGitHub> {
  const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  servers.push(github)
  return github
}

/** Runs back-merge in a shallow checkout of main, as a job after the release would. */
async function backMerge(
  repo: SeedRepo,
  inputs: InvokeOptions['inputs'] = {},
  extra: Partial<InvokeOptions> & { prepare?: (workspace: string) => void } = {}
) {
  const workspace = repo.sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, 'main')
  extra.prepare?.(workspace)
  const run = await invokeAction({
    action: 'back-merge',
    workspace,
    ref: 'refs/heads/main',
    sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
    inputs,
    ...extra
  })
  return { ...run, workspace }
}

const parents = (repo: SeedRepo, ref: string) =>
  repo.sandbox.git(repo.sandbox.origin, 'log', '-1', '--format=%P', ref).split(' ')

describe('back-merge', () => {
  test('merges main into develop with a merge commit from a shallow checkout; a rerun is unchanged', async () => {
    const repo = released()
    const main = repo.sandbox.remoteSha('refs/heads/main')
    const develop = repo.sandbox.remoteSha('refs/heads/develop')
    const run = await backMerge(repo)
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    const head = repo.sandbox.remoteSha('refs/heads/develop')
    expect(run.outputs).toMatchObject({ result: 'merged', sha: head, 'pull-request-url': '' })
    expect(JSON.parse(run.outputs.targets)).toEqual([
      { target: 'develop', result: 'merged', sha: head, conflicts: [], pullRequestUrl: '' }
    ])
    expect(parents(repo, 'develop')).toEqual([develop, main])
    expect(repo.sandbox.log('develop', 1)).toEqual(['Merge main into develop after 1.3.0'])
    expect(
      repo.sandbox.git(repo.sandbox.origin, 'log', '-1', '--format=%an <%ae>', 'develop')
    ).toBe(BOT)
    expect(repo.sandbox.show('develop', 'mypkg/__init__.py')).toContain('__version__ = "1.3.0"')
    expect(repo.sandbox.show('develop', 'mypkg/w.py')).toContain('fixed')
    // The job's checkout is left as it was.
    expect(repo.sandbox.git(run.workspace, 'rev-parse', 'HEAD')).toBe(main)
    expect(repo.sandbox.git(run.workspace, 'status', '--porcelain')).toBe('')
    expect(run.summary).toContain('| develop | merged |')

    const rerun = await backMerge(repo)
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs).toMatchObject({ result: 'unchanged', sha: head })
    expect(repo.sandbox.remoteSha('refs/heads/develop')).toBe(head)
  })

  test('a commit that lands on develop during the push is kept: the merge is redone on top', async () => {
    const repo = released()
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', 'develop')
    const other = repo.sandbox.commit(repo.dev, 'Feature: Z2 (JIRA-1250)', {
      'mypkg/z2.py': 'z = 2\n'
    })
    const run = await backMerge(
      repo,
      {},
      {
        // A teammate's push lands between our fetch and our push (the first push only).
        prepare: (workspace) => {
          const hook = join(workspace, '.git', 'hooks', 'pre-push')
          writeFileSync(
            hook,
            `#!/bin/sh\nrm -f "$0"\nunset GIT_DIR\ngit -C '${repo.dev}' push -q origin develop\n`
          )
          chmodSync(hook, 0o755)
        }
      }
    )
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('merged')
    expect(parents(repo, 'develop')).toEqual([other, repo.sandbox.remoteSha('refs/heads/main')])
    expect(run.stdout).toMatch(/develop moved while we merged/)
  })

  test('conflicting edits: a pull request from back-merge/1.3.0, labelled, listing the files; reused on rerun', async () => {
    const repo = released({ developEdit: true })
    const github = await serve(repo)
    const develop = repo.sandbox.remoteSha('refs/heads/develop')
    const run = await backMerge(repo, {}, { apiUrl: github.url })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      result: 'pull-request',
      sha: '',
      'pull-request-url': 'https://github.com/acme/app/pull/1'
    })
    expect(JSON.parse(run.outputs.targets)[0].conflicts).toEqual(['mypkg/__init__.py'])
    expect(repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
    expect(repo.sandbox.remoteSha('refs/heads/back-merge/1.3.0')).toBe(
      repo.sandbox.remoteSha('refs/heads/main')
    )
    const pull = github.state.pulls[0]
    expect(pull).toMatchObject({ title: 'Merge main into develop after 1.3.0', state: 'open' })
    expect(pull.head.ref).toBe('back-merge/1.3.0')
    expect(pull.base.ref).toBe('develop')
    expect(pull.body).toContain('- `mypkg/__init__.py`')
    expect(pull.labels.map((l) => (l as { name: string }).name)).toEqual(['back-merge'])
    expect(run.summary).toContain('`mypkg/__init__.py`')
    expect(
      run.annotations.some((a) => a.level === 'warning' && a.message.includes('mypkg/__init__.py'))
    ).toBe(true)

    const rerun = await backMerge(repo, {}, { apiUrl: github.url })
    expect(rerun.errors).toBe('')
    expect(rerun.outputs['pull-request-url']).toBe('https://github.com/acme/app/pull/1')
    expect(github.state.pulls).toHaveLength(1)

    const failing = await backMerge(repo, { 'on-conflict': 'fail' }, { apiUrl: github.url })
    expect(failing.exitCode).not.toBe(0)
    expect(failing.errors).toMatch(
      /Cannot merge main into develop: .*conflict in mypkg\/__init__\.py/
    )
    expect(repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
  })

  test('a protected develop (pre-receive refuses) gets a pull request instead, nothing forced', async () => {
    const repo = released()
    const github = await serve(repo)
    const develop = repo.sandbox.remoteSha('refs/heads/develop')
    repo.sandbox.protectBranches('develop')
    const run = await backMerge(repo, {}, { apiUrl: github.url })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('pull-request')
    expect(repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
    expect(github.state.pulls[0].body).toContain('`develop` is protected')
    expect(JSON.parse(run.outputs.targets)[0].conflicts).toEqual([])
  })

  test('dry-run reports the conflict and pushes nothing', async () => {
    const repo = released({ developEdit: true })
    const before = repo.sandbox.remoteBranches().sort()
    const run = await backMerge(repo, { 'dry-run': true })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('dry-run')
    expect(JSON.parse(run.outputs.targets)[0].conflicts).toEqual(['mypkg/__init__.py'])
    expect(repo.sandbox.remoteBranches().sort()).toEqual(before)
  })
})

/**
 * The release arrives on main by `how`, while develop reworked feature X after the cut: a merge
 * commit back-merges cleanly; after a squash or a rebase, main's history lacks the release
 * branch, so a plain merge meets feature X again as a conflict (mypkg/x.py).
 */
async function releasedBy(how: 'merge' | 'squash' | 'rebase') {
  const repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  repos.push(repo)
  const { sandbox, dev } = repo
  sandbox.commit(dev, 'Bump version to 1.3.0', {
    'mypkg/__init__.py':
      '"""The sample application of the release process."""\n\n__version__ = "1.3.0"\n'
  })
  sandbox.push(dev, 'release-v1.3.0')
  const head = sandbox.git(dev, 'rev-parse', 'HEAD')
  sandbox.git(dev, 'checkout', '--quiet', 'develop')
  sandbox.commit(dev, 'Improved feature X (JIRA-1240)', {
    'mypkg/x.py': 'def x():\n    return "x, improved"\n'
  })
  sandbox.push(dev, 'develop')
  sandbox.git(dev, 'checkout', '--quiet', 'main')
  if (how === 'merge') {
    sandbox.git(dev, 'merge', '--quiet', '--no-ff', '-m', "Merge branch 'release-v1.3.0'", head)
  } else if (how === 'squash') {
    sandbox.git(dev, 'merge', '--quiet', '--squash', head)
    sandbox.git(dev, 'commit', '--quiet', '-m', 'Release 1.3.0 (#1)')
  } else {
    sandbox.git(dev, 'checkout', '--quiet', '-B', 'rebased', head)
    sandbox.git(dev, 'rebase', '--quiet', '--force-rebase', 'main')
    sandbox.git(dev, 'checkout', '--quiet', 'main')
    sandbox.git(dev, 'merge', '--quiet', '--ff-only', 'rebased')
  }
  sandbox.tag(dev, 'v1.3.0')
  sandbox.push(dev, 'main', 'v1.3.0')
  const github = await serve(repo)
  if (how !== 'merge') {
    // GitHub deletes the merged branch but keeps the pull request's head ref.
    sandbox.git(dev, 'push', '--quiet', 'origin', `${head}:refs/pull/1/head`, ':release-v1.3.0')
    seedPullRequest(github, {
      title: 'Release 1.3.0',
      head: 'release-v1.3.0',
      headSha: head,
      mergeCommitSha: sandbox.git(dev, 'rev-parse', 'main')
    })
  }
  return { repo, github, head }
}

describe('back-merge after a release that was not merged with a merge commit', () => {
  test.each(['squash', 'rebase'] as const)(
    '%s: no false conflict on what develop already has; main becomes an ancestor of develop',
    async (how) => {
      const { repo, github, head } = await releasedBy(how)
      const develop = repo.sandbox.remoteSha('refs/heads/develop')!
      const main = repo.sandbox.remoteSha('refs/heads/main')!
      expect(() => repo.sandbox.git(repo.dev, 'merge-base', '--is-ancestor', head, main)).toThrow()
      // What a plain merge would do: conflict on the feature develop reworked.
      const plain = spawnSync(
        'git',
        ['merge-tree', '--write-tree', '--name-only', '--no-messages', develop, main],
        { cwd: repo.dev, encoding: 'utf8' }
      )
      expect(plain.stdout.trim().split('\n').slice(1)).toEqual(['mypkg/x.py'])

      const run = await backMerge(repo, {}, { apiUrl: github.url })
      expect(run.errors).toBe('')
      expect(run.outputs).toMatchObject({ result: 'merged', ancestry: 'yes' })
      expect(parents(repo, 'develop')).toEqual([develop, main])
      expect(repo.sandbox.show('develop', 'mypkg/x.py')).toBe(
        'def x():\n    return "x, improved"\n'
      )
      expect(repo.sandbox.show('develop', 'mypkg/__init__.py')).toContain('__version__ = "1.3.0"')
      expect(run.summary).toContain('squashed or rebased')
      expect(run.summary).toContain('`mypkg/x.py`')

      const rerun = await backMerge(repo, {}, { apiUrl: github.url })
      expect(rerun.outputs).toMatchObject({ result: 'unchanged', ancestry: 'yes' })
    }
  )

  test('squash with commit-via api: the files merged on the release base go in a local merge commit, pushed with git, with a warning', async () => {
    const { repo, github } = await releasedBy('squash')
    const develop = repo.sandbox.remoteSha('refs/heads/develop')!
    const main = repo.sandbox.remoteSha('refs/heads/main')!
    const run = await backMerge(
      repo,
      { 'commit-via': 'api' },
      { apiUrl: github.url, repository: 'acme/app' }
    )
    expect(run.errors).toBe('')
    expect(run.outputs).toMatchObject({ result: 'merged', ancestry: 'yes' })
    expect(parents(repo, 'develop')).toEqual([develop, main])
    expect(repo.sandbox.show('develop', 'mypkg/x.py')).toBe('def x():\n    return "x, improved"\n')
    // GitHub's merges API would meet the false conflict: it is not asked.
    expect(github.requestsTo('POST', /\/merges$/)).toHaveLength(0)
    expect(
      run.annotations
        .filter((a) => a.level === 'warning')
        .map((a) => a.message)
        .join('\n')
    ).toMatch(/mypkg\/x\.py .*pushed with git, not made through the API/)
  })

  test('a merge commit needs no such help; a real conflict still opens a pull request, ancestry pending', async () => {
    const merged = await releasedBy('merge')
    const run = await backMerge(merged.repo, {}, { apiUrl: merged.github.url })
    expect(run.errors).toBe('')
    expect(run.outputs).toMatchObject({ result: 'merged', ancestry: 'yes' })
    expect(run.summary).not.toContain('squashed or rebased')
    expect(merged.github.requestsTo('GET', /\/commits\/.*\/pulls$/)).toHaveLength(0)

    const repo = released({ developEdit: true })
    const github = await serve(repo)
    const conflicted = await backMerge(repo, {}, { apiUrl: github.url })
    expect(conflicted.outputs).toMatchObject({ result: 'pull-request', ancestry: 'pending' })
    expect(conflicted.summary).toContain(
      'pending (once the pull request is merged with a merge commit)'
    )
  })
})

describe('back-merge refuses bad input, pushing nothing', () => {
  let repo: SeedRepo
  beforeAll(() => {
    repo = released()
    repos.pop() // kept for the whole describe, cleaned up in afterAll
  })
  afterAll(() => repo.sandbox.cleanup())

  test.each([
    [{ target: 'dev' }, /Input 'target' is 'dev', a branch that does not exist on origin/],
    [{ source: 'master' }, /Input 'source' is 'master', a branch that does not exist on origin/],
    // A 10 kB value is cut in the message, not echoed back whole.
    [
      { source: '1'.repeat(10_000) },
      /^Input 'source' is '1{80}…' \(10000 characters\), which is not a valid branch name: a part of it is longer than the 255 bytes/
    ],
    [{ target: 'main' }, /'source' and 'target' are both main/],
    [{ 'on-conflict': 'merge' }, /Input 'on-conflict' must be one of 'pull-request', 'fail'/]
  ])('%j', async (inputs, message) => {
    const develop = repo.sandbox.remoteSha('refs/heads/develop')
    const run = await backMerge(repo, inputs)
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(message)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(repo.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
  })
})
