/**
 * Every write that is not idempotent is looked for after a lost answer, not sent again blindly
 * (issue #15, item 3): the answer to each create (release, tag ref, pull request, merge, commit
 * through the API) is dropped after the server applied it; the server must have applied the
 * call once, the object must exist once, and a rerun must change nothing.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { DropProxy } from '../kit/drop-proxy.js'
import { invokeAction } from '../kit/invoker.js'
import { Fixtures, type Fixture } from '../actions/create-tag-fixture.js'

const P = '/repos/acme/app'
const fixtures = new Fixtures()
const proxies: DropProxy[] = []
beforeAll(() => fixtures.setup())
afterEach(async () => {
  while (proxies.length) await proxies.pop()?.stop()
  await fixtures.cleanupEach()
})
afterAll(() => fixtures.cleanupAll())

interface WriteCase {
  action: string
  template: 'cut' | 'merged'
  branch: string
  inputs: Record<string, string>
  noCheckout?: boolean
  route: string
  /** The object made, as the server holds it: must be exactly one. */
  made: (f: Fixture) => unknown[]
  results: [string, string]
  prepare?: (f: Fixture) => void
}

const CASES: Array<[string, WriteCase]> = [
  [
    'create-tag: POST /releases',
    {
      action: 'create-tag',
      template: 'merged',
      branch: 'main',
      inputs: {},
      route: `${P}/releases`,
      made: (f) => f.server.state.releases.filter((r) => r.tag_name === 'v1.3.0'),
      results: ['created', 'unchanged']
    }
  ],
  [
    'create-tag via api: POST /git/refs',
    {
      action: 'create-tag',
      template: 'merged',
      branch: 'main',
      inputs: { via: 'api', version: '1.3.0', 'create-release': 'false' },
      noCheckout: true,
      route: `${P}/git/refs`,
      made: (f) => (f.sandbox.remoteSha('refs/tags/v1.3.0') ? ['v1.3.0'] : []),
      results: ['created', 'unchanged']
    }
  ],
  [
    'open-release-pr: POST /pulls',
    {
      action: 'open-release-pr',
      template: 'cut',
      branch: 'release-v1.3.0',
      inputs: {},
      route: `${P}/pulls`,
      made: (f) => f.server.state.pulls,
      results: ['created', 'unchanged']
    }
  ],
  [
    'start-release: POST /milestones',
    {
      action: 'start-release',
      template: 'cut',
      branch: 'develop',
      inputs: { 'create-milestone': 'true' },
      route: `${P}/milestones`,
      made: (f) => f.server.state.milestones.filter((m) => m.title === '1.3.0'),
      results: ['created', 'unchanged'],
      // The release is not cut yet.
      prepare: (f) =>
        void f.sandbox.git(f.sandbox.origin, 'update-ref', '-d', 'refs/heads/release-v1.3.0')
    }
  ],
  [
    'back-merge through the API: POST /merges',
    {
      action: 'back-merge',
      template: 'merged',
      branch: 'main',
      inputs: { 'commit-via': 'api' },
      route: `${P}/merges`,
      made: (f) => (f.server.state.verifiedCommits.size === 1 ? ['merge'] : []),
      results: ['merged', 'unchanged']
    }
  ],
  [
    'bump-version through the API: POST /graphql',
    {
      action: 'bump-version',
      template: 'cut',
      branch: 'release-v1.3.0',
      inputs: { 'commit-via': 'api' },
      route: '/graphql',
      made: (f) => [...f.server.state.verifiedCommits],
      results: ['updated', 'unchanged']
    }
  ]
]

function run(f: Fixture, proxy: DropProxy, c: WriteCase) {
  const name = `ws-${Math.random().toString(36).slice(2)}`
  const workspace = c.noCheckout
    ? mkdtempSync(join(f.sandbox.root, name))
    : f.sandbox.checkout(name, c.branch)
  return invokeAction({
    action: c.action,
    workspace,
    ref: `refs/heads/${c.branch}`,
    sha: f.sandbox.remoteSha(`refs/heads/${c.branch}`)!,
    apiUrl: proxy.url,
    inputs: c.inputs
  })
}

test.each(CASES)('%s: answer lost after it was applied, made once', async (_name, c) => {
  const f = await fixtures.copy(c.template)
  c.prepare?.(f)
  const proxy = await DropProxy.start(f.server.url)
  proxies.push(proxy)
  proxy.drop({ method: 'POST', path: c.route }, 'after')
  const first = await run(f, proxy, c)
  expect(first.errors).toBe('')
  expect(proxy.log.filter((r) => r.fate === 'dropped-after')).toHaveLength(1)
  expect(f.server.requestsTo('POST', c.route)).toHaveLength(1)
  expect(c.made(f)).toHaveLength(1)
  const second = await run(f, proxy, c)
  expect(second.errors).toBe('')
  expect([first.outputs.result, second.outputs.result]).toEqual(c.results)
  expect(c.made(f)).toHaveLength(1)
})
