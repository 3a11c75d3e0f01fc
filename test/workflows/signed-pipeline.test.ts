/**
 * examples/workflows/ci-cd.yml (through release.yml) where every branch requires signed commits,
 * run as GitHub runs it: with the repository variable COMMIT_VIA=auto the whole release goes
 * through and every commit the pipeline makes is Verified.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { setUpRehearsal, unverifiedCommits, type Rehearsal } from '../kit/rehearsal/index.js'
import { runExampleWorkflow, workflowFailures } from '../kit/rehearsal/workflow.js'
import type { WorkflowEvent } from '../kit/workflow-run.js'

let r: Rehearsal

beforeAll(async () => {
  r = await setUpRehearsal({ signed: true })
}, 60_000)
afterAll(async () => {
  await r.stop()
  r.sandbox.cleanup()
})

const run = (event: WorkflowEvent) => runExampleWorkflow(r, event, { COMMIT_VIA: 'auto' })

test('commit-via: auto through the reusable workflow: the release completes on signed branches, every commit Verified', async () => {
  const start = await run({
    name: 'workflow_dispatch',
    branch: 'develop',
    inputs: { stage: 'start-release' }
  })
  expect(workflowFailures(start)).toEqual([])
  const prepare = await run({ name: 'push', branch: 'release-v1.3.0' })
  expect(workflowFailures(prepare)).toEqual([])
  expect(prepare.action('bump-version')?.inputs?.['commit-via']).toBe('auto')
  expect(prepare.action('bump-version')?.invocation?.stdout).toContain(
    'requires signed commits: committing through the API'
  )
  const merged = await fetch(`${r.github.url}/repos/acme/app/pulls/1/merge`, {
    method: 'PUT',
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' })
  })
  expect(merged.status).toBe(200)
  const release = await run({ name: 'push', branch: 'main' })
  expect(workflowFailures(release)).toEqual([])
  expect(release.action('back-merge')?.outputs).toMatchObject({ result: 'merged', ancestry: 'yes' })
  expect(release.job('ancestry').result).toBe('success')
  const { made, unverified } = unverifiedCommits(r)
  expect(made.length).toBeGreaterThanOrEqual(4)
  expect(unverified).toEqual([])
}, 300_000)
