/**
 * The reference pipeline's `ancestry` job (examples/workflows/ci-cd.yml), run as GitHub runs it
 * (test/kit/workflow-run.ts): a release squash-merged into main leaves main's history out of
 * develop; the job fails and names what develop lacks, until a back-merge pull request is open.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { setUpRehearsal, type Rehearsal } from '../kit/rehearsal/index.js'
import { runExampleWorkflow, workflowFailures } from '../kit/rehearsal/workflow.js'

let r: Rehearsal

beforeAll(async () => {
  r = await setUpRehearsal()
}, 60_000)
afterAll(async () => {
  await r.stop()
  r.sandbox.cleanup()
})

const api = (path: string, method: string, body: unknown) =>
  fetch(`${r.github.url}${path}`, {
    method,
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })

test('a squash-merged release without back-merge fails the ancestry job, which names the commits develop lacks; an open back-merge pull request lets it wait', async () => {
  const start = await runExampleWorkflow(r, {
    name: 'workflow_dispatch',
    branch: 'develop',
    inputs: { stage: 'start-release' }
  })
  expect(failures(start)).toEqual([])
  // While main is in develop, the job passes.
  expect(start.job('ancestry').result).toBe('success')
  const prepare = await runExampleWorkflow(r, { name: 'push', branch: 'release-v1.3.0' })
  expect(failures(prepare)).toEqual([])

  // The release pull request squash-merged: main gets one new commit develop never sees.
  const squash = await api('/repos/acme/app/pulls/1/merge', 'PUT', { merge_method: 'squash' })
  expect(squash.status).toBe(200)
  const main = r.sandbox.remoteSha('refs/heads/main') ?? ''
  const develop = r.sandbox.remoteSha('refs/heads/develop') ?? ''
  expect(r.sandbox.git(r.sandbox.origin, 'log', '-1', '--format=%s', main)).toBe(
    'Release 1.3.0 (#1)'
  )

  const release = await runExampleWorkflow(r, { name: 'push', branch: 'main' })
  // create-tag refuses the squash (no allow-squash), so nothing is merged back.
  expect(release.action('create-tag')?.result).toBe('failure')
  expect(release.job('release/back-merge').result).toBe('skipped')
  expect(r.sandbox.remoteSha('refs/heads/develop')).toBe(develop)
  const ancestry = release.job('ancestry')
  expect(ancestry.result).toBe('failure')
  const check = ancestry.steps.find((s) => s.result === 'failure')
  const short = main.slice(0, 7)
  expect(check?.log).toContain(
    `::error::main (${short}) is not an ancestor of develop: 1 commit(s) of main are missing from develop (${short}), and no back-merge pull request is open.`
  )
  // The job summary lists them with their subjects.
  expect(check?.log).toContain(`${short} Release 1.3.0 (#1)`)

  // A back-merge pull request opened (by hand here): the job waits for it instead of failing.
  r.sandbox.git(r.dev, 'fetch', '--quiet', 'origin')
  r.sandbox.git(r.dev, 'checkout', '--quiet', '-B', 'back-merge/v1.3.0', 'origin/develop')
  r.sandbox.git(r.dev, 'merge', '--quiet', '--no-edit', '-X', 'theirs', 'origin/main')
  r.sandbox.push(r.dev, 'back-merge/v1.3.0')
  const opened = await api('/repos/acme/app/pulls', 'POST', {
    title: 'Merge main into develop after 1.3.0',
    head: 'back-merge/v1.3.0',
    base: 'develop'
  })
  expect(opened.status).toBe(201)
  const url = ((await opened.json()) as { html_url: string }).html_url
  const again = await runExampleWorkflow(r, { name: 'push', branch: 'main' })
  expect(again.job('ancestry').result).toBe('success')
  expect(again.job('ancestry').steps.at(-1)?.log).toContain(
    `::notice::main is not in develop yet: the back-merge pull request ${url} waits.`
  )
}, 240_000)

const failures = workflowFailures
