/**
 * Effects happen once under a lost response (issue #15, item 3): a request dropped before the
 * server saw it, or after the server applied it (its answer lost), is looked for before it is
 * sent again, through a loopback proxy that loses connections on purpose.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createOriginFixture, type OriginFixture } from '../kit/github/origin-fixture.js'
import { FakeGitHub } from '../kit/github/server.js'
import { seedIssue, seedMilestone } from '../kit/github/issue-objects.js'
import { DropProxy, type DropWhen } from '../kit/drop-proxy.js'
import { invokeAction } from '../kit/invoker.js'

const P = '/repos/acme/app'
let fixture: OriginFixture
let github: FakeGitHub
let proxy: DropProxy

beforeAll(async () => {
  fixture = await createOriginFixture()
})
afterAll(() => fixture.cleanup())
beforeEach(async () => {
  github = await FakeGitHub.start({ bareRepo: fixture.bare })
  proxy = await DropProxy.start(github.url)
})
afterEach(async () => {
  await proxy.stop()
  await github.stop()
})

function deploy() {
  return invokeAction({
    action: 'deploy',
    workspace: fixture.work,
    apiUrl: proxy.url,
    ref: 'refs/tags/v1.2.0',
    sha: fixture.feature,
    inputs: { environment: 'staging', run: 'true' }
  })
}

describe('deploy: POST /deployments', () => {
  test.each<[DropWhen, number]>([
    ['before', 1],
    ['after', 1],
    ['after', 3],
    ['before', 3]
  ])('dropped %s the server applied it, %i time(s): one deployment', async (when, times) => {
    proxy.drop({ method: 'POST', path: `${P}/deployments` }, when, times)
    const run = await deploy()
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('success')
    // The server applied exactly one POST: a lost answer was looked for, not sent again.
    expect(github.requestsTo('POST', `${P}/deployments`)).toHaveLength(1)
    expect(proxy.log.filter((r) => r.fate !== 'forwarded').length).toBeGreaterThan(0)
    expect(github.state.deployments).toHaveLength(1)
    expect(run.outputs['deployment-id']).toBe(String(github.state.deployments[0].id))
    // Run twice: the rerun adds statuses to the same record.
    const again = await deploy()
    expect(again.outputs.result).toBe('success')
    expect(github.state.deployments).toHaveLength(1)
  })
})

describe('close-milestone: the carry-over milestone', () => {
  function close() {
    return invokeAction({
      action: 'close-milestone',
      workspace: fixture.work,
      apiUrl: proxy.url,
      ref: 'refs/heads/main',
      sha: fixture.feature,
      inputs: { version: '1.2.0', 'carry-over': '1.3.0' }
    })
  }

  test.each<[string, DropWhen[]]>([
    ['dropped after the server applied it', ['after']],
    ['dropped before the server saw it, twice', ['before', 'before']],
    ['dropped before, then after it was applied', ['before', 'after']]
  ])('its creation %s: one milestone, then unchanged', async (_name, drops) => {
    const milestone = seedMilestone(github, { title: '1.2.0' })
    const open = seedIssue(github, { title: 'Polish', milestone: milestone.number })
    for (const when of drops) proxy.drop({ method: 'POST', path: `${P}/milestones` }, when)
    const run = await close()
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    expect(proxy.pending).toBe(0)
    // The server applied one POST: a lost answer was looked for (by title), not sent again.
    expect(github.requestsTo('POST', `${P}/milestones`)).toHaveLength(1)
    const carry = github.state.milestones.filter((m) => m.title === '1.3.0')
    expect(carry).toHaveLength(1)
    expect(github.state.issues.find((i) => i.number === open.number)?.milestone?.title).toBe(
      '1.3.0'
    )
    expect(github.state.milestones.find((m) => m.title === '1.2.0')?.state).toBe('closed')
    const rerun = await close()
    expect(rerun.errors).toBe('')
    expect(rerun.outputs.result).toBe('unchanged')
    expect(github.state.milestones).toHaveLength(2)
  })
})
