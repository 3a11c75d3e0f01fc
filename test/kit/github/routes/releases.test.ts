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
  let tick = Date.UTC(2024, 4, 1)
  // A clock that advances a minute per reading, so creation order is visible in timestamps.
  const clock = () => new Date((tick += 60_000))
  server = await FakeGitHub.start({ bareRepo: fixture.bare, clock })
})
afterEach(async () => {
  await server.stop()
})

async function create(body: Record<string, unknown>) {
  return callApi(server, 'POST', `${P}/releases`, body)
}

describe('creating releases', () => {
  test('a release carries the fields clients read', async () => {
    const created = await create({ tag_name: 'v1.2.0', name: '1.2.0', body: '## Added' })
    expect(created.status).toBe(201)
    const id: number = created.body.id
    expect(created.body).toMatchObject({
      id,
      tag_name: 'v1.2.0',
      name: '1.2.0',
      body: '## Added',
      draft: false,
      prerelease: false,
      target_commitish: 'main',
      html_url: 'https://github.com/acme/app/releases/tag/v1.2.0',
      url: `${server.url}${P}/releases/${id}`,
      upload_url: `${server.url}${P}/releases/${id}/assets{?name,label}`,
      author: { login: 'github-actions[bot]', type: 'Bot' },
      created_at: '2024-05-01T00:02:00Z',
      published_at: '2024-05-01T00:02:00Z'
    })
    expect(created.headers.location).toBe(created.body.url)
    expect(server.state.releases).toEqual([created.body])
  })

  test('a second release for the same tag is refused in GitHub shape', async () => {
    await create({ tag_name: 'v1.2.0' })
    const again = await create({ tag_name: 'v1.2.0' })
    expect(again.status).toBe(422)
    expect(again.body).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com/),
      status: '422'
    })
  })

  test('tag_name is required; a new tag needs a target that is a commit', async () => {
    const missing = await create({ name: 'x' })
    expect(missing.body.errors).toEqual([
      { resource: 'Release', code: 'missing_field', field: 'tag_name' }
    ])
    const badTarget = await create({ tag_name: 'v5.0.0', target_commitish: 'nowhere' })
    expect(badTarget.body.errors).toEqual([
      { resource: 'Release', code: 'invalid', field: 'target_commitish' }
    ])
    expect(server.state.releases).toEqual([])
  })

  test('a draft makes no tag until it is published', async () => {
    const draft = await create({ tag_name: 'v2.0.0', target_commitish: 'develop', draft: true })
    expect(draft.body).toMatchObject({ draft: true, published_at: null })
    expect((await callApi(server, 'GET', `${P}/git/ref/tags/v2.0.0`)).status).toBe(404)
    expect((await callApi(server, 'GET', `${P}/releases/tags/v2.0.0`)).status).toBe(404)
    const published = await callApi(server, 'PATCH', `${P}/releases/${draft.body.id}`, {
      draft: false
    })
    expect(published.body).toMatchObject({
      draft: false,
      published_at: '2024-05-01T00:03:00Z',
      updated_at: '2024-05-01T00:03:00Z'
    })
    const tag = await callApi(server, 'GET', `${P}/git/ref/tags/v2.0.0`)
    expect(tag.body.object.sha).toBe(fixture.next)
    expect((await callApi(server, 'GET', `${P}/releases/latest`)).body.id).toBe(draft.body.id)
  })

  test('drafts are hidden from tokens that cannot write contents', async () => {
    await create({ tag_name: 'v3.0.0', draft: true })
    server.addToken('ghs_read', { kind: 'github-token', permissions: { contents: 'read' } })
    expect((await callApi(server, 'GET', `${P}/releases`, undefined, 'ghs_read')).body).toEqual([])
    expect((await callApi(server, 'GET', `${P}/releases`)).body).toHaveLength(1)
  })
})

describe('reading, updating and deleting', () => {
  test('by id, by tag, and 404 for what does not exist', async () => {
    const { body } = await create({ tag_name: 'v1.2.0' })
    expect((await callApi(server, 'GET', `${P}/releases/${body.id}`)).body).toEqual(body)
    expect((await callApi(server, 'GET', `${P}/releases/tags/v1.2.0`)).body).toEqual(body)
    expect((await callApi(server, 'GET', `${P}/releases/tags/v0.0.1`)).status).toBe(404)
    expect((await callApi(server, 'GET', `${P}/releases/999999`)).status).toBe(404)
    expect((await callApi(server, 'GET', `${P}/releases/abc`)).status).toBe(404)
  })

  test('latest follows make_latest and skips prereleases', async () => {
    expect((await callApi(server, 'GET', `${P}/releases/latest`)).status).toBe(404)
    const first = await create({ tag_name: 'v1.1.0' })
    await create({ tag_name: 'v1.2.0', make_latest: 'false' })
    await create({ tag_name: 'v1.3.0-rc.1', target_commitish: 'develop', prerelease: true })
    expect((await callApi(server, 'GET', `${P}/releases/latest`)).body.id).toBe(first.body.id)
    expect(server.state.latestReleaseId).toBe(first.body.id)
    const bad = await create({ tag_name: 'v1.4.0', make_latest: 'sometimes' })
    expect(bad.body.errors).toEqual([
      { resource: 'Release', code: 'invalid', field: 'make_latest' }
    ])
  })

  test('update edits fields and keeps urls in step with the tag', async () => {
    const { body } = await create({ tag_name: 'v1.2.0', body: 'old' })
    const edited = await callApi(server, 'PATCH', `${P}/releases/${body.id}`, {
      body: 'new',
      tag_name: 'v1.1.0'
    })
    expect(edited.body).toMatchObject({
      body: 'new',
      tag_name: 'v1.1.0',
      html_url: 'https://github.com/acme/app/releases/tag/v1.1.0',
      created_at: body.created_at
    })
    expect(server.state.releases[0]).toEqual(edited.body)
    await create({ tag_name: 'v1.2.0' })
    const clash = await callApi(server, 'PATCH', `${P}/releases/${body.id}`, { tag_name: 'v1.2.0' })
    expect(clash.body.errors[0]).toMatchObject({ code: 'already_exists' })
  })

  test('delete removes the release and leaves its tag', async () => {
    const { body } = await create({ tag_name: 'v1.2.0' })
    expect((await callApi(server, 'DELETE', `${P}/releases/${body.id}`)).status).toBe(204)
    expect(server.state.releases).toEqual([])
    expect(server.state.latestReleaseId).toBeUndefined()
    expect((await callApi(server, 'GET', `${P}/git/ref/tags/v1.2.0`)).status).toBe(200)
    expect((await callApi(server, 'DELETE', `${P}/releases/${body.id}`)).status).toBe(404)
  })
})
