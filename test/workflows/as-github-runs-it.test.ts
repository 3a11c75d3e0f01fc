/**
 * The workflows a user copies, run as GitHub runs them (test/kit/workflow-run.ts): the README's
 * adoption snippet on the seed's project, which has no deployments, through a workflow_dispatch
 * of start-release, the push of the release branch and the push of its merge into main, then a
 * workflow_dispatch of start-hotfix.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub, installApp } from '../kit/github/index.js'
import { testAppKeys } from '../kit/github/app-keys.js'
import { REPO_ROOT } from '../kit/invoker.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'
import { runWorkflow, type WorkflowRun } from '../kit/workflow-run.js'

const KEYS = testAppKeys()

/** The first yaml block under "## Adopt it" in the README, as a user copies it. */
export function adoptionSnippet(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Adopt it'))
  const block = /```yaml\n([\s\S]*?)```/.exec(section)
  if (!block?.[1]) throw new Error('README: no yaml block under "## Adopt it"')
  return block[1]
}

/** What a job's failed steps said. */
function failures(run: WorkflowRun): string[] {
  return run.jobs
    .filter((j) => j.result === 'failure')
    .map((j) =>
      [
        j.path,
        j.error ?? '',
        ...j.steps.filter((s) => s.result === 'failure').map((s) => `${s.uses ?? 'run'}: ${s.log}`)
      ].join(' ')
    )
}

