/**
 * The README's main command as a test: the whole seed process on the sample project, then every
 * stage rerun, which must change nothing.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  RELEASED,
  rehearseRelease,
  rerunStages,
  setUpRehearsal,
  stageResults,
  type Rehearsal,
  type ReleaseRun
} from '../kit/rehearsal/index.js'

let r: Rehearsal
let run: ReleaseRun

beforeAll(async () => {
  r = await setUpRehearsal()
  run = await rehearseRelease(r, 'release')
}, 180_000)
afterAll(async () => {
  await r.stop()
  r.sandbox.cleanup()
})

/** Jira requests that change something (its searches are POSTs too, but read only). */
function jiraWriteCount(): number {
  return r.jira.requests.filter((q) => q.method !== 'GET' && !/\/search(\/jql)?$/.test(q.path))
    .length
}

function originRefs(): string {
  return r.sandbox.git(r.sandbox.origin, 'for-each-ref', '--format=%(refname) %(objectname)')
}

test('a minor release goes through every stage of ci-cd.yml', () => {
  const { sandbox, github, jira, app, webhooks } = r
  expect(run.version).toBe('1.3.0')
  expect(stageResults(run)).toEqual(RELEASED)
  // Branches and tags on origin.
  const merge = sandbox.remoteSha('refs/heads/main')
  expect(sandbox.git(sandbox.origin, 'rev-parse', 'v1.3.0^{commit}')).toBe(merge)
  expect(sandbox.git(sandbox.origin, 'cat-file', '-t', 'v1.3.0')).toBe('tag')
  expect(sandbox.log('main', 1)).toEqual(['Merge pull request #1 from acme/release-v1.3.0'])
  expect(sandbox.git(sandbox.origin, 'merge-base', '--is-ancestor', 'main', 'develop')).toBe('')
  // Files.
  expect(sandbox.show('main', 'setup.py')).toContain('version="1.3.0"')
  expect(sandbox.show('main', 'mypkg/__init__.py')).toContain('__version__ = "1.3.0"')
  const changelog = sandbox.show('main', 'CHANGELOG.md')
  expect(changelog).toMatch(
    /## \[Unreleased\]\n\n## \[1\.3\.0\] - \d{4}-\d{2}-\d{2}\n### Added\n- New feature X \(\[JIRA-1234\]/
  )
  expect(changelog).toContain('[1.3.0]: https://github.com/acme/app/compare/v1.2.0...v1.3.0')
  // API state.
  const release = github.state.releases.find((rel) => rel.tag_name === 'v1.3.0')
  expect(release?.body).toContain('Bug in feature W')
  expect(github.state.latestReleaseId).toBe(release?.id)
  expect(github.state.pulls.map((p) => [p.title, p.state, p.merged_at !== null])).toEqual([
    ['Release 1.3.0', 'closed', true]
  ])
  expect(github.state.milestones.find((m) => m.title === '1.3.0')?.state).toBe('closed')
  expect(github.state.deployments.map((d) => d.environment)).toEqual(['staging', 'production'])
  expect(app.version('staging')).toBe('1.3.0')
  expect(app.version('production')).toBe('1.3.0')
  expect(jira.state.versions.find((v) => v.name === '1.3.0')?.released).toBe(true)
  expect(webhooks.posts).toHaveLength(1)
})

test('rerunning every stage changes nothing', async () => {
  const refs = originRefs()
  const releases = JSON.stringify(r.github.state.releases)
  const pulls = r.github.state.pulls.length
  const deployments = r.github.state.deployments.length
  const jiraWrites = jiraWriteCount()
  const reruns = await rerunStages(r, run)
  expect(reruns.filter((s) => s.exitCode !== 0).map((s) => `${s.stage}: ${s.errors}`)).toEqual([])
  const results = Object.fromEntries(reruns.map((s) => [s.stage, s.result]))
  expect(results).toMatchObject({
    'bump-version': 'unchanged',
    'update-changelog': 'unchanged',
    'open-release-pr': 'unchanged',
    'create-tag': 'unchanged',
    'back-merge': 'unchanged',
    'close-milestone': 'unchanged'
  })
  expect(originRefs()).toBe(refs)
  expect(JSON.stringify(r.github.state.releases)).toBe(releases)
  expect(r.github.state.pulls).toHaveLength(pulls)
  // A deploy rerun is a new attempt on the same record, not a new deployment.
  expect(r.github.state.deployments).toHaveLength(deployments)
  expect(jiraWriteCount()).toBe(jiraWrites)
}, 180_000)

test('every stage that talks to origin says how often; each asks once, fetches at most once, a writing stage pushes once', () => {
  const trips = Object.fromEntries(run.stages.map((s) => [s.stage, s.originTrips]))
  const calls = Object.fromEntries(run.stages.map((s) => [s.stage, s.originCalls]))
  for (const stage of [
    'start-release',
    'bump-version',
    'update-changelog',
    'create-tag',
    'back-merge'
  ]) {
    expect({ stage, ...calls[stage] }).toEqual({
      stage,
      'ls-remote': 1,
      fetch: expect.any(Number),
      push: 1
    })
    expect(calls[stage]?.fetch).toBeLessThanOrEqual(1)
  }
  expect(trips['back-merge']).toBe(3)
  // The stages that read origin and write nothing to it: one ls-remote, a fetch at most.
  for (const stage of ['preflight', 'open-release-pr', 'close-milestone', 'notify']) {
    expect({ stage, ...calls[stage] }).toEqual({
      stage,
      'ls-remote': 1,
      fetch: expect.any(Number),
      push: 0
    })
    expect(calls[stage]?.fetch).toBeLessThanOrEqual(1)
  }
  // The stages with no business with origin ask it nothing.
  for (const stage of ['deploy-staging', 'run-integration', 'deploy-production', 'monitor'])
    expect({ stage, ...calls[stage] }).toEqual({ stage, 'ls-remote': 0, fetch: 0, push: 0 })
  const total = run.stages.reduce((sum, s) => sum + s.originTrips, 0)
  expect(total).toBeGreaterThan(run.stages.length)
})
