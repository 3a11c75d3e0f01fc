import { FakeGitHub } from './server.js'
import { addRuleset, protectBranch } from './routes/branches.js'
import { seedPullRequest } from './pull-object.js'
import { installApp } from './routes/apps.js'
import type { InstalledApp } from './state.js'
import { signAppJwt, testAppKeys } from './app-keys.js'
import { seedIssue, seedLabel, seedMilestone } from './issue-objects.js'
import { createOriginFixture, type OriginFixture } from './origin-fixture.js'
import {
  findOperation,
  hasOperation,
  missingResponseProperties,
  requiredResponseProperties
} from './openapi.js'

let fixture: OriginFixture
let server: FakeGitHub
let releaseId: number
let milestone: number
let issue: number
let openPull: number
let deploymentId: number
let app: InstalledApp
const APP_KEYS = testAppKeys()
const appJwt = () => signAppJwt(4242, APP_KEYS.privateKey)

interface SampleRequest {
  path: string
  body?: unknown
  /** Authorization other than the test token (an App's JWT). */
  token?: string
}

const R = '/repos/{owner}/{repo}'
const P = '/repos/acme/app'

async function newRelease(tag: string): Promise<number> {
  const response = await call('POST', `${P}/releases`, { tag_name: tag, target_commitish: 'main' })
  return ((await response.json()) as { id: number }).id
}

/**
 * One real request per registered route, keyed '<METHOD> <template>'. A route added to the
 * fake without a sample here fails the coverage test below: add its sample with it.
 */
