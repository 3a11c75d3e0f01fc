import { FakeGitHub } from '../server.js'
import { callApi } from '../api-client.js'
import { seedIssue, seedLabel, seedMilestone } from '../issue-objects.js'
import { seedPullRequest } from '../pull-object.js'

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

function seedPull(title = 'Release 1.3.0') {
  return seedPullRequest(server, {
    title,
    head: 'release-v1.3.0',
    headSha: 'a'.repeat(40),
    base: 'main',
    baseSha: 'b'.repeat(40)
  })
}

const numbers = (body: Array<{ number: number }>) => body.map((i) => i.number)

describe('issues', () => {
  test('an issue is created with labels (unknown ones are created) and a milestone', async () => {
    const milestone = seedMilestone(server, { title: '1.3.0' })
    seedLabel(server, 'Bug', 'd73a4a')
    const created = await callApi(server, 'POST', `${P}/issues`, {
      title: 'Crash',
      body: 'on start',
      labels: ['bug', { name: 'p1' }],
      milestone: milestone.number
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      number: 1,
      title: 'Crash',
      body: 'on start',
      state: 'open',
      comments: 0,
      labels: [
        { name: 'Bug', color: 'd73a4a' },
        { name: 'p1', color: 'ededed' }
      ],
      milestone: { number: milestone.number, title: '1.3.0', open_issues: 1 },
      user: { login: 'github-actions[bot]' },
      html_url: 'https://github.com/acme/app/issues/1'
    })
    expect(server.state.labels.map((l) => l.name)).toEqual(['Bug', 'p1'])
    const bad = await callApi(server, 'POST', `${P}/issues`, { title: 'x', milestone: 99 })
    expect(bad.body.errors).toEqual([
      { resource: 'Issue', code: 'invalid', field: 'milestone', value: 99 }
    ])
    expect((await callApi(server, 'POST', `${P}/issues`, { body: 'no title' })).status).toBe(422)
    expect(server.state.issues).toHaveLength(1)
  })

  test('issues and pull requests share numbers; a pull request lists with `pull_request`', async () => {
    seedIssue(server, { title: 'one' })
    const pull = seedPull()
    seedIssue(server, { title: 'three' })
    const list = await callApi(server, 'GET', `${P}/issues`)
    expect(numbers(list.body)).toEqual([3, 2, 1])
    expect(list.body[1]).toMatchObject({
      number: pull.number,
      title: 'Release 1.3.0',
      html_url: 'https://github.com/acme/app/pull/2',
      pull_request: { url: `${server.url}${P}/pulls/2`, merged_at: null }
    })
    expect(list.body[0]).not.toHaveProperty('pull_request')
    const one = await callApi(server, 'GET', `${P}/issues/${pull.number}`)
    expect(one.body.pull_request.html_url).toBe(pull.html_url)
    expect((await callApi(server, 'GET', `${P}/issues/9`)).status).toBe(404)
  })

  test('filters by milestone (number, * and none), state and all of the labels', async () => {
    const m1 = seedMilestone(server, { title: '1.3.0' }).number
    const m2 = seedMilestone(server, { title: '1.4.0' }).number
    seedIssue(server, { title: 'a', milestone: m1, labels: ['bug', 'ui'] })
    seedIssue(server, { title: 'b', milestone: m1, labels: ['bug'], state: 'closed' })
    seedIssue(server, { title: 'c', milestone: m2 })
    seedIssue(server, { title: 'd', labels: ['ui'] })
    const pull = seedPull()
    await callApi(server, 'PATCH', `${P}/issues/${pull.number}`, { milestone: m1 })
    const list = async (query: string) =>
      numbers((await callApi(server, 'GET', `${P}/issues${query}`)).body)
    expect(await list(`?milestone=${m1}&state=all`)).toEqual([5, 2, 1])
    expect(await list(`?milestone=${m1}`)).toEqual([5, 1])
    expect(await list(`?milestone=${m1}&state=closed`)).toEqual([2])
    expect(await list('?milestone=*&direction=asc')).toEqual([1, 3, 5])
    expect(await list('?milestone=none')).toEqual([4])
    expect(await list('?labels=bug,UI&state=all')).toEqual([1])
    expect(await list('?labels=ui')).toEqual([4, 1])
  })

  test('lists more than 100 issues page by page, with links', async () => {
    for (let i = 0; i < 130; i += 1) seedIssue(server, { title: `issue ${i}` })
    const first = await callApi(server, 'GET', `${P}/issues?per_page=100`)
    expect(first.body).toHaveLength(100)
    expect(first.headers.link).toContain('page=2>; rel="next"')
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.link)![1]
    const second = await callApi(server, 'GET', next.slice(server.url.length))
    expect(second.body).toHaveLength(30)
    expect(second.headers.link).not.toContain('rel="next"')
    const all = [...numbers(first.body), ...numbers(second.body)]
    expect(new Set(all).size).toBe(130)
    expect(all[0]).toBe(130)
  })

  test('update changes title, body, state, labels and milestone; all checked first', async () => {
    const milestone = seedMilestone(server, { title: '1.3.0' }).number
    const issue = seedIssue(server, { title: 'old', labels: ['bug'] })
    const path = `${P}/issues/${issue.number}`
    const bad = await callApi(server, 'PATCH', path, { title: 'new', milestone: 42 })
    expect(bad.status).toBe(422)
    expect(issue.title).toBe('old')
    const updated = await callApi(server, 'PATCH', path, {
      title: 'new',
      body: 'text',
      state: 'closed',
      labels: ['done'],
      milestone
    })
    expect(updated.body).toMatchObject({
      title: 'new',
      body: 'text',
      state: 'closed',
      state_reason: 'completed',
      closed_by: { login: 'github-actions[bot]' },
      labels: [{ name: 'done' }],
      milestone: { number: milestone, closed_issues: 1 }
    })
    expect(updated.body.closed_at).not.toBeNull()
    const cleared = await callApi(server, 'PATCH', path, { milestone: null, state: 'open' })
    expect(cleared.body).toMatchObject({ milestone: null, state: 'open', closed_at: null })
  })

  test('labels and milestone of a pull request go through the issues routes', async () => {
    const milestone = seedMilestone(server, { title: '1.3.0' }).number
    const pull = seedPull()
    seedLabel(server, 'release')
    const added = await callApi(server, 'POST', `${P}/issues/${pull.number}/labels`, {
      labels: ['release', 'automated']
    })
    expect(added.status).toBe(200)
    expect((added.body as Array<{ name: string }>).map((l) => l.name)).toEqual([
      'release',
      'automated'
    ])
    const again = await callApi(server, 'POST', `${P}/issues/${pull.number}/labels`, ['release'])
    expect(again.body).toHaveLength(2)
    await callApi(server, 'PATCH', `${P}/issues/${pull.number}`, { milestone })
    const read = await callApi(server, 'GET', `${P}/pulls/${pull.number}`)
    expect(read.body).toMatchObject({
      labels: [{ name: 'release' }, { name: 'automated' }],
      milestone: { number: milestone, open_issues: 1 }
    })
    expect(server.state.labels.map((l) => l.name)).toEqual(['release', 'automated'])
  })

  test('comments are listed oldest first and counted on the issue', async () => {
    const issue = seedIssue(server, { title: 'a' })
    const path = `${P}/issues/${issue.number}/comments`
    const posted = await callApi(server, 'POST', path, { body: 'first' })
    expect(posted.status).toBe(201)
    expect(posted.body).toMatchObject({
      body: 'first',
      issue_url: `${server.url}${P}/issues/${issue.number}`,
      html_url: expect.stringMatching(/\/issues\/1#issuecomment-\d+$/),
      user: { login: 'github-actions[bot]' }
    })
    await callApi(server, 'POST', path, { body: 'second' })
    expect((await callApi(server, 'POST', path, {})).status).toBe(422)
    const list = await callApi(server, 'GET', path)
    expect((list.body as Array<{ body: string }>).map((c) => c.body)).toEqual(['first', 'second'])
    expect((await callApi(server, 'GET', `${P}/issues/${issue.number}`)).body.comments).toBe(2)
  })

  test('a plain issue needs issues permission; a pull request also takes pull_requests', async () => {
    server.addToken('ghs_pulls', { kind: 'github-token', permissions: { pull_requests: 'write' } })
    const issue = seedIssue(server, { title: 'a' })
    const pull = seedPull()
    const onIssue = await callApi(
      server,
      'POST',
      `${P}/issues/${issue.number}/labels`,
      { labels: ['x'] },
      'ghs_pulls'
    )
    expect(onIssue.status).toBe(403)
    expect(onIssue.headers['x-accepted-github-permissions']).toBe('issues=write')
    const onPull = await callApi(
      server,
      'POST',
      `${P}/issues/${pull.number}/labels`,
      { labels: ['x'] },
      'ghs_pulls'
    )
    expect(onPull.status).toBe(200)
    expect(issue.labels).toEqual([])
    const list = await callApi(server, 'GET', `${P}/issues`, undefined, 'ghs_pulls')
    expect(list.headers['x-accepted-github-permissions']).toBe('issues=read')
    expect(list.status).toBe(403)
  })
})

describe('labels', () => {
  test('are created once (names compare case-insensitively) and listed by name', async () => {
    const created = await callApi(server, 'POST', `${P}/labels`, {
      name: 'release',
      color: '#0E8A16',
      description: 'release PRs'
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      name: 'release',
      color: '0e8a16',
      description: 'release PRs',
      default: false,
      url: `${server.url}${P}/labels/release`
    })
    const dup = await callApi(server, 'POST', `${P}/labels`, { name: 'Release' })
    expect(dup.status).toBe(422)
    expect(dup.body.errors).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }])
    expect((await callApi(server, 'POST', `${P}/labels`, { name: 'x', color: 'red' })).status).toBe(
      422
    )
    await callApi(server, 'POST', `${P}/labels`, { name: 'bug' })
    const list = await callApi(server, 'GET', `${P}/labels`)
    expect((list.body as Array<{ name: string }>).map((l) => l.name)).toEqual(['bug', 'release'])
    expect(list.body[0]).toMatchObject({ color: 'ededed', description: null })
  })
})
