/**
 * The tests that run the workflows as GitHub runs them catch each defect the seed's workflows
 * had (issue 14): run over the seed's adoption snippet and reusable workflow
 * (test/fixtures/seed-workflows), each defect shows as a failure, a refused run or a wrong
 * token, where the shipped workflows pass (as-github-runs-it, example-pipeline, self-release).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../kit/github/index.js'
import { REPO_ROOT } from '../kit/invoker.js'
import { Fixtures, type Fixture } from '../actions/create-tag-fixture.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'
import { checkWorkflowPolicy } from '../kit/workflow-policy.js'
import { SUITE, runWorkflow } from '../kit/workflow-run.js'

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'seed-workflows')
const seedSnippet = readFileSync(join(FIXTURES, 'adoption.yml'), 'utf8')
const seedRelease = readFileSync(join(FIXTURES, 'release.yml'), 'utf8')
const RELEASE_REF = `${SUITE.repository}/.github/workflows/release.yml@v1`
const PAT = 'github_pat_release0000000000000000000000'
const TEST_WORKFLOW = [
  'on: workflow_call',
  'jobs:',
  '  pytest:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: "true"',
  ''
].join('\n')

/** The seed's release.yml with its action references made to resolve: `ref` for `@v1`. */
function seedReleaseAt(ref: string): string {
  return seedRelease.replace(
    /ORG\/release-actions\/actions\/([a-z-]+)@v1/g,
    `${SUITE.repository}/actions/$1@${ref}`
  )
}

function caller(withInputs: string): string {
  return [
    'on: push',
    'jobs:',
    '  release:',
    '    permissions: { contents: write, pull-requests: write, deployments: write, issues: write }',
    `    uses: ${RELEASE_REF}`,
    ...(withInputs ? [`    with: { ${withInputs} }`] : []),
    '    secrets: inherit',
    ''
  ].join('\n')
}

describe('on a release branch', () => {
  let repo: SeedRepo
  let github: FakeGitHub
  beforeAll(async () => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin, owner: 'acme', repo: 'app' })
    github.addToken(PAT, {
      kind: 'pat',
      permissions: { contents: 'write', pull_requests: 'write' }
    })
  })
  afterAll(async () => {
    await github.stop()
    repo.sandbox.cleanup()
  })
  const push = (workflow: string, release: string) =>
    runWorkflow({
      sandbox: repo.sandbox,
      github,
      workflow,
      event: { name: 'push', branch: 'release-v1.3.0' },
      secrets: { RELEASE_TOKEN: PAT },
      projectJobs: ['test'],
      workflows: { [RELEASE_REF]: release, './.github/workflows/test.yml': TEST_WORKFLOW }
    })

  test('the placeholder owner ORG resolves to no workflow', async () => {
    await expect(
      runWorkflow({
        sandbox: repo.sandbox,
        github,
        workflow: seedSnippet,
        event: { name: 'push', branch: 'release-v1.3.0' },
        workflows: { './.github/workflows/test.yml': TEST_WORKFLOW }
      })
    ).rejects.toThrow(/Unable to find reusable workflow/)
  })

  test("the steps' ORG/...@v1 actions are not this suite", async () => {
    const run = await push(seedSnippet.replace('ORG/', 'YOUR_ORG/'), seedRelease)
    const prepare = run.job('release/prepare')
    expect(prepare.result).toBe('failure')
    expect(prepare.steps.find((s) => s.result === 'failure')?.log).toContain(
      'no stand-in for ORG/release-actions/actions/preflight@v1'
    )
  })

  test('a floating @v1 of the suite is refused: it may be other code than the workflow', async () => {
    const run = await push(seedSnippet.replace('ORG/', 'YOUR_ORG/'), seedReleaseAt('v1'))
    expect(run.job('release/prepare').steps.find((s) => s.result === 'failure')?.log).toContain(
      "@v1 is not the workflow's own commit"
    )
  })

  test('secrets: inherit cannot fill release-token: the pushes fall back to GITHUB_TOKEN; preflight is given a stage it does not know', async () => {
    const run = await push(caller(''), seedReleaseAt(SUITE.sha))
    const preflight = run.action('preflight')
    expect(preflight?.result).toBe('failure')
    expect(preflight?.log).toContain("Input 'stages' names 'preflight', which is not a stage")
    expect(preflight?.inputs?.token).not.toBe(PAT)
  })

  test.each([
    ['main-branch: trunk', 'main-branch'],
    ['develop-branch: dev', 'develop-branch'],
    ["tag-prefix: ''", 'tag-prefix'],
    ["branch-pattern: 'rel/{version}'", 'branch-pattern'],
    ['runs-on: \'["self-hosted"]\'', 'runs-on'],
    ["app-id: '1'", 'app-id']
  ])('%s cannot be set', async (inputs, name) => {
    // GitHub's own parser refuses the run.
    await expect(push(caller(inputs), seedReleaseAt(SUITE.sha))).rejects.toThrow(
      `Invalid input, ${name} is not defined in the referenced workflow`
    )
  })
})

describe('on main after the merge', () => {
  const fixtures = new Fixtures()
  let f: Fixture
  beforeAll(async () => {
    fixtures.setup()
    f = await fixtures.copy('merged')
    f.server.addToken(PAT, { kind: 'pat', permissions: { contents: 'write' } })
  })
  afterAll(async () => {
    await fixtures.cleanupEach()
    fixtures.cleanupAll()
  })

  test('create-tag runs with GITHUB_TOKEN; the deploy jobs run (environments and all) with no deploy command', async () => {
    const run = await runWorkflow({
      sandbox: f.sandbox,
      github: f.server,
      workflow: caller(''),
      event: { name: 'push', branch: 'main' },
      secrets: { RELEASE_TOKEN: PAT },
      workflows: { [RELEASE_REF]: seedReleaseAt(SUITE.sha) }
    })
    expect(run.action('create-tag')?.result).toBe('success')
    expect(run.action('create-tag')?.inputs).not.toHaveProperty('token')
    expect(run.job('release/deploy-staging').environment).toBe('staging')
    expect(run.job('release/deploy-production').environment).toBe('production')
  }, 120_000)
})

test("the seed's checkout v4 runs on node20", () => {
  expect(checkWorkflowPolicy('release.yml', seedRelease).map((v) => v.rule)).toContain('runtime')
})