const SAMPLES: Record<string, () => SampleRequest | Promise<SampleRequest>> = {
  [`GET ${R}`]: () => ({ path: P }),
  [`GET ${R}/tags`]: () => ({ path: `${P}/tags` }),
  [`GET ${R}/commits/{+ref}`]: () => ({ path: `${P}/commits/main` }),
  [`GET ${R}/commits/{commit_sha}/pulls`]: () => ({
    path: `${P}/commits/${fixture.feature}/pulls`
  }),
  [`GET ${R}/git/ref/{+ref}`]: () => ({ path: `${P}/git/ref/tags/v1.2.0` }),
  [`GET ${R}/git/matching-refs/{+ref}`]: () => ({ path: `${P}/git/matching-refs/tags/v1` }),
  [`POST ${R}/git/refs`]: () => ({
    path: `${P}/git/refs`,
    body: { ref: 'refs/heads/conformance-create', sha: fixture.next }
  }),
  [`PATCH ${R}/git/refs/{+ref}`]: async () => {
    await server.git!.writeRef('refs/heads/conformance-update', fixture.feature, undefined)
    return { path: `${P}/git/refs/heads/conformance-update`, body: { sha: fixture.next } }
  },
  [`DELETE ${R}/git/refs/{+ref}`]: async () => {
    await server.git!.writeRef('refs/heads/conformance-delete', fixture.feature, undefined)
    return { path: `${P}/git/refs/heads/conformance-delete` }
  },
  [`POST ${R}/merges`]: async () => {
    await server.git!.writeRef('refs/heads/conformance-merge', fixture.initial, undefined)
    return { path: `${P}/merges`, body: { base: 'conformance-merge', head: fixture.next } }
  },
  [`GET ${R}/installation`]: () => ({ path: `${P}/installation`, token: appJwt() }),
  [`POST /app/installations/{installation_id}/access_tokens`]: () => ({
    path: `/app/installations/${app.installationId}/access_tokens`,
    token: appJwt()
  }),
  [`POST ${R}/git/tags`]: () => ({
    path: `${P}/git/tags`,
    body: {
      tag: 'v9.0.0',
      message: 'Release 9.0.0',
      object: fixture.feature,
      type: 'commit',
      tagger: { name: 'Release Bot', email: 'bot@example.com', date: '2024-05-01T10:00:00Z' }
    }
  }),
  [`GET ${R}/git/tags/{tag_sha}`]: () => ({ path: `${P}/git/tags/${fixture.tagObject}` }),
  [`GET ${R}/git/commits/{commit_sha}`]: () => ({
    path: `${P}/git/commits/${fixture.feature}`
  }),
  [`GET ${R}/releases`]: () => ({ path: `${P}/releases` }),
  [`POST ${R}/releases`]: () => ({
    path: `${P}/releases`,
    body: { tag_name: 'v1.3.0', target_commitish: 'develop', name: '1.3.0', body: 'notes' }
  }),
  [`GET ${R}/releases/latest`]: () => ({ path: `${P}/releases/latest` }),
  [`GET ${R}/releases/tags/{+tag}`]: () => ({ path: `${P}/releases/tags/v1.2.0` }),
  [`GET ${R}/releases/{release_id}`]: () => ({ path: `${P}/releases/${releaseId}` }),
  [`PATCH ${R}/releases/{release_id}`]: () => ({
    path: `${P}/releases/${releaseId}`,
    body: { body: 'edited' }
  }),
  [`DELETE ${R}/releases/{release_id}`]: async () => ({
    path: `${P}/releases/${await newRelease('v0.9.0')}`
  }),
  [`GET ${R}/milestones`]: () => ({ path: `${P}/milestones?state=all` }),
  [`POST ${R}/milestones`]: () => ({
    path: `${P}/milestones`,
    body: { title: '2.0.0', description: 'next major', due_on: '2024-09-01T00:00:00Z' }
  }),
  [`GET ${R}/milestones/{milestone_number}`]: () => ({ path: `${P}/milestones/${milestone}` }),
  [`PATCH ${R}/milestones/{milestone_number}`]: () => ({
    path: `${P}/milestones/${milestone}`,
    body: { state: 'closed' }
  }),
  [`DELETE ${R}/milestones/{milestone_number}`]: () => ({
    path: `${P}/milestones/${seedMilestone(server, { title: 'to delete' }).number}`
  }),
  [`GET ${R}/issues`]: () => ({ path: `${P}/issues?state=all` }),
  [`POST ${R}/issues`]: () => ({
    path: `${P}/issues`,
    body: { title: 'Crash on start', labels: ['bug'], milestone }
  }),
  [`GET ${R}/issues/{issue_number}`]: () => ({ path: `${P}/issues/${issue}` }),
  [`PATCH ${R}/issues/{issue_number}`]: () => ({
    path: `${P}/issues/${issue}`,
    body: { state: 'closed', labels: ['done'] }
  }),
  [`POST ${R}/issues/{issue_number}/labels`]: () => ({
    path: `${P}/issues/${openPull}/labels`,
    body: { labels: ['release'] }
  }),
  [`GET ${R}/issues/{issue_number}/comments`]: () => ({ path: `${P}/issues/${issue}/comments` }),
  [`POST ${R}/issues/{issue_number}/comments`]: () => ({
    path: `${P}/issues/${openPull}/comments`,
    body: { body: 'Released in 1.3.0' }
  }),
  [`GET ${R}/labels`]: () => ({ path: `${P}/labels` }),
  [`POST ${R}/labels`]: () => ({
    path: `${P}/labels`,
    body: { name: 'needs-review', color: '#00ff00', description: 'waiting for a review' }
  }),
  [`GET ${R}/pulls`]: () => ({ path: `${P}/pulls?state=all` }),
  [`POST ${R}/pulls`]: () => ({
    path: `${P}/pulls`,
    body: { title: 'Release 1.3.0', head: 'acme:develop', base: 'main', body: 'notes' }
  }),
  [`GET ${R}/pulls/{pull_number}`]: () => ({ path: `${P}/pulls/${openPull}` }),
  [`PATCH ${R}/pulls/{pull_number}`]: () => ({
    path: `${P}/pulls/${openPull}`,
    body: { body: 'edited' }
  }),
  [`POST ${R}/pulls/{pull_number}/requested_reviewers`]: () => ({
    path: `${P}/pulls/${openPull}/requested_reviewers`,
    body: { reviewers: ['hubot'], team_reviewers: ['release-managers'] }
  }),
  [`PUT ${R}/pulls/{pull_number}/merge`]: async () => {
    await server.git!.writeRef('refs/heads/conformance-base', fixture.feature, undefined)
    await server.git!.writeRef('refs/heads/conformance-head', fixture.next, undefined)
    const answer = await call('POST', `${P}/pulls`, {
      title: 'Merge me',
      head: 'conformance-head',
      base: 'conformance-base'
    })
    const { number } = (await answer.json()) as { number: number }
    return { path: `${P}/pulls/${number}/merge`, body: { merge_method: 'merge' } }
  },
  [`GET ${R}/branches/{branch}`]: () => {
    protectBranch(server, 'main', { requiredStatusChecks: ['test'], requiredReviews: 1 })
    return { path: `${P}/branches/main` }
  },
  [`GET ${R}/branches/{branch}/protection`]: () => {
    protectBranch(server, 'main', {
      requiredStatusChecks: ['test'],
      requiredReviews: 1,
      pushAllowances: ['octocat'],
      requiredLinearHistory: true
    })
    return { path: `${P}/branches/main/protection` }
  },
  [`GET ${R}/rules/branches/{branch}`]: () => {
    addRuleset(server, {
      name: 'main',
      include: ['~DEFAULT_BRANCH'],
      rules: ['pull_request', 'required_status_checks', 'non_fast_forward']
    })
    return { path: `${P}/rules/branches/main` }
  },
  [`GET ${R}/rulesets`]: () => {
    addRuleset(server, {
      name: 'release tags',
      target: 'tag',
      include: ['refs/tags/v*'],
      rules: ['creation', 'deletion']
    })
    return { path: `${P}/rulesets?targets=tag` }
  },
  [`GET ${R}/rulesets/{ruleset_id}`]: () => {
    const ruleset = addRuleset(server, {
      name: 'signed tags',
      target: 'tag',
      include: ['refs/tags/v*'],
      rules: ['required_signatures'],
      bypass: ['app']
    })
    return { path: `${P}/rulesets/${ruleset.id}` }
  },
  [`GET ${R}/deployments`]: () => ({ path: `${P}/deployments?environment=staging` }),
  [`POST ${R}/deployments`]: () => ({
    path: `${P}/deployments`,
    body: { ref: 'main', environment: 'production', auto_merge: false, required_contexts: [] }
  }),
  [`GET ${R}/deployments/{deployment_id}`]: () => ({ path: `${P}/deployments/${deploymentId}` }),
  [`GET ${R}/deployments/{deployment_id}/statuses`]: () => ({
    path: `${P}/deployments/${deploymentId}/statuses`
  }),
  [`POST ${R}/deployments/{deployment_id}/statuses`]: () => ({
    path: `${P}/deployments/${deploymentId}/statuses`,
    body: { state: 'success', environment_url: 'https://staging.example.com' }
  })
}

