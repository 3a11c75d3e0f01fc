import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '../../packages/base/errors.js'
import { RecordingLogger } from '../../packages/base/logger.js'
import { JiraClient } from '../../packages/jira/client.js'
import { releaseJiraTickets, type JiraReleaseRequest } from '../../packages/jira/release-tickets.js'
import { DropProxy } from '../kit/drop-proxy.js'
import { FakeJira, type FakeJiraOptions } from '../kit/jira/index.js'

const servers: Array<FakeJira | DropProxy> = []
beforeAll(() => {
  process.env.RELEASE_ACTIONS_RETRY_BASE_MS = '5'
})
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop()
})

/** A Jira (behind a proxy that loses answers on demand) and a release of 1.3.0 against it. */
async function setup(options: FakeJiraOptions & { workflow?: string } = {}) {
  const server = await FakeJira.start(options)
  servers.push(server)
  const proxy = await DropProxy.start(server.url)
  servers.push(proxy)
  server.addProject('JIRA', { workflow: options.workflow })
  const log = new RecordingLogger()
  const client = await JiraClient.connect({
    baseUrl: new URL(proxy.url),
    auth: { kind: 'basic', user: 'release-bot@acme.test', token: 'jira-api-token' },
    apiVersion: 'auto',
    log
  })
  const release = (fields: Partial<JiraReleaseRequest> = {}) =>
    releaseJiraTickets(
      client,
      {
        projectKey: 'JIRA',
        version: '1.3.0',
        keys: ['JIRA-1234', 'JIRA-1235'],
        transition: 'Done',
        releaseDate: '2026-10-02',
        strict: false,
        dryRun: false,
        ...fields
      },
      log
    )
  return { server, proxy, release, log }
}

