import { afterEach, describe, expect, test } from '@jest/globals'
import { FakeJira, type FakeJiraOptions } from './index.js'

const servers: FakeJira[] = []
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop()
})

const BASIC = `Basic ${Buffer.from('release-bot@acme.test:jira-api-token').toString('base64')}`

async function start(options: FakeJiraOptions = {}) {
  const server = await FakeJira.start(options)
  servers.push(server)
  server.addProject('JIRA')
  server.addIssue('JIRA-1', { description: 'Plain "text" & <b>' })
  return server
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the fields they assert
type Answer = { status: number; headers: Headers; body: any }

async function call(
  server: FakeJira,
  method: string,
  path: string,
  body?: unknown,
  auth: string | null = BASIC
): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(auth ? { authorization: auth } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined
  }
}

describe('fake Jira', () => {
  test('v3 answers descriptions in ADF, v2 as text; fields can be chosen', async () => {
    const server = await start()
    const v3 = await call(server, 'GET', '/rest/api/3/issue/JIRA-1')
    expect(v3.body.fields.description).toEqual({
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Plain "text" & <b>' }] }]
    })
    const v2 = await call(server, 'GET', '/rest/api/2/issue/JIRA-1?fields=status')
    expect(Object.keys(v2.body.fields)).toEqual(['status'])
    expect(v2.body.fields.status).toMatchObject({ name: 'To Do', statusCategory: { key: 'new' } })
    expect(
      (await call(server, 'GET', '/rest/api/2/issue/JIRA-1?fields=description')).body.fields
        .description
    ).toBe('Plain "text" & <b>')
  })

  test('authentication: 401 without or with wrong credentials; serverInfo is anonymous', async () => {
    const server = await start()
    expect((await call(server, 'GET', '/rest/api/3/issue/JIRA-1', undefined, null)).status).toBe(
      401
    )
    expect(
      (await call(server, 'GET', '/rest/api/3/issue/JIRA-1', undefined, 'Bearer jira-pat')).status
    ).toBe(401)
    expect(
      (await call(server, 'GET', '/rest/api/3/serverInfo', undefined, null)).body.deploymentType
    ).toBe('Cloud')
    const dc = await start({ flavour: 'server' })
    expect(
      (await call(dc, 'GET', '/rest/api/2/issue/JIRA-1', undefined, 'Bearer jira-pat')).status
    ).toBe(200)
    expect(
      (await call(dc, 'GET', '/rest/api/3/issue/JIRA-1', undefined, 'Bearer jira-pat')).status
    ).toBe(404)
  })

  test('versions: create, duplicate refused, release', async () => {
    const server = await start()
    const created = await call(server, 'POST', '/rest/api/3/version', {
      name: '1.3.0',
      projectId: Number(server.state.projects[0].id)
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ name: '1.3.0', released: false, archived: false })
    const again = await call(server, 'POST', '/rest/api/3/version', {
      name: '1.3.0',
      project: 'JIRA'
    })
    expect(again.status).toBe(400)
    expect(again.body.errors.name).toBe('A version with this name already exists in this project.')
    const bad = await call(server, 'PUT', `/rest/api/3/version/${created.body.id}`, {
      releaseDate: '02/10/2026'
    })
    expect(bad.status).toBe(400)
    const released = await call(server, 'PUT', `/rest/api/3/version/${created.body.id}`, {
      released: true,
      releaseDate: '2026-10-02'
    })
    expect(released.body).toMatchObject({ released: true, releaseDate: '2026-10-02' })
    expect((await call(server, 'GET', '/rest/api/3/project/JIRA/versions')).body).toHaveLength(1)
    expect((await call(server, 'GET', '/rest/api/3/project/NOPE')).body.errorMessages).toEqual([
      "No project could be found with key 'NOPE'."
    ])
  })

  test('issue edit: fix versions added by id or name; an unknown version is a 400', async () => {
    const server = await start()
    const version = server.addVersion('JIRA', '1.3.0')
    expect(
      (
        await call(server, 'PUT', '/rest/api/2/issue/JIRA-1', {
          update: { fixVersions: [{ add: { name: '1.3.0' } }] }
        })
      ).status
    ).toBe(204)
    expect(server.fixVersionsOf('JIRA-1')).toEqual(['1.3.0'])
    const unknown = await call(server, 'PUT', '/rest/api/2/issue/JIRA-1', {
      update: { fixVersions: [{ add: { id: '999' } }] }
    })
    expect(unknown.body).toEqual({
      errorMessages: [],
      errors: { fixVersions: "Version id '999' is not valid" }
    })
    expect(server.issue('JIRA-1').fixVersionIds).toEqual([version.id])
  })

  test('transitions per workflow; an unavailable one is a 400', async () => {
    const server = await start()
    const list = await call(server, 'GET', '/rest/api/3/issue/JIRA-1/transitions')
    expect((list.body.transitions as Array<{ name: string }>).map((t) => t.name)).toEqual([
      'In Progress',
      'Done'
    ])
    expect(
      (
        await call(server, 'POST', '/rest/api/3/issue/JIRA-1/transitions', {
          transition: { id: '31' }
        })
      ).status
    ).toBe(204)
    expect(server.issue('JIRA-1').status).toBe('Done')
    const again = await call(server, 'POST', '/rest/api/3/issue/JIRA-1/transitions', {
      transition: { id: '31' }
    })
    expect(again.status).toBe(400)
    expect(again.body.errorMessages).toEqual(["Transition id '31' is not valid for this issue."])
  })

  test('search: v2 offsets, v3 tokens, the retired v3 /search is 410, bad JQL is 400', async () => {
    const server = await start()
    const v2 = await call(
      server,
      'GET',
      '/rest/api/2/search?jql=project%20%3D%20JIRA&fields=status'
    )
    expect(v2.body).toMatchObject({ startAt: 0, total: 1, issues: [{ key: 'JIRA-1' }] })
    const v3 = await call(server, 'POST', '/rest/api/3/search/jql', {
      jql: 'key in (JIRA-1, JIRA-2)',
      fields: ['status']
    })
    expect(v3.body).toMatchObject({ isLast: true, issues: [{ key: 'JIRA-1' }] })
    expect((await call(server, 'GET', '/rest/api/3/search?jql=project%3DJIRA')).status).toBe(410)
    expect(
      (await call(server, 'POST', '/rest/api/3/search/jql', { jql: 'summary ~ foo' })).status
    ).toBe(400)
  })

  test('faults: 429 with retry-after, recorded like any request', async () => {
    const server = await start()
    server.fault(
      { path: '/rest/api/3/issue/JIRA-1' },
      { status: 429, headers: { 'retry-after': '5' } }
    )
    const limited = await call(server, 'GET', '/rest/api/3/issue/JIRA-1')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('5')
    expect((await call(server, 'GET', '/rest/api/3/issue/JIRA-1')).status).toBe(200)
    expect(server.requestsTo('GET', '/rest/api/3/issue/JIRA-1').map((r) => r.status)).toEqual([
      429, 200
    ])
  })
})