function call(
  method: string,
  path: string,
  body?: unknown,
  token = 'test-token'
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `${token.includes('.') ? 'Bearer' : 'token'} ${token}`,
      'content-type': 'application/json'
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
}

beforeAll(async () => {
  fixture = await createOriginFixture()
  server = await FakeGitHub.start({ bareRepo: fixture.bare })
  app = installApp(server, { id: 4242, publicKey: APP_KEYS.publicKey })
  releaseId = await newRelease('v1.2.0')
  const deployment = await call('POST', `${P}/deployments`, {
    ref: 'main',
    environment: 'staging',
    payload: { version: '1.2.0' }
  })
  deploymentId = ((await deployment.json()) as { id: number }).id
  await call('POST', `${P}/deployments/${deploymentId}/statuses`, { state: 'in_progress' })
  seedPullRequest(server, {
    title: 'Release 1.2.0',
    head: 'release-v1.2.0',
    headSha: fixture.feature,
    base: 'main',
    baseSha: fixture.initial,
    mergeCommitSha: fixture.feature
  })
  milestone = seedMilestone(server, { title: '1.3.0' }).number
  seedLabel(server, 'bug', 'd73a4a')
  issue = seedIssue(server, { title: 'Search is slow', labels: ['bug'], milestone }).number
  await server.git!.writeRef('refs/heads/conformance-pr', fixture.next, undefined)
  openPull = seedPullRequest(server, {
    title: 'Open one',
    head: 'conformance-pr',
    headSha: fixture.next,
    base: 'main',
    baseSha: fixture.feature
  }).number
  await call('POST', `${P}/issues/${issue}/comments`, { body: 'Seen on 1.2.0' })
})

