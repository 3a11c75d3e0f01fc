import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '../../packages/base/errors.js'
import { RecordingLogger } from '../../packages/base/logger.js'
import { JiraClient, JiraError, parseJiraUrl, type JiraAuth } from '../../packages/jira/client.js'
import { getIssue, searchIssues } from '../../packages/jira/jira-api.js'
import { FakeJira, type FakeJiraOptions } from '../kit/jira/index.js'

const BASIC: JiraAuth = { kind: 'basic', user: 'release-bot@acme.test', token: 'jira-api-token' }
const servers: FakeJira[] = []

beforeAll(() => {
  process.env.RELEASE_ACTIONS_RETRY_BASE_MS = '5'
})
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop()
})

async function jira(options: FakeJiraOptions = {}) {
  const server = await FakeJira.start(options)
  servers.push(server)
  server.addProject('JIRA')
  return server
}

async function connect(
  server: FakeJira,
  auth: JiraAuth = BASIC,
  apiVersion: '2' | '3' | 'auto' = 'auto'
) {
  const log = new RecordingLogger()
  const client = await JiraClient.connect({ baseUrl: new URL(server.url), auth, apiVersion, log })
  return { client, log }
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

describe('Jira client', () => {
  test('auto detects Cloud (v3) and Server (v2) from serverInfo', async () => {
    const cloud = await jira()
    expect((await connect(cloud)).client.apiVersion).toBe('3')
    const server = await jira({ flavour: 'server' })
    const { client } = await connect(server, { kind: 'bearer', token: 'jira-pat' })
    expect(client.apiVersion).toBe('2')
    server.addIssue('JIRA-1')
    expect((await getIssue(client, 'JIRA-1'))?.fields.status.name).toBe('To Do')
    expect(server.requests.map((r) => r.path)).toEqual([
      '/rest/api/2/serverInfo',
      '/rest/api/2/issue/JIRA-1'
    ])
    expect(server.requests[1].headers.authorization).toBe('Bearer jira-pat')
  })

  test('an atlassian.net site is v3 without asking', async () => {
    const log = new RecordingLogger()
    const client = await JiraClient.connect({
      baseUrl: parseJiraUrl('https://acme.atlassian.net/'),
      auth: BASIC,
      apiVersion: 'auto',
      log
    })
    expect(client.apiVersion).toBe('3')
    expect(client.apiPath('/issue/X-1')).toBe('/rest/api/3/issue/X-1')
  })

  test('a context path is kept: https://jira.example.com/jira', () => {
    expect(parseJiraUrl('https://jira.example.com/jira/').href).toBe(
      'https://jira.example.com/jira'
    )
  })

  test.each(['jira.example.com', 'not a url', 'ftp://jira.example.com'])(
    'jira-url %j is refused, naming the input',
    (value) => {
      const error = (() => {
        try {
          parseJiraUrl(value)
        } catch (e) {
          return e as ConfigurationError
        }
        throw new Error('no error')
      })()
      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error.input).toBe('jira-url')
      expect(error.message).toContain('https://acme.atlassian.net')
    }
  )

  test('wrong credentials are one clear 401 error; the token is not in it', async () => {
    const server = await jira()
    const error = await caught(
      connect(
        server,
        { kind: 'basic', user: 'release-bot@acme.test', token: 'wrong-secret' },
        '3'
      ).then(({ client }) => getIssue(client, 'JIRA-1'))
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('Jira refused the credentials (401 Unauthorized)')
    expect(error.message).not.toContain('wrong-secret')
    // Cloud takes no bearer token: a PAT there is a 401 too.
    const bearer = await caught(
      connect(server, { kind: 'bearer', token: 'jira-pat' }, '3').then(({ client }) =>
        getIssue(client, 'JIRA-1')
      )
    )
    expect(bearer.message).toContain('401')
  })

  test('a site that is not Jira is named as such', async () => {
    const server = await jira({ flavour: 'server' })
    server.fault({ path: '/rest/api/2/serverInfo' }, { status: 404, body: 'Not Found' })
    const error = await caught(connect(server))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(
      'does not answer like Jira: GET /rest/api/2/serverInfo answered 404'
    )
  })

  test('429 with retry-after is waited out and retried', async () => {
    const server = await jira()
    server.addIssue('JIRA-7')
    const { client, log } = await connect(server, BASIC, '3')
    server.fault(
      { method: 'GET', path: '/rest/api/3/issue/JIRA-7' },
      { status: 429, headers: { 'retry-after': '2' }, body: { errorMessages: ['Rate limit'] } }
    )
    expect((await getIssue(client, 'JIRA-7'))?.key).toBe('JIRA-7')
    expect(server.requestsTo('GET', '/rest/api/3/issue/JIRA-7').map((r) => r.status)).toEqual([
      429, 200
    ])
    expect(log.text('warning')).toContain('answered 429; retrying in 2s (retry 1 of 3)')
  })

  test('5xx is retried with a bound, then reported with Jira’s words', async () => {
    const server = await jira()
    server.addIssue('JIRA-7')
    const { client } = await connect(server, BASIC, '3')
    server.fault(
      { path: '/rest/api/3/issue/JIRA-7' },
      {
        status: 503,
        times: 10,
        body: { errorMessages: ['Jira is down for maintenance'], errors: {} }
      }
    )
    const error = await caught(getIssue(client, 'JIRA-7'))
    expect(error).toBeInstanceOf(JiraError)
    expect(error.message).toBe(
      'Jira answered 503 to GET /rest/api/3/issue/JIRA-7?fields=status,fixVersions: Jira is down for maintenance'
    )
    expect(server.requestsTo('GET', '/rest/api/3/issue/JIRA-7')).toHaveLength(4)
  })

  test('a 404 issue is undefined, not an error', async () => {
    const server = await jira()
    const { client } = await connect(server, BASIC, '2')
    expect(await getIssue(client, 'JIRA-404')).toBeUndefined()
  })

  test.each(['2', '3'] as const)('search pages through every result on v%s', async (version) => {
    const server = await jira()
    for (let i = 1; i <= 230; i++) server.addIssue(`JIRA-${i}`, i % 2 ? {} : { status: 'Done' })
    const { client } = await connect(server, BASIC, version)
    const found = await searchIssues(
      client,
      'project = "JIRA" AND statusCategory != Done ORDER BY key ASC'
    )
    expect(found).toHaveLength(115)
    expect(found[0].key).toBe('JIRA-1')
    expect(found.at(-1)?.key).toBe('JIRA-229')
    const path = version === '3' ? '/rest/api/3/search/jql' : '/rest/api/2/search'
    expect(server.requestsTo('POST', path)).toHaveLength(2)
  })
})