describe("the README's adoption snippet, on a project with no deployments", () => {
  let repo: SeedRepo
  let github: FakeGitHub
  /** A fine-grained PAT under the name the repository gives it; `secrets: inherit` passes it. */
  const PAT = 'github_pat_release0000000000000000000000'
  const secrets = { RELEASE_TOKEN: PAT }
  beforeAll(async () => {
    repo = createSeedRepo()
    github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin, owner: 'acme', repo: 'app' })
    github.addToken(PAT, {
      kind: 'pat',
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write' }
    })
  })
  afterAll(async () => {
    await github.stop()
    repo.sandbox.cleanup()
  })

  test('is at most 15 lines', () => {
    expect(adoptionSnippet().trimEnd().split('\n').length).toBeLessThanOrEqual(15)
  })

  test('workflow_dispatch cuts the release branch and its milestone', async () => {
    const run = await runWorkflow({
      sandbox: repo.sandbox,
      github,
      workflow: adoptionSnippet(),
      event: { name: 'workflow_dispatch', branch: 'develop', inputs: { stage: 'start-release' } },
      secrets
    })
    expect(failures(run)).toEqual([])
    expect(run.job('release/start').result).toBe('success')
    expect(run.action('start-release')?.inputs?.token).toBe(PAT)
    expect(run.action('start-release')?.outputs).toMatchObject({
      branch: 'release-v1.3.0',
      result: 'created'
    })
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(
      repo.sandbox.remoteSha('refs/heads/develop')
    )
    expect(github.state.milestones.map((m) => m.title)).toEqual(['1.3.0'])
    expect(run.jobs.filter((j) => j.result !== 'skipped').map((j) => j.path)).toEqual([
      'release',
      'release/plan',
      'release/start'
    ])
  })

  test('the push of the release branch bumps, writes the changelog and opens the pull request', async () => {
    const run = await runWorkflow({
      sandbox: repo.sandbox,
      github,
      workflow: adoptionSnippet(),
      event: { name: 'push', branch: 'release-v1.3.0' },
      secrets
    })
    expect(failures(run)).toEqual([])
    expect(
      run
        .job('release/prepare')
        .steps.filter((s) => s.uses?.includes('/actions/'))
        .map((s) => [s.uses?.split('/').pop(), s.outputs.result])
    ).toEqual([
      ['preflight', 'success'],
      ['bump-version', 'updated'],
      ['update-changelog', 'updated'],
      ['open-release-pr', 'created']
    ])
    expect(repo.sandbox.show('release-v1.3.0', 'setup.py')).toContain('version="1.3.0"')
    for (const action of ['bump-version', 'update-changelog', 'open-release-pr'])
      expect(run.action(action)?.inputs?.token).toBe(PAT)
    expect(github.state.pulls.map((p) => [p.title, p.base.ref, p.head.ref])).toEqual([
      ['Release 1.3.0', 'main', 'release-v1.3.0']
    ])
  })

  test('the push of the merge into main tags, releases, merges back and closes the milestone; no deploy stage runs', async () => {
    const merged = await fetch(`${github.url}/repos/acme/app/pulls/1/merge`, {
      method: 'PUT',
      headers: { authorization: 'token test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: 'merge' })
    })
    expect(merged.status).toBe(200)
    const run = await runWorkflow({
      sandbox: repo.sandbox,
      github,
      workflow: adoptionSnippet(),
      event: { name: 'push', branch: 'main' },
      secrets
    })
    expect(failures(run)).toEqual([])
    const results = Object.fromEntries(run.jobs.map((j) => [j.path, j.result]))
    expect(results).toMatchObject({
      'release/tag': 'success',
      'release/deploy-staging': 'skipped',
      'release/integration': 'skipped',
      'release/deploy-production': 'skipped',
      'release/monitor': 'skipped',
      'release/back-merge': 'success',
      'release/close-milestone': 'success',
      'release/notify': 'success'
    })
    expect(run.action('create-tag')?.outputs).toMatchObject({ tag: 'v1.3.0', result: 'created' })
    // The release token tags, so an `on: release` workflow of the repository starts.
    expect(run.action('create-tag')?.inputs?.token).toBe(PAT)
    expect(run.action('back-merge')?.inputs?.token).toBe(PAT)
    expect(run.action('back-merge')?.outputs.result).toBe('merged')
    expect(run.action('close-milestone')?.outputs.result).toBe('updated')
    expect(run.action('notify')?.outputs.result).toBe('skipped')
    expect(repo.sandbox.git(repo.sandbox.origin, 'cat-file', '-t', 'v1.3.0')).toBe('tag')
    expect(github.state.releases.map((r) => [r.tag_name, r.prerelease])).toEqual([
      ['v1.3.0', false]
    ])
    expect(github.state.deployments).toEqual([])
    expect(github.state.milestones.find((m) => m.title === '1.3.0')?.state).toBe('closed')
    expect(
      repo.sandbox.git(repo.sandbox.origin, 'merge-base', '--is-ancestor', 'main', 'develop')
    ).toBe('')
  })

  test('workflow_dispatch with stage: start-hotfix cuts the hotfix branch from main at the release tag', async () => {
    const run = await runWorkflow({
      sandbox: repo.sandbox,
      github,
      workflow: adoptionSnippet(),
      event: { name: 'workflow_dispatch', branch: 'main', inputs: { stage: 'start-hotfix' } },
      secrets
    })
    expect(failures(run)).toEqual([])
    expect(run.jobs.filter((j) => j.result !== 'skipped').map((j) => j.path)).toEqual([
      'release',
      'release/plan',
      'release/start'
    ])
    expect(run.action('start-release')?.inputs).toMatchObject({ hotfix: 'true', token: PAT })
    expect(run.action('start-release')?.outputs).toMatchObject({
      branch: 'hotfix-v1.3.1',
      version: '1.3.1',
      result: 'created'
    })
    expect(repo.sandbox.remoteSha('refs/heads/hotfix-v1.3.1')).toBe(
      repo.sandbox.git(repo.sandbox.origin, 'rev-parse', 'v1.3.0^{commit}')
    )
    expect(github.state.milestones.find((m) => m.title === '1.3.1')?.state).toBe('open')
  })
})