afterAll(async () => {
  await server?.stop()
  fixture?.cleanup()
})

describe('fake GitHub conformance with the OpenAPI description', () => {
  test('every registered route is an operation of the GitHub REST API', () => {
    const unknown = server
      .registeredRoutes()
      .filter((r) => !hasOperation(r.method, r.pattern))
      .map((r) => `${r.method} ${r.pattern}`)
    expect(unknown).toEqual([])
  })

  test('every registered route has a conformance sample, and every sample a route', () => {
    const registered = server.registeredRoutes().map((r) => `${r.method} ${r.pattern}`)
    expect(registered.sort()).toEqual(Object.keys(SAMPLES).sort())
  })

  test.each(Object.keys(SAMPLES))('%s answers with the fields GitHub documents', async (key) => {
    const [method, template] = key.split(' ') as [string, string]
    const sample = await SAMPLES[key]()
    const response = await call(method, sample.path, sample.body, sample.token)
    const text = await response.text()
    const spec = findOperation(method, template)!
    const documented = Object.keys(spec.operation.responses ?? {}).filter((s) => /^2/.test(s))
    expect({ status: response.status, text }).toEqual({
      status: Number(documented[0]),
      text: expect.any(String)
    })
    const required = requiredResponseProperties(method, template)
    if (!required) {
      expect(text).toBe('')
      return
    }
    const body: unknown = JSON.parse(text)
    const objects = (required.array ? body : [body]) as Array<Record<string, unknown>>
    expect(objects.length).toBeGreaterThan(0)
    for (const object of objects) {
      expect(required.required.filter((key) => !(key in object))).toEqual([])
    }
    expect(missingResponseProperties(method, template, body)).toEqual([])
  })
})

describe('openapi helper', () => {
  test('knows GitHub operations by template, whatever the parameter names', () => {
    expect(findOperation('GET', '/repos/{owner}/{repo}/git/ref/{+ref}')?.operationId).toBe(
      'git/get-ref'
    )
    expect(hasOperation('POST', '/repos/{o}/{r}/releases')).toBe(true)
    expect(hasOperation('PUT', '/repos/{owner}/{repo}/releases')).toBe(false)
    expect(hasOperation('GET', '/repos/{owner}/{repo}/no-such-thing')).toBe(false)
  })

  test('lists the required properties of a response, of the items for a list', () => {
    const release = requiredResponseProperties('GET', '/repos/{owner}/{repo}/releases/{id}')!
    expect(release.array).toBe(false)
    expect(release.required).toEqual(expect.arrayContaining(['id', 'tag_name', 'upload_url']))
    const tags = requiredResponseProperties('GET', '/repos/{owner}/{repo}/tags')!
    expect(tags).toEqual({ status: 200, array: true, required: expect.arrayContaining(['name']) })
    expect(requiredResponseProperties('DELETE', '/repos/{owner}/{repo}/releases/{id}')).toBe(
      undefined
    )
  })

  test('reports missing nested properties and forbidden nulls', () => {
    const missing = missingResponseProperties('GET', '/repos/{o}/{r}/git/ref/{ref}', {
      ref: 'refs/heads/main',
      node_id: 'x',
      url: null,
      object: { sha: 'abc', type: 'commit' }
    })
    expect(missing.sort()).toEqual(['object.url', 'url is null but not nullable'])
  })
})
