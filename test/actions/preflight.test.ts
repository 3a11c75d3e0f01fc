import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub, addRuleset, protectBranch, type TokenGrant } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'

/** What `${{ github.token }}` is in these runs: a GITHUB_TOKEN with the usual write grants. */
const WORKFLOW_TOKEN = 'ghs_workflowtoken0000000000000000000000'
const WORKFLOW_GRANT: TokenGrant = {
  kind: 'github-token',
  permissions: {
    contents: 'write',
    pull_requests: 'write',
    issues: 'write',
    deployments: 'write',
    metadata: 'read'
  }
}

interface Check {
  check: string
  status: 'pass' | 'warn' | 'fail'
  detail: string
}

interface World {
  repo: SeedRepo
  github: FakeGitHub
}

async function world(): Promise<World> {
  const repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  github.addToken(WORKFLOW_TOKEN, WORKFLOW_GRANT)
  return { repo, github }
}

async function dispose(w: World | undefined): Promise<void> {
  await w?.github.stop()
  w?.repo.sandbox.cleanup()
}

/** Runs preflight in an actions/checkout-style clone of `branch` (release-v1.3.0 by default). */
async function preflight(
  w: World,
  inputs: InvokeOptions['inputs'] = {},
  options: { branch?: string; depth?: number; action?: string } = {}
) {
  const branch = options.branch ?? 'release-v1.3.0'
  const workspace = w.repo.sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, branch, {
    depth: options.depth
  })
  const run = await invokeAction({
    action: options.action ?? 'preflight',
    workspace,
    ref: `refs/heads/${branch}`,
    sha: w.repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: w.github.url,
    token: WORKFLOW_TOKEN,
    inputs
  })
  const checks = JSON.parse(run.outputs.checks ?? '[]') as Check[]
  const find = (name: string) => checks.find((c) => c.check === name)
  const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
  return { ...run, checks, find, warnings, workspace }
}

