/**
 * The rehearsal with `--signed`: every branch requires signed commits, git pushes of unsigned
 * commits are refused, and the release and a hotfix still go through the example workflow (the
 * repository variable COMMIT_VIA=auto), every commit Verified.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  RELEASED,
  setUpRehearsal,
  stageResults,
  unverifiedCommits,
  type Rehearsal,
  type ReleaseRun
} from '../kit/rehearsal/index.js'
import { rehearseThroughWorkflow } from '../kit/rehearsal/workflow.js'

let r: Rehearsal
let release: ReleaseRun
let hotfix: ReleaseRun

beforeAll(async () => {
  r = await setUpRehearsal({ signed: true })
  release = await rehearseThroughWorkflow(r)
  hotfix = await rehearseThroughWorkflow(r, () => {}, 'hotfix')
}, 300_000)
afterAll(async () => {
  await r.stop()
  r.sandbox.cleanup()
})

test('a release and a hotfix complete when every branch requires signatures, and every commit is Verified', () => {
  expect(stageResults(release)).toEqual(RELEASED)
  expect(stageResults(hotfix)).toContain('back-merge:merged')
  expect(hotfix.stages.every((s) => s.exitCode === 0)).toBe(true)
  const { made, unverified } = unverifiedCommits(r)
  // Release: bump, changelog, PR merge, back-merge; hotfix: the fix, bump, changelog, PR merge, back-merge.
  expect(made.length).toBeGreaterThanOrEqual(9)
  expect(unverified).toEqual([])
  // bump-version and update-changelog of both, and the hotfix's fix, went through GraphQL.
  expect(r.github.requestsTo('POST', '/graphql')).toHaveLength(5)
  expect(r.github.requestsTo('POST', '/repos/acme/app/merges')).toHaveLength(2)
  // The signature rule was in force: preflight saw it and found commit-via auto satisfies it.
  const preflight = release.stages.find((s) => s.stage === 'preflight')!
  const checks = JSON.parse(preflight.outputs.checks) as Array<{ check: string; status: string }>
  expect(checks.find((c) => c.check === 'signing bump-version')?.status).toBe('pass')
  expect(r.sandbox.git(r.sandbox.origin, 'cat-file', '-t', `v${hotfix.version}`)).toBe('tag')
})
