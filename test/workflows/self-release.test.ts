/**
 * .github/workflows/self-release.yml, how this repository releases itself, run as GitHub runs
 * it (test/kit/workflow-run.ts) on a Node project shaped like this one: no develop branch,
 * package.json and package-lock.json, a CHANGELOG, released as v0.1.0.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../kit/github/index.js'
import { REPO_ROOT } from '../kit/invoker.js'
import { Sandbox } from '../kit/sandbox.js'
import { runWorkflow, type WorkflowRun } from '../kit/workflow-run.js'

const workflow = readFileSync(join(REPO_ROOT, '.github', 'workflows', 'self-release.yml'), 'utf8')
let sandbox: Sandbox
let github: FakeGitHub

function packageFiles(version: string): Record<string, string> {
  const pkg = { name: 'release-actions', version, private: true }
  const lock = {
    name: 'release-actions',
    version,
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'release-actions', version } }
  }
  return {
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify(lock, null, 2)}\n`
  }
}

beforeAll(async () => {
  sandbox = Sandbox.create()
  const dev = sandbox.clone('dev')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'main')
  sandbox.commit(dev, 'Initial commit', {
    ...packageFiles('0.1.0'),
    'CHANGELOG.md': [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '## [0.1.0] - 2026-11-01',
      '### Added',
      '- The suite',
      '',
      '[Unreleased]: https://github.com/acme/release-actions/compare/v0.1.0...HEAD',
      '[0.1.0]: https://github.com/acme/release-actions/releases/tag/v0.1.0',
      ''
    ].join('\n')
  })
  sandbox.tag(dev, 'v0.1.0')
  sandbox.commit(dev, 'feat: optional stages skip cleanly', { 'src/skip.ts': 'export {}\n' })
  sandbox.push(dev, 'main', 'v0.1.0')
  github = await FakeGitHub.start({
    bareRepo: sandbox.origin,
    owner: 'acme',
    repo: 'release-actions'
  })
})
afterAll(async () => {
  await github.stop()
  sandbox.cleanup()
})

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

const run = (event: Parameters<typeof runWorkflow>[0]['event']) =>
  runWorkflow({ sandbox, github, workflow, event, projectJobs: ['test'] })

test('cut from main, bump package.json, changelog, tag, release and the major tag; nothing deployed', async () => {
  const start = await run({
    name: 'workflow_dispatch',
    branch: 'main',
    inputs: { stage: 'start-release' }
  })
  expect(failures(start)).toEqual([])
  expect(start.action('start-release')?.outputs.branch).toBe('release-v0.2.0')

  const prepare = await run({ name: 'push', branch: 'release-v0.2.0' })
  expect(failures(prepare)).toEqual([])
  expect(JSON.parse(sandbox.show('release-v0.2.0', 'package.json'))).toMatchObject({
    version: '0.2.0'
  })
  expect(
    JSON.parse(sandbox.show('release-v0.2.0', 'package-lock.json')).packages['']
  ).toMatchObject({
    version: '0.2.0'
  })
  expect(sandbox.show('release-v0.2.0', 'CHANGELOG.md')).toMatch(
    /## \[0\.2\.0\] - \d{4}-\d{2}-\d{2}\n### Added\n- Optional stages skip cleanly/
  )
  const merged = await fetch(`${github.url}/repos/acme/release-actions/pulls/1/merge`, {
    method: 'PUT',
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' })
  })
  expect(merged.status).toBe(200)

  const release = await run({ name: 'push', branch: 'main' })
  expect(failures(release)).toEqual([])
  const merge = sandbox.remoteSha('refs/heads/main')
  expect(sandbox.git(sandbox.origin, 'rev-parse', 'v0.2.0^{commit}')).toBe(merge)
  expect(sandbox.remoteSha('refs/tags/v0')).toBe(merge)
  expect(github.state.releases.map((r) => r.tag_name)).toEqual(['v0.2.0'])
  const ran = release.jobs.filter((j) => j.result !== 'skipped').map((j) => j.path)
  expect(ran).toEqual([
    'test',
    'release',
    'release/plan',
    'release/tag',
    'release/close-milestone',
    'release/notify'
  ])
  expect(github.state.deployments).toEqual([])
  expect(release.action('notify')?.outputs.result).toBe('skipped')
  // A push to main that merges no release releases nothing.
  const dev = sandbox.clone('dev2', 'main')
  sandbox.commit(dev, 'docs: a typo', { 'README.md': 'release-actions\n' })
  sandbox.push(dev, 'main')
  const other = await run({ name: 'push', branch: 'main' })
  expect(failures(other)).toEqual([])
  expect(other.jobs.filter((j) => j.result !== 'skipped').map((j) => j.path)).toEqual([
    'test',
    'release',
    'release/plan'
  ])
}, 240_000)