describe('preflight on a sound release branch (nothing changed between tests)', () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })
  afterAll(() => dispose(w))

  test('the GITHUB_TOKEN: every check reported in one summary, the permissions block to use', async () => {
    const before = w.repo.sandbox.remoteBranches()
    const run = await preflight(w)
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['token-kind']).toBe('github-token')
    expect(run.outputs.result).toBe('success')
    expect(run.checks.map((c) => c.check)).toEqual([
      'token',
      'permission contents: write',
      'permission issues: write',
      'permission pull-requests: write',
      'permission deployments: write',
      'branch main',
      'branch develop',
      'branch release-v1.3.0',
      'release pull request merge method',
      'signing bump-version',
      'signing update-changelog',
      'signing back-merge',
      'tag rulesets',
      'shallow checkout',
      'version files',
      'changelog',
      'release branches'
    ])
    expect(run.find('tag rulesets')).toEqual({
      check: 'tag rulesets',
      status: 'pass',
      detail: 'No active tag ruleset applies to refs/tags/v1.3.0: create-tag may create it.'
    })
    expect(run.find('token')).toMatchObject({ status: 'warn' })
    expect(run.find('token')?.detail).toMatch(
      /GITHUB_TOKEN: pushes and pull requests made with it do not start workflows/
    )
    expect(run.warnings.join('\n')).toMatch(/do not start workflows/)
    expect(run.find('permission contents: write')).toMatchObject({ status: 'pass' })
    expect(run.find('shallow checkout')).toMatchObject({ status: 'pass' })
    expect(run.find('shallow checkout')?.detail).toMatch(/shallow \(fetch-depth: 1\)/)
    expect(run.find('version files')?.detail).toBe(
      'All agree on 1.2.0: setup.py:5, mypkg/__init__.py:3. The latest release is v1.2.0.'
    )
    expect(run.find('changelog')).toMatchObject({ status: 'pass' })
    expect(run.find('release branches')?.detail).toBe('One open: release-v1.3.0.')
    expect(run.outputs['merge-methods']).toBe('["merge","squash","rebase"]')
    expect(run.find('release pull request merge method')).toEqual({
      check: 'release pull request merge method',
      status: 'pass',
      detail:
        'Allowed merge methods: merge commit, squash, rebase; auto-merge not allowed. Merge the release pull request with "Create a merge commit", not squash or rebase (open-release-pr with auto-merge: true does).'
    })
    expect(run.summary).toContain('### ✅ preflight: success')
    expect(run.summary).toContain(
      'Token: **GITHUB_TOKEN** (its pushes and PRs start workflows: no)'
    )
    expect(run.summary).toContain(
      '```yaml\npermissions:\n  contents: write\n  issues: write\n  pull-requests: write\n  deployments: write\n```'
    )
    expect(run.summary).toContain('| develop | no | none | none |')
    expect(run.summary).toMatch(
      /\| contents: write \| start-release, bump-version, update-changelog, create-tag, back-merge \| ✅ held \|/
    )
    // Read-only: nothing was written, through git or the API.
    expect(w.repo.sandbox.remoteBranches()).toEqual(before)
    expect(w.github.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  test("the repository's, the branches' and the tag rules' reads go out at once", async () => {
    // The repository's own answer is late: read after it, no other read could be answered first.
    w.github.fault({ method: 'GET', path: '/repos/acme/app' }, { delayMs: 400 })
    const first = w.github.requests.length
    const run = await preflight(w, { stages: 'create-tag' })
    expect(run.exitCode).toBe(0)
    const reads = w.github.requests.slice(first)
    const repository = reads.find((r) => r.path === '/repos/acme/app')
    const others = reads.filter(
      (r) => /\/(branches|rules\/branches)\/|\/rulesets$/.test(r.path) && r.answered !== undefined
    )
    // main and develop: each its branch and its rules (4 reads), and the tag rulesets list.
    expect(others.filter((r) => r.path.includes('/rules/branches/'))).toHaveLength(2)
    expect(others.filter((r) => /\/branches\/[^/]+$/.test(r.path))).toHaveLength(4)
    expect(others.filter((r) => r.path.endsWith('/rulesets'))).toHaveLength(1)
    for (const read of others) expect(read.answered).toBeLessThan(repository?.answered ?? 0)
  })

  test("through the root action (step: preflight) the GITHUB_TOKEN is recognised: the root gives github-token the runner's default", async () => {
    const run = await preflight(w, { step: 'preflight' }, { action: '.' })
    expect(run.errors).toBe('')
    expect(run.outputs['token-kind']).toBe('github-token')
    expect(run.find('token')?.detail).toMatch(/GITHUB_TOKEN/)
  })

  test.each([
    ['ghs_apptoken00000000000000000000000000', 'app', 'GitHub App installation token'],
    ['ghp_classic000000000000000000000000000', 'classic-pat', 'classic personal access token'],
    [
      'github_pat_11AAAA_fine0000000000000000',
      'fine-grained-pat',
      'fine-grained personal access token'
    ]
  ])('%s is told apart: %s, and its pushes start workflows', async (token, kind, label) => {
    w.github.addToken(token, {
      kind: kind === 'app' ? 'app' : 'pat',
      permissions: WORKFLOW_GRANT.permissions,
      scopes: kind === 'classic-pat' ? ['repo', 'workflow'] : undefined
    })
    const run = await preflight(w, { token })
    expect(run.errors).toBe('')
    expect(run.outputs['token-kind']).toBe(kind)
    expect(run.find('token')).toEqual({
      check: 'token',
      status: 'pass',
      detail: `${label}: pushes and pull requests made with it start workflows.${kind === 'classic-pat' ? ' Scopes: repo, workflow.' : ''}`
    })
    expect(run.summary).not.toContain('permissions:\n')
  })

  test('a token of unknown kind is a warning, not a failure', async () => {
    w.github.addToken('gho_oauth0000000000000000000000000000', WORKFLOW_GRANT)
    const run = await preflight(w, { token: 'gho_oauth0000000000000000000000000000' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['token-kind']).toBe('unknown')
    expect(run.warnings.join('\n')).toMatch(
      /prefix \(gho_\) is not one of ghs_.*its kind is unknown/
    )
    const printed = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect(printed.join('\n')).not.toContain('oauth0000')
  })

  test('a missing permission fails, naming the permission and the stage', async () => {
    w.github.addToken('ghs_readonly000000000000000000000000000', {
      kind: 'app',
      permissions: { contents: 'read', pull_requests: 'write' }
    })
    const run = await preflight(w, {
      token: 'ghs_readonly000000000000000000000000000',
      stages: 'bump-version, open-release-pr'
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    expect(run.errors).toBe(
      "bump-version needs contents: write, which this token does not have: the token's access to the repository is triage. Needed by bump-version (pushes the bump commit)."
    )
    expect(run.find('permission pull-requests: write')?.status).toBe('pass')
    expect(run.summary).toContain('### ❌ preflight: failure')
    expect(run.summary).toContain('| contents: write | bump-version | ❌ missing |')
  })

  test('a classic PAT without the repo scope fails the stages that write', async () => {
    w.github.addToken('ghp_noscope00000000000000000000000000', {
      kind: 'pat',
      permissions: WORKFLOW_GRANT.permissions,
      scopes: ['read:org']
    })
    const run = await preflight(w, {
      token: 'ghp_noscope00000000000000000000000000',
      stages: 'close-milestone'
    })
    expect(run.outputs.result).toBe('failure')
    expect(run.errors).toMatch(
      /^close-milestone needs issues: write, which this token does not have: the classic PAT lacks the repo \(or public_repo\) scope \(its scopes: read:org\)/
    )
  })

  test('stages that need nothing of the token, from a full clone', async () => {
    const run = await preflight(w, { stages: 'run-integration\nnotify' }, { depth: 0 })
    expect(run.errors).toBe('')
    expect(run.find('token')?.status).toBe('pass')
    expect(run.checks.filter((c) => c.check.startsWith('permission'))).toEqual([])
    expect(run.find('shallow checkout')?.detail).toBe('The checkout has full history.')
  })

  test('an unknown stage is one configuration error listing the stages', async () => {
    const run = await preflight(w, { stages: 'bump-version,tag' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toBe(
      "Input 'stages' names 'tag', which is not a stage. Valid stages: start-release, bump-version, update-changelog, open-release-pr, create-tag, deploy, run-integration, monitor, back-merge, close-milestone, notify (or all)."
    )
  })
})

describe('preflight on protected branches', () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })
  afterAll(() => dispose(w))
  afterEach(() => {
    w.github.state.branchProtection.clear()
    w.github.state.rulesets.length = 0
  })

  test('a protected develop: back-merge will open a PR; a ruleset on release branches refuses the bump', async () => {
    protectBranch(w.github, 'develop', { requiredReviews: 1, requiredStatusChecks: ['ci'] })
    protectBranch(w.github, 'main', { requiredReviews: 2 })
    addRuleset(w.github, {
      name: 'releases',
      include: ['refs/heads/release-*'],
      rules: ['pull_request', 'non_fast_forward']
    })
    const token = 'ghs_admin_read0000000000000000000000000'
    w.github.addToken(token, {
      kind: 'app',
      permissions: { ...WORKFLOW_GRANT.permissions, administration: 'read' }
    })
    const run = await preflight(w, { token })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    expect(run.find('branch develop')).toEqual({
      check: 'branch develop',
      status: 'warn',
      detail:
        'back-merge cannot push to develop: a pull request is required (1 approving review); status checks must pass first (ci). back-merge will open a pull request main → develop instead (on-conflict: pull-request); with on-conflict: fail it fails.'
    })
    expect(run.find('branch release-v1.3.0')?.status).toBe('warn')
    expect(run.find('branch release-v1.3.0')?.detail).toMatch(
      /^bump-version, update-changelog cannot push to release-v1\.3\.0: a pull request is required \(ruleset\)\./
    )
    expect(run.find('branch main')).toMatchObject({ status: 'pass' })
    expect(run.find('branch main')?.detail).toMatch(
      /^classic protection: a pull request is required \(2 approving reviews\)\. Nothing pushes to main directly/
    )
    expect(run.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^back-merge cannot push to develop/)])
    )
    expect(run.summary).toContain(
      '| develop | yes | a pull request is required (1 approving review); status checks must pass first (ci) | none |'
    )
    expect(run.summary).toContain(
      '| release-v1.3.0 | yes | none | pull_request, non_fast_forward |'
    )
  })

  test("merge commits not allowed (settings, linear history, a ruleset's merge methods): a warning each; unreadable settings are said", async () => {
    const settings = w.github.state.repository
    settings.allow_merge_commit = false
    try {
      const run = await preflight(w)
      expect(run.outputs.result).toBe('success')
      expect(run.outputs['merge-methods']).toBe('["squash","rebase"]')
      const found = run.find('release pull request merge method')
      expect(found?.status).toBe('warn')
      expect(found?.detail).toContain(
        'Allowed merge methods: squash, rebase; auto-merge not allowed. The release pull request must be merged into main with a merge commit (step 12), but the repository does not allow merge commits'
      )
      expect(found?.detail).toContain('create-tag refuses it (allow-squash: true accepts it)')
      expect(run.warnings.join('\n')).toContain('the repository does not allow merge commits')
    } finally {
      settings.allow_merge_commit = true
    }

    addRuleset(w.github, {
      name: 'main',
      include: ['~DEFAULT_BRANCH'],
      rules: [
        'required_linear_history',
        {
          type: 'pull_request',
          parameters: {
            dismiss_stale_reviews_on_push: false,
            require_code_owner_review: false,
            require_last_push_approval: false,
            required_approving_review_count: 1,
            required_review_thread_resolution: false,
            allowed_merge_methods: ['squash', 'rebase']
          }
        }
      ]
    })
    const ruled = await preflight(w)
    expect(ruled.find('release pull request merge method')?.detail).toContain(
      'but main requires a linear history; a ruleset allows only squash, rebase into main.'
    )

    const reader = 'ghs_reader00000000000000000000000000000'
    w.github.addToken(reader, {
      kind: 'github-token',
      permissions: { contents: 'read', metadata: 'read' }
    })
    const unread = await preflight(w, { token: reader, stages: 'open-release-pr' })
    expect(unread.outputs['merge-methods']).toBe('')
    expect(unread.find('release pull request merge method')?.detail).toMatch(
      /^The allowed merge methods cannot be read with this token \(GitHub shows them to tokens that can push\)\. The release pull request must be merged/
    )
  })

  test('protection that this token cannot read is a warning, not a failure', async () => {
    protectBranch(w.github, 'develop', { requiredReviews: 1 })
    const run = await preflight(w, { stages: 'back-merge' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('success')
    expect(run.find('branch develop')?.status).toBe('warn')
    expect(run.find('branch develop')?.detail).toMatch(
      /^cannot read protection with this token \(403 Resource not accessible by integration; reading it needs administration: read\); develop is protected, so back-merge may be refused\. back-merge will open a pull request/
    )
    expect(run.summary).toContain(
      '| develop | yes | cannot read protection with this token | none |'
    )
  })

  test('a secondary rate limit (403) that outlasts the retries is said as such, not as a missing permission', async () => {
    protectBranch(w.github, 'develop', { requiredReviews: 1 })
    const secondary = {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
    }
    w.github.fault(
      { method: 'GET', path: '/repos/acme/app/branches/develop/protection' },
      { status: 403, headers: { 'retry-after': '0' }, body: secondary, times: 20 }
    )
    try {
      const run = await preflight(w, { stages: 'back-merge' })
      expect(run.exitCode).toBe(1)
      expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
      expect(run.errors).toContain("GitHub's secondary rate limit stopped checking the repository")
      expect(run.errors).toContain('GET /repos/acme/app/branches/develop/protection')
      expect(run.errors).toContain('this is not a missing permission')
      expect(run.errors).not.toMatch(/administration|unexpectedly/)
    } finally {
      w.github.clearFaults()
    }
  })
})

describe('preflight on the files of the checkout (each test on its own branch)', () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })
  afterAll(() => dispose(w))

  /** Commits `files` on a new branch from release-v1.3.0 and pushes it. */
  function branchWith(world: World, branch: string, files: Record<string, string>) {
    const { sandbox, dev } = world.repo
    sandbox.git(dev, 'checkout', '--quiet', '-b', branch, 'release-v1.3.0')
    sandbox.commit(dev, `Edit ${Object.keys(files).join(', ')}`, files)
    sandbox.push(dev, branch)
  }

  test('version files that disagree fail, annotated where they disagree', async () => {
    branchWith(w, 'drifted-versions', { 'mypkg/__init__.py': '__version__ = "1.1.9"\n' })
    const run = await preflight(w, { stages: 'bump-version' }, { branch: 'drifted-versions' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    const [annotation] = run.annotations.filter((a) => a.level === 'error')
    expect(annotation).toMatchObject({
      file: 'setup.py',
      line: 5,
      title: 'preflight: version files'
    })
    expect(annotation?.message).toMatch(
      /disagree: 1\.2\.0 in setup\.py:5; 1\.1\.9 in mypkg\/__init__\.py:1/
    )
    expect(run.find('version files')?.detail).toMatch(/This would stop bump-version\.$/)
    // Without bump-version coming, the same disagreement only warns.
    const later = await preflight(w, { stages: 'deploy' }, { branch: 'drifted-versions' })
    expect(later.outputs.result).toBe('success')
    expect(later.find('version files')?.status).toBe('warn')
  })

  test('a version derived from the tag passes as bump-version will judge it; a nested project is not read', async () => {
    branchWith(w, 'scm-version', {
      'setup.py': 'from setuptools import setup\nsetup(name="mypkg", use_scm_version=True)\n',
      'mypkg/__init__.py':
        'from importlib.metadata import version\n__version__ = version("mypkg")\n',
      'backend/pyproject.toml': '[project]\nname = "backend"\nversion = "9.9.9"\n',
      'backend/backend/__init__.py': '__version__ = "9.9.9"\n'
    })
    const run = await preflight(w, { stages: 'bump-version' }, { branch: 'scm-version' })
    expect(run.find('version files')).toEqual({
      check: 'version files',
      status: 'pass',
      detail:
        'Derived from the git tag at build time: setup.py (setup(use_scm_version=...): setuptools-scm ' +
        'takes it from git tags), mypkg/__init__.py (__version__ = version("mypkg") is computed, not ' +
        "written here); bump-version will say 'derived' and write nothing."
    })
  })

  test('no version to write: the same error as bump-version, which it would stop', async () => {
    branchWith(w, 'computed-version', {
      'setup.py': 'from setuptools import setup\nsetup(name="mypkg", version=get_version())\n',
      'mypkg/__init__.py':
        'from importlib.metadata import version\n__version__ = version("mypkg")\n'
    })
    const run = await preflight(w, { stages: 'bump-version' }, { branch: 'computed-version' })
    expect(run.find('version files')?.status).toBe('fail')
    const workspace = w.repo.sandbox.checkout('ws-bump-computed', 'computed-version')
    const bump = await invokeAction({
      action: 'bump-version',
      workspace,
      inputs: { version: '1.3.0' }
    })
    expect(bump.exitCode).not.toBe(0)
    expect(bump.errors).toMatch(/^No file holds a version to write \(setup\.py: /)
    expect(run.find('version files')?.detail).toBe(`${bump.errors} This would stop bump-version.`)
  })

  test('a broken CHANGELOG fails with one annotation per problem, at its line', async () => {
    const changelog = [
      '# Changelog',
      '',
      '## [1.1.0] - 2026-09-01',
      '- older',
      '',
      '## [Unreleased]',
      '',
      '## [1.2.0] - 2026-13-01',
      '',
      '```',
      '## not a heading inside a fence',
      '```',
      '## 1.0.0 - 2026-01-01',
      '## [1.1.0] - 2026-09-01',
      ''
    ].join('\n')
    branchWith(w, 'broken-changelog', { 'CHANGELOG.md': changelog })
    const run = await preflight(w, { stages: 'update-changelog' }, { branch: 'broken-changelog' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    const errors = run.annotations.filter((a) => a.level === 'error')
    // The part update-changelog writes must be unambiguous; older history is only noted.
    expect(errors.map((a) => [a.file, a.line, a.message])).toEqual([
      [
        'CHANGELOG.md',
        6,
        'CHANGELOG.md:6: [Unreleased] must be the first section, above 1.1.0 (line 3).'
      ],
      [
        'CHANGELOG.md',
        14,
        'CHANGELOG.md:14: a second section for 1.1.0 (the first is at line 3); merge them into one.'
      ]
    ])
    expect(run.find('changelog')?.detail).toMatch(/This would stop update-changelog\.$/)
  })

  test('several open release branches are a warning naming them', async () => {
    const { sandbox, dev } = w.repo
    sandbox.git(dev, 'checkout', '--quiet', '-b', 'release/1.4.0', 'develop')
    sandbox.push(dev, 'release/1.4.0')
    const run = await preflight(w, { stages: 'notify' })
    expect(run.exitCode).toBe(0)
    expect(run.find('release branches')).toEqual({
      check: 'release branches',
      status: 'warn',
      detail:
        '2 release branches are open: release-v1.3.0, release/1.4.0. Finish or delete the old ones so the next release is cut from the right one.'
    })
    expect(run.warnings).toContain(run.find('release branches')?.detail)
  })
})