async function refused(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('releasing tickets in Jira', () => {
  test('creates the version, sets it on the tickets, transitions them, releases it; a rerun writes nothing', async () => {
    const { server, release } = await setup()
    server.addIssue('JIRA-1234')
    server.addIssue('JIRA-1235', { status: 'Done' })
    const result = await release()
    expect(result).toMatchObject({
      versionCreated: true,
      versionReleased: true,
      changed: true,
      skipped: []
    })
    expect(result.tickets.map((t) => [t.key, t.transition?.name])).toEqual([
      ['JIRA-1234', 'Done'],
      ['JIRA-1235', undefined]
    ])
    expect(server.state.versions).toEqual([
      expect.objectContaining({ name: '1.3.0', released: true, releaseDate: '2026-10-02' })
    ])
    expect(server.issue('JIRA-1234').status).toBe('Done')
    expect(server.fixVersionsOf('JIRA-1234')).toEqual(['1.3.0'])
    expect(server.fixVersionsOf('JIRA-1235')).toEqual(['1.3.0'])
    const writes = server.writes().length
    const rerun = await release()
    expect(rerun).toMatchObject({ versionCreated: false, versionReleased: false, changed: false })
    expect(rerun.tickets.map((t) => t.key)).toEqual(['JIRA-1234', 'JIRA-1235'])
    expect(server.writes()).toHaveLength(writes)
  })

  test('a missing ticket and one of another project are listed, the others done', async () => {
    const { server, release } = await setup()
    server.addIssue('JIRA-1234')
    const result = await release({ keys: ['JIRA-1234', 'JIRA-404', 'OPS-7'] })
    expect(result.skipped).toEqual([
      { key: 'JIRA-404', reason: 'does not exist (or is not visible to jira-user)' },
      { key: 'OPS-7', reason: 'not in project JIRA' }
    ])
    expect(server.issue('JIRA-1234').status).toBe('Done')
  })

  test('strict: a skipped ticket fails before anything changes', async () => {
    const { server, release } = await setup()
    server.addIssue('JIRA-1234')
    const error = await refused(release({ keys: ['JIRA-1234', 'JIRA-404'], strict: true }))
    expect(error.message).toContain('JIRA-404 (does not exist')
    expect(server.writes()).toEqual([])
  })

  test('a transition the workflow lacks is refused, naming those it has, with nothing written', async () => {
    const { server, release } = await setup({ workflow: 'classic default workflow' })
    server.addIssue('JIRA-1234')
    server.addIssue('JIRA-1235', { status: 'In Progress' })
    const error = await refused(release({ transition: 'Shipped' }))
    expect(error.input).toBe('transition')
    expect(error.message).toBe(
      "Input 'transition' is 'Shipped', which the workflow of JIRA's released tickets does not have; " +
        "they offer: Start Progress, Resolve Issue, Close Issue, Stop Progress. Set 'transition' to one of them."
    )
    expect(server.writes()).toEqual([])
  })

  test('classic workflow: a ticket that cannot take the transition now is listed', async () => {
    const { server, release } = await setup({ workflow: 'classic default workflow' })
    server.addIssue('JIRA-1234', { status: 'In Progress' })
    server.addIssue('JIRA-1235', { status: 'Closed' })
    server.addIssue('JIRA-1236', { status: 'Resolved' })
    const result = await release({
      keys: ['JIRA-1234', 'JIRA-1235', 'JIRA-1236'],
      transition: 'Resolve Issue'
    })
    expect(server.issue('JIRA-1234').status).toBe('Resolved')
    expect(result.skipped).toEqual([
      { key: 'JIRA-1235', reason: "cannot take 'Resolve Issue' from 'Closed' (offers: none)" }
    ])
    expect(result.tickets.map((t) => t.key)).toEqual(['JIRA-1234', 'JIRA-1236'])
  })

  test('an existing version keeps its id; planned tickets not released are reported', async () => {
    const { server, release } = await setup({ flavour: 'server', bearer: [] })
    const version = server.addVersion('JIRA', '1.3.0')
    server.addIssue('JIRA-1234', { fixVersionIds: [version.id] })
    server.addIssue('JIRA-1240', { fixVersionIds: [version.id] })
    const result = await release({ keys: ['JIRA-1234'] })
    expect(result.versionId).toBe(version.id)
    expect(result.leftOpen).toEqual(['JIRA-1240'])
    expect(server.requestsTo('POST', '/rest/api/2/search')).toHaveLength(1)
    expect(server.requestsTo('PUT', '/rest/api/2/issue/JIRA-1234')).toHaveLength(0)
  })

  test('dry-run reads and judges, and writes nothing', async () => {
    const { server, release } = await setup()
    server.addIssue('JIRA-1234')
    const result = await release({ keys: ['JIRA-1234'], dryRun: true })
    expect(result).toMatchObject({ versionCreated: true, changed: true })
    expect(server.writes()).toEqual([])
  })

  test('a missing project is one clear error', async () => {
    const { release } = await setup()
    const error = await refused(release({ projectKey: 'NOPE' }))
    expect(error.message).toContain("Jira project 'NOPE' does not exist")
    expect(error.input).toBe('jira-project')
  })
})

describe('Jira writes happen once when an answer is lost', () => {
  const VERSION = { method: 'POST', path: '/rest/api/3/version' }
  const TRANSITION = { method: 'POST', path: '/rest/api/3/issue/JIRA-1234/transitions' }

  test('the version was created but its answer lost (once, then on every try): one version, used', async () => {
    for (const times of [1, 4]) {
      const { server, proxy, release, log } = await setup()
      server.addIssue('JIRA-1234')
      proxy.drop(VERSION, 'after', times)
      const result = await release({ keys: ['JIRA-1234'] })
      expect(server.state.versions.filter((v) => v.name === '1.3.0')).toHaveLength(1)
      expect(server.requestsTo('POST', '/rest/api/3/version')).toHaveLength(1)
      expect(result.versionId).toBe(server.state.versions[0].id)
      expect(server.fixVersionsOf('JIRA-1234')).toEqual(['1.3.0'])
      expect(server.state.versions[0]).toMatchObject({ released: true })
      expect(log.text()).toContain(
        'Creating Jira version 1.3.0 in JIRA: found done in Jira after a failed answer; not sent again.'
      )
    }
  })

  test('dropped before Jira saw it: the version is created on the next try, once', async () => {
    const { server, proxy, release } = await setup()
    server.addIssue('JIRA-1234')
    proxy.drop(VERSION, 'before', 2)
    await release({ keys: ['JIRA-1234'] })
    expect(server.state.versions.map((v) => v.name)).toEqual(['1.3.0'])
    expect(server.requestsTo('POST', '/rest/api/3/version')).toHaveLength(1)
  })

  test('the transition was taken but its answer lost: done, not resent, not reported refused', async () => {
    const { server, proxy, release } = await setup()
    server.addIssue('JIRA-1234')
    proxy.drop(TRANSITION, 'after', 1)
    const result = await release({ keys: ['JIRA-1234'] })
    expect(server.issue('JIRA-1234').status).toBe('Done')
    expect(server.requestsTo('POST', '/rest/api/3/issue/JIRA-1234/transitions')).toHaveLength(1)
    expect(result.skipped).toEqual([])
    expect(result.tickets.map((t) => [t.key, t.transition?.name])).toEqual([['JIRA-1234', 'Done']])
  })

  test('a 502 that Jira did not apply: the transition is sent again and taken once', async () => {
    const { server, release } = await setup()
    server.addIssue('JIRA-1234')
    server.fault(TRANSITION, { status: 502, body: 'Bad Gateway' })
    const result = await release({ keys: ['JIRA-1234'] })
    expect(server.issue('JIRA-1234').status).toBe('Done')
    expect(server.requestsTo('POST', '/rest/api/3/issue/JIRA-1234/transitions')).toHaveLength(2)
    expect(result.skipped).toEqual([])
  })

  test('every try lost before Jira: one clear error naming Jira and the call, nothing half done', async () => {
    const { server, proxy, release } = await setup()
    server.addIssue('JIRA-1234')
    proxy.drop(VERSION, 'before', 10)
    await expect(release({ keys: ['JIRA-1234'] })).rejects.toThrow(
      /^No answer from Jira \(127\.0\.0\.1:\d+\) to POST \/rest\/api\/3\/version: the connection failed/
    )
    expect(server.state.versions).toEqual([])
    expect(server.fixVersionsOf('JIRA-1234')).toEqual([])
  })
})
