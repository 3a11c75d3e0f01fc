import { FakeGitHub } from '../server.js'
import { callApi } from '../api-client.js'
import { createOriginFixture, type OriginFixture } from '../origin-fixture.js'
import { addRuleset } from './branches.js'

const P = '/repos/acme/app'
let fixture: OriginFixture
let server: FakeGitHub

beforeAll(async () => {
  fixture = await createOriginFixture()
  server = await FakeGitHub.start({ bareRepo: fixture.bare })
})
afterAll(async () => {
  await server.stop()
  fixture.cleanup()
})

/** What the bare origin itself says a ref holds ('' when it has no such ref). */
async function originRef(ref: string): Promise<string> {
  const out = await fixture.git(['for-each-ref', '--format=%(objectname)', ref], fixture.bare)
  return out.trim()
}

describe('reading refs', () => {
  test('get ref answers the object the ref names; a missing ref is 404', async () => {
    const main = await callApi(server, 'GET', `${P}/git/ref/heads/main`)
    expect(main.body).toEqual({
      ref: 'refs/heads/main',
      node_id: expect.any(String),
      url: `${server.url}${P}/git/refs/heads/main`,
      object: {
        type: 'commit',
        sha: fixture.feature,
        url: `${server.url}${P}/git/commits/${fixture.feature}`
      }
    })
    expect((await callApi(server, 'GET', `${P}/git/ref/tags/v9.9.9`)).status).toBe(404)
    expect((await callApi(server, 'GET', `${P}/git/ref/refs/heads/main`)).status).toBe(404)
  })

  test('matching-refs matches by prefix of the name, not by whole path parts', async () => {
    const answer = await callApi<Array<{ ref: string }>>(
      server,
      'GET',
      `${P}/git/matching-refs/tags/v1.`
    )
    expect(answer.body.map((r) => r.ref)).toEqual(['refs/tags/v1.1.0', 'refs/tags/v1.2.0'])
    expect((await callApi(server, 'GET', `${P}/git/matching-refs/tags/nope`)).body).toEqual([])
  })
})

describe('writing refs', () => {
  test('create writes the ref into the origin; creating it again is 422', async () => {
    const body = { ref: 'refs/heads/release-v1.3.0', sha: fixture.next }
    const created = await callApi(server, 'POST', `${P}/git/refs`, body)
    expect(created.status).toBe(201)
    expect(created.headers.location).toBe(`${server.url}${P}/git/refs/heads/release-v1.3.0`)
    expect(await originRef('refs/heads/release-v1.3.0')).toBe(fixture.next)
    const again = await callApi(server, 'POST', `${P}/git/refs`, body)
    expect(again).toMatchObject({ status: 422, body: { message: 'Reference already exists' } })
  })

  test('create refuses bad names and unknown objects', async () => {
    const short = await callApi(server, 'POST', `${P}/git/refs`, {
      ref: 'heads/x',
      sha: fixture.next
    })
    expect(short.status).toBe(422)
    const bad = await callApi(server, 'POST', `${P}/git/refs`, {
      ref: 'refs/heads/a..b',
      sha: fixture.next
    })
    expect(bad.body.message).toBe('refs/heads/a..b is not a valid ref name.')
    const ghost = await callApi(server, 'POST', `${P}/git/refs`, {
      ref: 'refs/heads/g',
      sha: 'f'.repeat(40)
    })
    expect(ghost.body.message).toBe('Object does not exist')
    const missing = await callApi(server, 'POST', `${P}/git/refs`, { ref: 'refs/heads/g' })
    expect(missing).toMatchObject({
      status: 422,
      body: { message: expect.stringContaining('"sha"') }
    })
  })

  test('update moves forward; backwards needs force', async () => {
    await callApi(server, 'POST', `${P}/git/refs`, {
      ref: 'refs/heads/moving',
      sha: fixture.feature
    })
    const forward = await callApi(server, 'PATCH', `${P}/git/refs/heads/moving`, {
      sha: fixture.next
    })
    expect(forward.body.object.sha).toBe(fixture.next)
    const back = await callApi(server, 'PATCH', `${P}/git/refs/heads/moving`, {
      sha: fixture.initial
    })
    expect(back).toMatchObject({ status: 422, body: { message: 'Update is not a fast forward' } })
    expect(await originRef('refs/heads/moving')).toBe(fixture.next)
    const forced = await callApi(server, 'PATCH', `${P}/git/refs/heads/moving`, {
      sha: fixture.initial,
      force: true
    })
    expect(forced.status).toBe(200)
    expect(await originRef('refs/heads/moving')).toBe(fixture.initial)
    const none = await callApi(server, 'PATCH', `${P}/git/refs/heads/none`, { sha: fixture.next })
    expect(none.body.message).toBe('Reference does not exist')
  })

  test('delete removes the ref; deleting a missing ref is 422', async () => {
    await callApi(server, 'POST', `${P}/git/refs`, { ref: 'refs/heads/doomed', sha: fixture.next })
    expect((await callApi(server, 'DELETE', `${P}/git/refs/heads/doomed`)).status).toBe(204)
    expect(await originRef('refs/heads/doomed')).toBe('')
    expect((await callApi(server, 'DELETE', `${P}/git/refs/heads/doomed`)).status).toBe(422)
  })

  test('writing refs needs contents: write', async () => {
    server.addToken('ghs_read', { kind: 'github-token', permissions: { contents: 'read' } })
    const body = { ref: 'refs/heads/denied', sha: fixture.next }
    const denied = await callApi(server, 'POST', `${P}/git/refs`, body, 'ghs_read')
    expect(denied.status).toBe(403)
    expect(denied.headers['x-accepted-github-permissions']).toBe('contents=write')
    expect(await originRef('refs/heads/denied')).toBe('')
  })
})