describe('as a GitHub App', () => {
  let repo: SeedRepo
  let github: FakeGitHub
  beforeAll(async () => {
    repo = createSeedRepo()
    github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin, owner: 'acme', repo: 'app' })
  })
  afterAll(async () => {
    await github.stop()
    repo.sandbox.cleanup()
  })

  test('each action that writes mints its own token from app-id and the key: no minting step, the Client ID works, the token never shows', async () => {
    const app = installApp(github, {
      id: 424242,
      clientId: 'Iv23liReleaseApp0001',
      slug: 'acme-release',
      publicKey: KEYS.publicKey
    })
    const workflow = adoptionSnippet().replace(
      /^(\s+)stage: (.*)$/m,
      `$1stage: $2\n$1app-id: ${app.clientId}`
    )
    expect(workflow).toContain(`app-id: ${app.clientId}`)
    const run = await runWorkflow({
      sandbox: repo.sandbox,
      github,
      workflow,
      event: { name: 'workflow_dispatch', branch: 'develop', inputs: { stage: 'start-release' } },
      secrets: { RELEASE_APP_PRIVATE_KEY: KEYS.privateKey }
    })
    expect(failures(run)).toEqual([])
    // No step of any job mints a token: the action does.
    for (const job of run.jobs) {
      expect(job.steps.filter((s) => /create-github-app-token/.test(s.uses ?? ''))).toEqual([])
    }
    const start = run.action('start-release')
    expect(start?.inputs).toMatchObject({ 'app-id': app.clientId })
    expect(start?.outputs.result).toBe('created')
    expect(app.tokens).toHaveLength(1)
    const token = app.tokens[0].token
    // The branch was pushed and the milestone made as the App, with the token it minted.
    const milestones = github.requestsTo('POST', '/repos/acme/app/milestones')
    expect(milestones.map((r) => r.headers.authorization)).toEqual([`token ${token}`])
    const branch = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')
    expect(branch).toBeDefined()
    // The key and the token appear in no log, summary or output but the mask commands.
    const seen = run.jobs
      .flatMap((j) => j.steps)
      .map((step) =>
        [
          (step.invocation?.stdout ?? '').replace(/^::add-mask::.*$/gm, ''),
          step.invocation?.stderr ?? '',
          step.invocation?.summary ?? '',
          step.log,
          JSON.stringify(step.outputs)
        ].join('\n')
      )
      .join('\n')
    expect(start?.invocation?.stdout).toContain(`::add-mask::${token}`)
    expect(seen).not.toContain(token)
    expect(seen).not.toContain(KEYS.privateKey.split('\n')[1])
  })
})

describe('with the secrets mapped by name instead of inherited', () => {
  let repo: SeedRepo
  let github: FakeGitHub
  const PAT = 'github_pat_botuser00000000000000000000000'
  beforeAll(async () => {
    repo = createSeedRepo()
    github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin, owner: 'acme', repo: 'app' })
    github.addToken(PAT, {
      kind: 'pat',
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write' }
    })
  })
  afterAll(async () => {
    await github.stop()
    repo.sandbox.cleanup()
  })

  test("a repository's own secret names reach the stages through an explicit secrets: map", async () => {
    const workflow = adoptionSnippet().replace(
      /^(\s+)secrets: inherit$/m,
      '$1secrets:\n$1  RELEASE_TOKEN: ${{ secrets.BOT_PAT }}'
    )
    expect(workflow).toContain('RELEASE_TOKEN: ${{ secrets.BOT_PAT }}')
    const run = await runWorkflow({
      sandbox: repo.sandbox,
      github,
      workflow,
      event: { name: 'workflow_dispatch', branch: 'develop', inputs: { stage: 'start-release' } },
      secrets: { BOT_PAT: PAT }
    })
    expect(failures(run)).toEqual([])
    expect(run.action('start-release')?.inputs?.token).toBe(PAT)
    expect(run.action('start-release')?.outputs.branch).toBe('release-v1.3.0')
  })
})
