/**
 * The main branch, when `main-branch` is left empty, is the repository's default branch by one
 * rule in every action: origin's HEAD, else the event's `repository.default_branch`, else the
 * API. Here origin's HEAD names no branch and the event carries no repository, so only the API
 * can say it (`trunk`).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub, type TokenGrant } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { seedFiles } from '../kit/seed-project.js'
import { Sandbox } from '../kit/sandbox.js'

const TOKEN = 'ghs_defaultbranch000000000000000000000'
const GRANT: TokenGrant = {
  kind: 'github-token',
  permissions: { contents: 'write', pull_requests: 'write', issues: 'write', metadata: 'read' }
}

let sandbox: Sandbox
let github: FakeGitHub

beforeAll(async () => {
  sandbox = Sandbox.create()
  const dev = sandbox.clone('dev')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'trunk')
  sandbox.commit(dev, 'Initial commit', seedFiles('1.2.0'))
  sandbox.tag(dev, 'v1.2.0')
  sandbox.git(dev, 'branch', 'develop')
  sandbox.commit(dev, 'Fix: Typo in the docs (JIRA-1201)', { 'docs.md': 'Docs\n' })
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'release-v1.3.0')
  sandbox.commit(dev, 'Feature: New feature X (JIRA-1234)', { 'mypkg/x.py': 'X = 1\n' })
  sandbox.push(dev, 'trunk', 'develop', 'release-v1.3.0', 'v1.2.0')
  // origin's HEAD still names `main`, which does not exist: `ls-remote --symref` says nothing.
  expect(sandbox.git(dev, 'ls-remote', '--symref', 'origin', 'HEAD')).toBe('')
  github = await FakeGitHub.start({ bareRepo: sandbox.origin })
  github.addToken(TOKEN, GRANT)
})

afterAll(async () => {
  await github.stop()
  sandbox.cleanup()
})

async function run(
  action: string,
  inputs: InvokeOptions['inputs'] = {},
  token = TOKEN,
  branch = 'release-v1.3.0'
) {
  const workspace = sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, branch)
  return invokeAction({
    action,
    workspace,
    ref: `refs/heads/${branch}`,
    sha: sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: github.url,
    token,
    inputs
  })
}

function checks(outputs: Record<string, string>): Array<{ check: string; status: string }> {
  return JSON.parse(outputs.checks ?? '[]') as Array<{ check: string; status: string }>
}

describe('the default branch from the API when origin and the event do not say it', () => {
  test('preflight, bump-version, open-release-pr and back-merge follow trunk', async () => {
    github.state.repository.default_branch = 'trunk'
    const pre = await run('preflight', { stages: 'bump-version,update-changelog' })
    expect(pre.errors).toBe('')
    expect(pre.outputs.result).toBe('success')
    const names = checks(pre.outputs).map((c) => c.check)
    expect(names).toContain('branch trunk')
    expect(names).not.toContain('branch main')
    expect(pre.summary).toMatch(/\| trunk \|/)

    const bump = await run('bump-version', { 'dry-run': true })
    expect(bump.errors).toBe('')
    expect(bump.outputs['previous-version']).toBe('1.2.0')
    expect(bump.stdout).not.toContain('default branch is unknown')
    expect(github.requestsTo('GET', '/repos/acme/app').length).toBeGreaterThanOrEqual(2)

    const pr = await run('open-release-pr', { 'release-notes': '- New feature X' })
    expect(pr.errors).toBe('')
    const pull = github.state.pulls.find((p) => p.number === Number(pr.outputs.number))
    expect(pull?.base.ref).toBe('trunk')

    const back = await run('back-merge', { version: '1.2.0' }, TOKEN, 'trunk')
    expect(back.errors).toBe('')
    expect(back.outputs.result).toBe('merged')
    expect(sandbox.log('develop', 1)).toEqual(['Merge trunk into develop after 1.2.0'])
  }, 120_000)

  test('a default branch origin lacks is refused naming main-branch; so is one nobody can say', async () => {
    github.state.repository.default_branch = 'main'
    const pre = await run('preflight', { stages: 'bump-version' })
    expect(pre.outputs.result).toBe('failure')
    expect(checks(pre.outputs).find((c) => c.check === 'branch main')?.status).toBe('fail')
    expect(pre.errors).toContain("Set Input 'main-branch'")

    const bump = await run('bump-version', { 'dry-run': true })
    expect(bump.exitCode).not.toBe(0)
    expect(bump.errors).toContain(
      "The main branch 'main' does not exist on origin (it is the repository's default branch). Set the 'main-branch' input"
    )

    // A token GitHub refuses: the API cannot say either, and preflight asks for the input.
    const unknown = await run('preflight', { stages: 'bump-version' }, 'ghs_notknown')
    expect(unknown.exitCode).not.toBe(0)
    expect(unknown.errors).toMatch(
      /^The repository's default branch is unknown .*set the 'main-branch' input/
    )
    expect(unknown.stdout).toContain("GitHub did not say the repository's default branch")
  })
})