describe('tag and commit objects', () => {
  test('an API-made annotated tag is a real git tag once its ref is created', async () => {
    const tagger = { name: 'Release Bot', email: 'bot@example.com', date: '2024-05-01T10:00:00Z' }
    const made = await callApi(server, 'POST', `${P}/git/tags`, {
      tag: 'v1.3.0',
      message: 'Release 1.3.0',
      object: fixture.next,
      type: 'commit',
      tagger
    })
    expect(made.status).toBe(201)
    expect(made.body).toMatchObject({ tag: 'v1.3.0', message: 'Release 1.3.0', tagger })
    expect(made.body.object).toMatchObject({ sha: fixture.next, type: 'commit' })
    expect(made.body.verification).toMatchObject({ verified: false, reason: 'unsigned' })
    expect(await originRef('refs/tags/v1.3.0')).toBe('')
    await callApi(server, 'POST', `${P}/git/refs`, { ref: 'refs/tags/v1.3.0', sha: made.body.sha })
    await fixture.git(['fetch', '-q', 'origin', 'tag', 'v1.3.0'])
    expect(
      await fixture.git([
        'tag',
        '-l',
        '--format=%(contents:subject)|%(taggername)|%(*objectname)',
        'v1.3.0'
      ])
    ).toBe(`Release 1.3.0|Release Bot|${fixture.next}`)
    expect((await callApi(server, 'GET', `${P}/git/tags/${made.body.sha}`)).body).toEqual(made.body)
    expect(server.state.apiTags).toEqual([
      expect.objectContaining({
        sha: made.body.sha,
        tag: 'v1.3.0',
        object: { sha: fixture.next, type: 'commit' }
      })
    ])
  })

  test('a tag object names an existing object of the stated type', async () => {
    const wrongType = { tag: 'x1', message: 'm', object: fixture.next, type: 'tree' }
    expect((await callApi(server, 'POST', `${P}/git/tags`, wrongType)).status).toBe(422)
    const badType = { tag: 'x1', message: 'm', object: fixture.next, type: 'banana' }
    expect((await callApi(server, 'POST', `${P}/git/tags`, badType)).status).toBe(422)
  })

  test('a tag made with git reads back with its message; a commit is no tag', async () => {
    const tag = await callApi(server, 'GET', `${P}/git/tags/${fixture.tagObject}`)
    expect(tag.body).toMatchObject({
      tag: 'v1.2.0',
      message: 'Release 1.2.0\n',
      tagger: { name: 'Dev One', email: 'dev.one@example.com', date: expect.stringMatching(/Z$/) },
      object: { sha: fixture.feature, type: 'commit' }
    })
    expect((await callApi(server, 'GET', `${P}/git/tags/${fixture.feature}`)).status).toBe(404)
  })

  test('a git commit shows tree, parents, identities and the message without newline', async () => {
    const commit = await callApi(server, 'GET', `${P}/git/commits/${fixture.feature}`)
    expect(commit.body).toMatchObject({
      sha: fixture.feature,
      message: 'Feature: login page (JIRA-1234)',
      author: { name: 'Dev One', email: 'dev.one@example.com' },
      parents: [{ sha: fixture.initial }],
      tree: { sha: expect.stringMatching(/^[0-9a-f]{40}$/) }
    })
    expect(new Date(commit.body.author.date).getTime()).toBeGreaterThan(Date.UTC(2023, 0, 1))
    expect((await callApi(server, 'GET', `${P}/git/commits/${'0'.repeat(40)}`)).status).toBe(404)
  })

  test('commits/{ref} resolves branches, tags and shas; an unknown ref is 422', async () => {
    const expected = [
      ['develop', fixture.next],
      ['v1.2.0', fixture.feature],
      [fixture.next.slice(0, 12), fixture.next]
    ]
    for (const [ref, sha] of expected) {
      expect((await callApi(server, 'GET', `${P}/commits/${ref}`)).body.sha).toBe(sha)
    }
    const unknown = await callApi(server, 'GET', `${P}/commits/no-such-branch`)
    expect(unknown).toMatchObject({
      status: 422,
      body: { message: 'No commit found for SHA: no-such-branch' }
    })
  })
})

