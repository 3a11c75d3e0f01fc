import { FakeGitHub } from '../server.js'
import { callApi } from '../api-client.js'
import { createOriginFixture, type OriginFixture } from '../origin-fixture.js'
import { addRuleset, protectBranch } from './branches.js'

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

describe('branches and their protection', () => {
  test('an unprotected branch: protected false, protection 404 "Branch not protected"', async () => {
    const branch = await callApi(server, 'GET', `${P}/branches/develop`)
    expect(branch.status).toBe(200)
    expect(branch.body).toMatchObject({ name: 'develop', protected: false })
    expect(branch.body.commit.sha).toBe(fixture.next)
    const protection = await callApi(server, 'GET', `${P}/branches/develop/protection`)
    expect(protection.status).toBe(404)
    expect(protection.body.message).toBe('Branch not protected')
    expect((await callApi(server, 'GET', `${P}/branches/nope`)).status).toBe(404)
  })

  test('classic protection is readable by admins only; the branch says protected to anyone', async () => {
    protectBranch(server, 'main', { requiredReviews: 2, requiredStatusChecks: ['ci'] })
    server.addToken('ghs_writer', { kind: 'app', permissions: { contents: 'write' } })
    const denied = await callApi(
      server,
      'GET',
      `${P}/branches/main/protection`,
      undefined,
      'ghs_writer'
    )
    expect(denied.status).toBe(403)
    expect(denied.headers['x-accepted-github-permissions']).toBe('administration=read')
    const branch = await callApi(server, 'GET', `${P}/branches/main`, undefined, 'ghs_writer')
    expect(branch.body.protected).toBe(true)
    expect(branch.body.protection.required_status_checks.contexts).toEqual(['ci'])
    const admin = await callApi(server, 'GET', `${P}/branches/main/protection`)
    expect(admin.status).toBe(200)
    expect(admin.body.required_pull_request_reviews.required_approving_review_count).toBe(2)
  })

  test('rules of active rulesets whose ref patterns match, with their ruleset', async () => {
    const release = addRuleset(server, {
      name: 'release branches',
      include: ['refs/heads/release-*'],
      rules: ['pull_request', 'non_fast_forward']
    })
    addRuleset(server, {
      name: 'off',
      include: ['~ALL'],
      rules: ['required_signatures'],
      enforcement: 'disabled'
    })
    addRuleset(server, { name: 'default', include: ['~DEFAULT_BRANCH'], rules: ['deletion'] })
    const rules = await callApi<Array<{ type: string }>>(
      server,
      'GET',
      `${P}/rules/branches/release-v1.3.0`
    )
    expect(rules.status).toBe(200)
    expect(rules.body.map((r) => r.type)).toEqual(['pull_request', 'non_fast_forward'])
    expect(rules.body[0]).toMatchObject({ ruleset_id: release.id, ruleset_source: 'acme/app' })
    const main = await callApi<Array<{ type: string }>>(server, 'GET', `${P}/rules/branches/main`)
    expect(main.body.map((r) => r.type)).toEqual(['deletion'])
    expect((await callApi(server, 'GET', `${P}/rules/branches/release%2F1.3.0`)).body).toEqual([])
    const branch = await callApi(server, 'GET', `${P}/branches/main`)
    expect(branch.body).toMatchObject({ protected: true, protection: { enabled: false } })
  })

  test('a classic PAT gets its scopes back in x-oauth-scopes; other tokens do not', async () => {
    server.addToken('ghp_classic', {
      kind: 'pat',
      permissions: { contents: 'write' },
      scopes: ['repo', 'workflow']
    })
    const classic = await callApi(server, 'GET', P, undefined, 'ghp_classic')
    expect(classic.headers['x-oauth-scopes']).toBe('repo, workflow')
    expect(classic.body.permissions).toMatchObject({ push: true, admin: false })
    const denied = await callApi(
      server,
      'GET',
      `${P}/branches/main/protection`,
      undefined,
      'ghp_classic'
    )
    expect(denied.headers['x-oauth-scopes']).toBe('repo, workflow')
    expect((await callApi(server, 'GET', P)).headers['x-oauth-scopes']).toBeUndefined()
  })
})
