import { FakeGitHub } from '../server.js'
import { callApi } from '../api-client.js'
import { seedIssue, seedMilestone } from '../issue-objects.js'

const P = '/repos/acme/app'
let server: FakeGitHub

beforeEach(async () => {
  let tick = Date.UTC(2024, 4, 1)
  const clock = () => new Date((tick += 60_000))
  server = await FakeGitHub.start({ clock })
})
afterEach(async () => {
  await server.stop()
})

function create(body: Record<string, unknown>, token?: string) {
  return callApi(server, 'POST', `${P}/milestones`, body, token)
}

describe('milestones', () => {
  test('a milestone is created with GitHub fields; a duplicate title is refused', async () => {
    const created = await create({ title: '1.3.0', due_on: '2024-06-01T00:00:00Z' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      number: 1,
      title: '1.3.0',
      state: 'open',
      description: null,
      due_on: '2024-06-01T00:00:00Z',
      open_issues: 0,
      closed_issues: 0,
      closed_at: null,
      html_url: 'https://github.com/acme/app/milestone/1',
      url: `${server.url}${P}/milestones/1`,
      creator: { login: 'github-actions[bot]' }
    })
    const again = await create({ title: '1.3.0' })
    expect(again.status).toBe(422)
    expect(again.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Milestone', code: 'already_exists', field: 'title' }]
    })
    expect((await create({})).status).toBe(422)
    expect(server.state.milestones.map((m) => m.title)).toEqual(['1.3.0'])
  })

  test('counts open and closed issues and pull requests in the milestone, live', async () => {
    const milestone = seedMilestone(server, { title: '1.3.0' })
    seedIssue(server, { title: 'a', milestone: milestone.number })
    seedIssue(server, { title: 'b', milestone: milestone.number, state: 'closed' })
    seedIssue(server, { title: 'elsewhere' })
    const c = seedIssue(server, { title: 'c' })
    await callApi(server, 'PATCH', `${P}/issues/${c.number}`, { milestone: milestone.number })
    const read = await callApi(server, 'GET', `${P}/milestones/${milestone.number}`)
    expect(read.body).toMatchObject({ open_issues: 2, closed_issues: 1 })
    await callApi(server, 'PATCH', `${P}/issues/${c.number}`, { state: 'closed' })
    expect(server.state.milestones[0]).toMatchObject({ open_issues: 1, closed_issues: 2 })
  })

  test('closing stamps closed_at, reopening clears it; the title stays unique', async () => {
    const one = seedMilestone(server, { title: '1.3.0' })
    seedMilestone(server, { title: '1.4.0' })
    const path = `${P}/milestones/${one.number}`
    const closed = await callApi(server, 'PATCH', path, { state: 'closed' })
    expect(closed.body).toMatchObject({ state: 'closed', closed_at: closed.body.updated_at })
    expect(closed.body.closed_at).not.toBeNull()
    const reopened = await callApi(server, 'PATCH', path, { state: 'open', description: 'x' })
    expect(reopened.body).toMatchObject({ state: 'open', closed_at: null, description: 'x' })
    const clash = await callApi(server, 'PATCH', path, { title: '1.4.0', state: 'closed' })
    expect(clash.body.errors).toEqual([
      { resource: 'Milestone', code: 'already_exists', field: 'title' }
    ])
    expect(server.state.milestones[0]).toMatchObject({ title: '1.3.0', state: 'open' })
    const bad = await callApi(server, 'PATCH', path, { state: 'done' })
    expect(bad.status).toBe(422)
  })

  test('lists by state, due date or completeness, in either direction', async () => {
    const late = seedMilestone(server, { title: 'late', due_on: '2024-12-01T00:00:00Z' })
    seedMilestone(server, { title: 'none' })
    seedMilestone(server, { title: 'soon', due_on: '2024-06-01T00:00:00Z' })
    seedMilestone(server, { title: 'done', state: 'closed' })
    seedIssue(server, { title: 'x', milestone: late.number, state: 'closed' })
    const titles = async (query: string) =>
      (await callApi<Array<{ title: string }>>(server, 'GET', `${P}/milestones${query}`)).body.map(
        (m) => m.title
      )
    expect(await titles('')).toEqual(['soon', 'late', 'none'])
    expect(await titles('?direction=desc')).toEqual(['none', 'late', 'soon'])
    expect(await titles('?state=closed')).toEqual(['done'])
    // Ties keep number order in the same direction.
    expect(await titles('?state=all&sort=completeness&direction=desc')).toEqual([
      'late',
      'done',
      'soon',
      'none'
    ])
    expect((await callApi(server, 'GET', `${P}/milestones?state=shut`)).status).toBe(422)
  })

  test('deleting a milestone takes it off its issues; unknown numbers are 404', async () => {
    const milestone = seedMilestone(server, { title: '1.3.0' })
    const issue = seedIssue(server, { title: 'a', milestone: milestone.number })
    const deleted = await callApi(server, 'DELETE', `${P}/milestones/${milestone.number}`)
    expect(deleted.status).toBe(204)
    expect(server.state.milestones).toEqual([])
    expect(issue.milestone).toBeNull()
    expect((await callApi(server, 'GET', `${P}/milestones/${milestone.number}`)).status).toBe(404)
    // Numbers are not reused.
    expect((await create({ title: '1.3.0' })).body.number).toBe(2)
  })

  test('writes need issues=write or pull_requests=write; reads either read permission', async () => {
    server.addToken('ghs_pulls', { kind: 'github-token', permissions: { pull_requests: 'write' } })
    server.addToken('ghs_contents', { kind: 'github-token', permissions: { contents: 'write' } })
    expect((await create({ title: 'a' }, 'ghs_pulls')).status).toBe(201)
    const refused = await create({ title: 'b' }, 'ghs_contents')
    expect(refused.status).toBe(403)
    expect(refused.headers['x-accepted-github-permissions']).toBe(
      'issues=write; pull_requests=write'
    )
    expect((await callApi(server, 'GET', `${P}/milestones`, undefined, 'ghs_pulls')).status).toBe(
      200
    )
    expect(server.state.milestones.map((m) => m.title)).toEqual(['a'])
  })
})