describe('tag rulesets', () => {
  test("creation, update and deletion rules refuse tag refs with GitHub's 422 and words; branches and other tags pass; the bypass list lets through", async () => {
    const ruleset = addRuleset(server, {
      name: 'release tags',
      target: 'tag',
      include: ['refs/tags/v2.*'],
      rules: ['creation', 'update', 'deletion']
    })
    try {
      const created = await callApi(server, 'POST', `${P}/git/refs`, {
        ref: 'refs/tags/v2.0.0',
        sha: fixture.next
      })
      expect(created).toMatchObject({
        status: 422,
        body: {
          message:
            'Repository rule violations found\n\nCannot create ref due to creations being restricted.\n\n'
        }
      })
      expect(await originRef('refs/tags/v2.0.0')).toBe('')
      const other = await callApi(server, 'POST', `${P}/git/refs`, {
        ref: 'refs/tags/rc-2',
        sha: fixture.next
      })
      expect(other.status).toBe(201)
      ruleset.bypass = ['github-token', 'pat', 'app']
      const bypassed = await callApi(server, 'POST', `${P}/git/refs`, {
        ref: 'refs/tags/v2.0.0',
        sha: fixture.next
      })
      expect(bypassed.status).toBe(201)
      ruleset.bypass = undefined
      const moved = await callApi(server, 'PATCH', `${P}/git/refs/tags/v2.0.0`, {
        sha: fixture.feature,
        force: true
      })
      expect(moved.body).toMatchObject({
        message: expect.stringContaining('Cannot update this protected ref.')
      })
      const deleted = await callApi(server, 'DELETE', `${P}/git/refs/tags/v2.0.0`)
      expect(deleted.body).toMatchObject({
        message: expect.stringContaining('Cannot delete this protected ref.')
      })
      expect(await originRef('refs/tags/v2.0.0')).toBe(fixture.next)
    } finally {
      server.state.rulesets.splice(server.state.rulesets.indexOf(ruleset), 1)
    }
  })
})
