/**
 * A release that falls over in production, through examples/workflows/ci-cd.yml (and
 * release.yml) run as GitHub runs it: the production deploy passes its health gate, then the
 * application stops answering; monitor sees it, runs the repository's ROLLBACK_COMMAND and puts
 * the books right, close-milestone refuses to close it, notify announces the rollback.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  setUpRehearsal,
  stageResults,
  type Rehearsal,
  type ReleaseRun
} from '../kit/rehearsal/index.js'
import { rehearseThroughWorkflow } from '../kit/rehearsal/workflow.js'

let r: Rehearsal
let failed: ReleaseRun

beforeAll(async () => {
  r = await setUpRehearsal()
  await rehearseThroughWorkflow(r)
  failed = await rehearseThroughWorkflow(r, () => {}, 'release', { failInProduction: true })
}, 400_000)
afterAll(async () => {
  await r.stop()
  r.sandbox.cleanup()
})

test('monitor rolls the release back: production serves the previous version and every book says so', () => {
  expect(failed.version).toBe('1.4.0')
  const results = stageResults(failed)
  expect(results.slice(-5)).toEqual([
    'run-integration:success',
    'deploy-production:success',
    'monitor:failure',
    'close-milestone:failure',
    'notify:success'
  ])
  expect(results).not.toContain('back-merge:merged')
  expect(r.app.version('production')).toBe('1.3.0')

  // The tag stays; the release is marked rolled back and is not Latest; 1.3.0 is again.
  expect(r.sandbox.git(r.sandbox.origin, 'cat-file', '-t', 'v1.4.0')).toBe('tag')
  const release = r.github.state.releases.find((rel) => rel.tag_name === 'v1.4.0')
  expect(release?.body).toMatch(/Rolled back/)
  const latest = r.github.state.releases.find((rel) => rel.id === r.github.state.latestReleaseId)
  expect(latest?.tag_name).toBe('v1.3.0')
  const production = r.github.state.deployments.filter((d) => d.environment === 'production')
  const last = production.at(-1)
  expect(r.github.state.deploymentStatuses.get(last?.id ?? 0)?.at(-1)?.state).toBe('failure')

  // develop: 1.4.0's section marked yanked; the milestone stays open; the rollback announced.
  expect(r.sandbox.show('develop', 'CHANGELOG.md')).toMatch(/^## \[1\.4\.0\] - .* \[YANKED\]$/m)
  expect(r.github.state.milestones.find((m) => m.title === '1.4.0')?.state).toBe('open')
  expect(JSON.stringify(r.webhooks.posts.at(-1)?.json)).toContain('rolled back')
})
