import { request } from 'node:http'
import { getOctokit } from '@actions/github'
import { FakeGitHub } from './server.js'
import { callApi } from './api-client.js'
import { createOriginFixture, type OriginFixture } from './origin-fixture.js'

const P = '/repos/acme/app'
let server: FakeGitHub

beforeEach(async () => {
  server = await FakeGitHub.start()
})
afterEach(async () => {
  await server.stop()
})

/** A raw request, to see a dropped connection the way a client library meets it. */
function rawGet(path: string): Promise<{ status?: number; error?: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    const req = request(`${server.url}${path}`, { headers: { authorization: 'token test-token' } })
    req.on('response', (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode }))
    })
    req.on('error', (error) => resolve({ error }))
    req.end()
  })
}

describe('authentication and permissions', () => {
  test('a missing or unknown token gets 401 Bad credentials', async () => {
    for (const token of [null, 'nope']) {
      const answer = await callApi(server, 'GET', P, undefined, token)
      expect(answer.status).toBe(401)
      expect(answer.body).toMatchObject({ message: 'Bad credentials' })
      expect(answer.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\//)
    }
  })

  test('a token without the permission gets 403 naming the permission GitHub wants', async () => {
    server.addToken('ghs_readonly', { kind: 'github-token', permissions: { contents: 'read' } })
    const answer = await callApi(
      server,
      'POST',
      `${P}/releases`,
      { tag_name: 'v1.0.0' },
      'ghs_readonly'
    )
    expect(answer.status).toBe(403)
    expect(answer.body.message).toBe('Resource not accessible by integration')
    expect(answer.headers['x-accepted-github-permissions']).toBe('contents=write')
    expect(server.state.releases).toEqual([])
    const read = await callApi(server, 'GET', `${P}/releases`, undefined, 'ghs_readonly')
    expect(read.status).toBe(200)
  })

  test('every token reads metadata; repository permissions follow the grant', async () => {
    server.addToken('ghp_x', { kind: 'pat', permissions: { contents: 'read' } })
    const limited = await callApi(server, 'GET', P, undefined, 'ghp_x')
    expect(limited.status).toBe(200)
    expect(limited.body.permissions).toEqual({
      admin: false,
      maintain: false,
      push: false,
      triage: false,
      pull: true
    })
    const full = await callApi(server, 'GET', P)
    expect(full.body.permissions.push).toBe(true)
    expect(full.body.default_branch).toBe('main')
  })

  test('Bearer works like token', async () => {
    const response = await fetch(`${server.url}${P}`, {
      headers: { authorization: 'Bearer test-token' }
    })
    expect(response.status).toBe(200)
  })
})

describe('answers', () => {
  test('every answer carries GitHub headers, errors included', async () => {
    for (const [path, status] of [
      [P, 200],
      [`${P}/nothing-here`, 404],
      ['/repos/other/app', 404]
    ] as const) {
      const answer = await callApi(server, 'GET', path)
      expect(answer.status).toBe(status)
      expect(answer.headers['content-type']).toMatch(/^application\/json/)
      for (const name of ['limit', 'remaining', 'reset', 'used']) {
        expect(answer.headers[`x-ratelimit-${name}`]).toMatch(/^\d+$/)
      }
      expect(answer.headers['x-github-request-id']).toBeTruthy()
    }
    expect((await callApi(server, 'GET', `${P}/nothing-here`)).body).toMatchObject({
      message: 'Not Found'
    })
  })

  test('rate-limit counters move with each request', async () => {
    const first = await callApi(server, 'GET', P)
    const second = await callApi(server, 'GET', P)
    expect(Number(second.headers['x-ratelimit-used'])).toBe(
      Number(first.headers['x-ratelimit-used']) + 1
    )
    expect(Number(second.headers['x-ratelimit-remaining'])).toBe(
      5000 - Number(second.headers['x-ratelimit-used'])
    )
    expect(second.headers['x-github-request-id']).not.toBe(first.headers['x-github-request-id'])
  })

  test('a body that is not JSON gets 400', async () => {
    const response = await fetch(`${server.url}${P}/releases`, {
      method: 'POST',
      headers: { authorization: 'token test-token' },
      body: '{nope'
    })
    expect(response.status).toBe(400)
    expect(server.requests.at(-1)).toMatchObject({ body: '{nope', status: 400 })
  })
})

describe('faults', () => {
  test('a status fault answers once by default, then the route works again', async () => {
    server.fault({ method: 'GET', path: P }, { status: 502 })
    expect((await callApi(server, 'GET', P)).status).toBe(502)
    expect((await callApi(server, 'GET', P)).status).toBe(200)
  })

  test('times counts the failing requests; method and path must both match', async () => {
    server.fault(
      { method: 'POST', path: '/repos/{owner}/{repo}/releases' },
      { status: 500, times: 2 }
    )
    expect((await callApi(server, 'GET', `${P}/releases`)).status).toBe(200)
    const statuses = []
    for (let i = 0; i < 3; i += 1) {
      statuses.push(
        (await callApi(server, 'POST', `${P}/releases`, { tag_name: `v1.${i}.0` })).status
      )
    }
    expect(statuses).toEqual([500, 500, 201])
    expect(server.state.releases.map((r) => r.tag_name)).toEqual(['v1.2.0'])
  })

  test('429 and secondary rate limits carry retry-after and the body given', async () => {
    server.fault({ path: /\/releases$/ }, { status: 429, headers: { 'retry-after': '1' } })
    const secondary = { message: 'You have exceeded a secondary rate limit' }
    server.fault({ path: P }, { status: 403, headers: { 'retry-after': '1' }, body: secondary })
    const limited = await callApi(server, 'GET', `${P}/releases`)
    expect(limited.status).toBe(429)
    expect(limited.headers['retry-after']).toBe('1')
    const blocked = await callApi(server, 'GET', P)
    expect(blocked).toMatchObject({ status: 403, body: secondary })
    expect(blocked.headers['retry-after']).toBe('1')
    expect(blocked.headers['x-ratelimit-limit']).toBe('5000')
  })

  test('drop destroys the connection: the client sees a reset, the request is recorded', async () => {
    server.fault({ path: P }, { drop: true })
    const dropped = await rawGet(P)
    expect(dropped.status).toBeUndefined()
    expect(`${dropped.error?.code} ${dropped.error?.message}`).toMatch(/ECONNRESET|socket hang up/)
    expect(server.requestsTo('GET', P)).toMatchObject([{ status: 0 }])
    expect((await rawGet(P)).status).toBe(200)
  })
})

describe('pagination', () => {
  beforeEach(async () => {
    for (let i = 0; i < 205; i += 1) {
      await callApi(server, 'POST', `${P}/releases`, { tag_name: `v0.${i}.0` })
    }
  })

  test('default and maximum page sizes, with Link on the server url', async () => {
    const first = await callApi(server, 'GET', `${P}/releases`)
    expect(first.body).toHaveLength(30)
    expect(first.body[0].tag_name).toBe('v0.204.0')
    expect(first.headers.link).toBe(
      `<${server.url}${P}/releases?per_page=30&page=2>; rel="next", ` +
        `<${server.url}${P}/releases?per_page=30&page=7>; rel="last"`
    )
    const big = await callApi(server, 'GET', `${P}/releases?per_page=500`)
    expect(big.body).toHaveLength(100)
    expect(big.headers.link).toContain('page=3>; rel="last"')
  })

  test('the last page links back, not forward', async () => {
    type Page = Array<{ tag_name: string }>
    const last = await callApi<Page>(server, 'GET', `${P}/releases?per_page=100&page=3`)
    expect(last.body.map((r) => r.tag_name)).toEqual([
      'v0.4.0',
      'v0.3.0',
      'v0.2.0',
      'v0.1.0',
      'v0.0.0'
    ])
    expect(last.headers.link).toBe(
      `<${server.url}${P}/releases?per_page=100&page=2>; rel="prev", ` +
        `<${server.url}${P}/releases?per_page=100&page=1>; rel="first"`
    )
  })

  test('octokit.paginate follows the links to every item', async () => {
    const octokit = getOctokit('test-token', { baseUrl: server.url })
    const all = await octokit.paginate(octokit.rest.repos.listReleases, {
      owner: 'acme',
      repo: 'app',
      per_page: 100
    })
    expect(all).toHaveLength(205)
    expect(new Set(all.map((r) => r.id)).size).toBe(205)
  })
})

describe('recording and routes', () => {
  test('a delayMs fault answers as usual, late: a request sent after it is answered first', async () => {
    server.fault({ method: 'GET', path: `${P}/releases` }, { delayMs: 300 })
    const slow = callApi(server, 'GET', `${P}/releases`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const fast = callApi(server, 'GET', `${P}/milestones`)
    const [late, early] = await Promise.all([slow, fast])
    expect([late.status, early.status]).toEqual([200, 200])
    const [first, second] = server.requests
    expect(first).toMatchObject({ path: `${P}/releases`, status: 200, answered: 2 })
    expect(second).toMatchObject({ path: `${P}/milestones`, status: 200, answered: 1 })
  })

  test('records method, path, query, headers, parsed body and status', async () => {
    await callApi(server, 'POST', `${P}/releases?x=1`, { tag_name: 'v2.0.0', draft: true })
    expect(server.requests).toEqual([
      {
        method: 'POST',
        path: `${P}/releases`,
        query: { x: '1' },
        headers: expect.objectContaining({ authorization: 'token test-token' }),
        body: { tag_name: 'v2.0.0', draft: true },
        status: 201,
        answered: 1
      }
    ])
    expect(server.requestsTo('post', `${P}/releases`)).toHaveLength(1)
    expect(server.requestsTo('POST', '/repos/{owner}/{repo}/releases')).toHaveLength(1)
    expect(server.requestsTo('GET', /releases/)).toHaveLength(0)
  })

  test('route() adds or replaces a handler, with its permission checked', async () => {
    server.route('GET', '/repos/{owner}/{repo}/releases/latest', () => ({
      status: 200,
      body: { id: 7 }
    }))
    server.route(
      'GET',
      '/repos/{owner}/{repo}/environments',
      (ctx) => ({
        status: 200,
        body: { total_count: 0, owner: ctx.params.owner }
      }),
      ['actions', 'read']
    )
    expect((await callApi(server, 'GET', `${P}/releases/latest`)).body).toEqual({ id: 7 })
    expect((await callApi(server, 'GET', `${P}/environments`)).body).toEqual({
      total_count: 0,
      owner: 'acme'
    })
    server.addToken('ghs_none', { kind: 'app', permissions: {} })
    const denied = await callApi(server, 'GET', `${P}/environments`, undefined, 'ghs_none')
    expect(denied.status).toBe(403)
    expect(denied.headers['x-accepted-github-permissions']).toBe('actions=read')
  })
})

describe('git-backed routes against a real bare repository', () => {
  let fixture: OriginFixture
  let git: FakeGitHub

  beforeAll(async () => {
    fixture = await createOriginFixture()
  })
  afterAll(() => fixture.cleanup())
  beforeEach(async () => {
    git = await FakeGitHub.start({ bareRepo: fixture.bare, serverUrl: 'https://ghe.example.com/' })
  })
  afterEach(async () => {
    await git.stop()
  })

  test('refs, tags and commits are read from the bare origin', async () => {
    const ref = await callApi(git, 'GET', `${P}/git/ref/tags/v1.2.0`)
    expect(ref.body).toMatchObject({
      ref: 'refs/tags/v1.2.0',
      object: { type: 'tag', sha: fixture.tagObject }
    })
    const encoded = await callApi(git, 'GET', `${P}/git/ref/heads%2Fdevelop`)
    expect(encoded.body.object).toMatchObject({ type: 'commit', sha: fixture.next })
    type Tags = Array<{ name: string; commit: { sha: string } }>
    const tags = await callApi<Tags>(git, 'GET', `${P}/tags`)
    expect(tags.body.map((t) => [t.name, t.commit.sha])).toEqual([
      ['v1.2.0', fixture.feature],
      ['v1.1.0', fixture.initial]
    ])
    const commit = await callApi(git, 'GET', `${P}/commits/main`)
    expect(commit.body).toMatchObject({
      sha: fixture.feature,
      html_url: `https://ghe.example.com/acme/app/commit/${fixture.feature}`,
      commit: {
        message: 'Feature: login page (JIRA-1234)',
        author: { email: 'dev.one@example.com' }
      },
      parents: [{ sha: fixture.initial }]
    })
  })

  test('a release for a missing tag creates it at target_commitish; a second one is 422', async () => {
    const created = await callApi(git, 'POST', `${P}/releases`, {
      tag_name: 'v1.3.0',
      target_commitish: 'develop'
    })
    expect(created.status).toBe(201)
    expect(created.body.html_url).toBe('https://ghe.example.com/acme/app/releases/tag/v1.3.0')
    expect(await fixture.git(['rev-parse', 'refs/tags/v1.3.0'], fixture.bare)).toBe(fixture.next)
    const again = await callApi(git, 'POST', `${P}/releases`, { tag_name: 'v1.3.0' })
    expect(again.status).toBe(422)
    expect(again.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]
    })
    expect(git.state.releases).toHaveLength(1)
  })

  test('without a bare repository the git-backed routes answer 404', async () => {
    expect((await callApi(server, 'GET', `${P}/git/ref/heads/main`)).status).toBe(404)
    expect((await callApi(server, 'GET', `${P}/tags`)).status).toBe(404)
  })
})
