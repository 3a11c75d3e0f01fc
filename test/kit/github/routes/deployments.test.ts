import { FakeGitHub } from '../server.js'
import { callApi } from '../api-client.js'
import { createOriginFixture, type OriginFixture } from '../origin-fixture.js'

const P = '/repos/acme/app'
let fixture: OriginFixture
let server: FakeGitHub

beforeAll(async () => {
  fixture = await createOriginFixture()
})
afterAll(() => fixture.cleanup())

beforeEach(async () => {
  server = await FakeGitHub.start({ bareRepo: fixture.bare })
})
afterEach(async () => {
  await server.stop()
})

async function deploy(body: Record<string, unknown>): Promise<number> {
  const created = await callApi(server, 'POST', `${P}/deployments`, {
    auto_merge: false,
    required_contexts: [],
    ...body
  })
  expect(created.status).toBe(201)
  return created.body.id as number
}

async function status(id: number, body: Record<string, unknown>) {
  return callApi(server, 'POST', `${P}/deployments/${id}/statuses`, body)
}

async function states(id: number): Promise<string[]> {
  const list = await callApi(server, 'GET', `${P}/deployments/${id}/statuses`)
  return (list.body as Array<{ state: string }>).map((s) => s.state)
}

describe('deployments', () => {
  test('a deployment resolves its ref, keeps its payload and lists newest first, filtered', async () => {
    const first = await deploy({ ref: 'main', environment: 'staging', payload: { version: '1' } })
    const second = await deploy({ ref: 'main', environment: 'production' })
    const one = await callApi(server, 'GET', `${P}/deployments/${first}`)
    expect(one.body).toMatchObject({
      ref: 'main',
      sha: fixture.feature,
      task: 'deploy',
      environment: 'staging',
      payload: { version: '1' },
      production_environment: false,
      transient_environment: false,
      creator: { login: 'github-actions[bot]' }
    })
    const all = await callApi<Array<{ id: number }>>(server, 'GET', `${P}/deployments`)
    expect(all.body.map((d) => d.id)).toEqual([second, first])
    const staging = await callApi<Array<{ id: number }>>(
      server,
      'GET',
      `${P}/deployments?environment=staging&ref=main`
    )
    expect(staging.body.map((d) => d.id)).toEqual([first])
    const none = await callApi(server, 'GET', `${P}/deployments?environment=staging&ref=v9`)
    expect(none.body).toEqual([])
  })

  test('a ref that names no commit is refused; auto_merge behind the default branch conflicts', async () => {
    const missing = await callApi(server, 'POST', `${P}/deployments`, { ref: 'nope' })
    expect(missing.status).toBe(422)
    expect(missing.body.message).toBe('No ref found for: nope')
    const behind = await callApi(server, 'POST', `${P}/deployments`, { ref: fixture.initial })
    expect(behind.status).toBe(409)
    expect(server.state.deployments).toEqual([])
  })

  test('statuses list newest first; log_url sets target_url; a bad state is refused', async () => {
    const id = await deploy({ ref: 'main', environment: 'staging' })
    await status(id, { state: 'in_progress', log_url: 'https://ci/run/1' })
    const done = await status(id, { state: 'success', environment_url: 'https://staging.test' })
    expect(done.status).toBe(201)
    expect(done.body).toMatchObject({
      environment: 'staging',
      environment_url: 'https://staging.test'
    })
    expect(await states(id)).toEqual(['success', 'in_progress'])
    expect(server.state.deploymentStatuses.get(id)![0].target_url).toBe('https://ci/run/1')
    const bad = await status(id, { state: 'done' })
    expect(bad.status).toBe(422)
  })

  test('success marks earlier successful non-production deployments inactive unless auto_inactive is false', async () => {
    const old = await deploy({ ref: 'main', environment: 'staging' })
    await status(old, { state: 'success' })
    const failed = await deploy({ ref: 'main', environment: 'staging' })
    await status(failed, { state: 'failure' })
    const next = await deploy({ ref: 'main', environment: 'staging' })
    await status(next, { state: 'success' })
    expect(await states(old)).toEqual(['inactive', 'success'])
    expect(await states(failed)).toEqual(['failure'])
    const quiet = await deploy({ ref: 'main', environment: 'staging' })
    await status(quiet, { state: 'success', auto_inactive: false })
    expect(await states(next)).toEqual(['success'])
  })

  test('production deployments are not made inactive by GitHub', async () => {
    const old = await deploy({ ref: 'main', environment: 'production' })
    await status(old, { state: 'success' })
    const next = await deploy({ ref: 'main', environment: 'production' })
    await status(next, { state: 'success' })
    expect(await states(old)).toEqual(['success'])
  })
})
