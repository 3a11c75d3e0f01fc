import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../server.js'
import { callApi } from '../api-client.js'
import { createOriginFixture, type OriginFixture } from '../origin-fixture.js'

const P = '/repos/acme/app'
let fixture: OriginFixture
let server: FakeGitHub

let branches: string[]

beforeAll(async () => {
  fixture = await createOriginFixture()
  branches = (await origin(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads']))
    .split('\n')
    .filter(Boolean)
})
afterAll(() => fixture.cleanup())

// Merges and new branches change the origin: each test starts from the fixture's branches.
beforeEach(async () => {
  const now = await origin(['for-each-ref', '--format=%(refname)', 'refs/heads'])
  const updateRefs = (lines: string[]) =>
    execFileSync('git', ['-C', fixture.bare, 'update-ref', '--stdin'], {
      input: lines.map((line) => `${line}\n`).join('')
    })
  updateRefs(
    now
      .split('\n')
      .filter(Boolean)
      .map((ref) => `delete ${ref}`)
  )
  updateRefs(branches.map((line) => `create ${line}`))
  server = await FakeGitHub.start({ bareRepo: fixture.bare })
})
afterEach(async () => {
  await server.stop()
})

function open(body: Record<string, unknown>, token?: string) {
  return callApi(server, 'POST', `${P}/pulls`, { title: 'Release 1.3.0', ...body }, token)
}

/** Runs git in the bare origin. */
function origin(args: string[]): Promise<string> {
  return fixture.git(args, fixture.bare)
}

async function branch(name: string, sha: string): Promise<void> {
  await origin(['update-ref', `refs/heads/${name}`, sha])
}

describe('opening pull requests', () => {
  test('opens from head into base with the branch tips and diff counts', async () => {
    await branch('release-v1.3.0', fixture.next)
    const created = await open({ head: 'acme:release-v1.3.0', base: 'main', body: 'notes' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Release 1.3.0',
      body: 'notes',
      draft: false,
      merged: false,
      mergeable: true,
      mergeable_state: 'clean',
      commits: 1,
      additions: 1,
      changed_files: 1,
      head: { ref: 'release-v1.3.0', label: 'acme:release-v1.3.0', sha: fixture.next },
      base: { ref: 'main', sha: fixture.feature },
      user: { login: 'github-actions[bot]' },
      html_url: 'https://github.com/acme/app/pull/1'
    })
    expect(server.state.pulls).toHaveLength(1)
  })

  test('refuses a second open pull request for the same head and base', async () => {
    await branch('release-v1.3.0', fixture.next)
    await open({ head: 'release-v1.3.0', base: 'main' })
    const again = await open({ head: 'release-v1.3.0', base: 'main' })
    expect(again.status).toBe(422)
    expect(again.body).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for acme:release-v1.3.0.'
        }
      ]
    })
    // Into another base it is a different pull request.
    expect((await open({ head: 'release-v1.3.0', base: 'develop' })).status).toBe(422)
    await branch('stable', fixture.initial)
    expect((await open({ head: 'release-v1.3.0', base: 'stable' })).status).toBe(201)
    expect(server.state.pulls).toHaveLength(2)
  })

  test('refuses a head with nothing new, and branches that do not exist', async () => {
    await branch('release-v1.3.0', fixture.feature)
    const empty = await open({ head: 'release-v1.3.0', base: 'main' })
    expect(empty.status).toBe(422)
    expect(empty.body.errors).toEqual([
      {
        resource: 'PullRequest',
        code: 'custom',
        message: 'No commits between main and release-v1.3.0'
      }
    ])
    const noHead = await open({ head: 'nowhere', base: 'main' })
    expect(noHead.body.errors).toEqual([
      { resource: 'PullRequest', code: 'invalid', field: 'head' }
    ])
    const noBase = await open({ head: 'develop', base: 'nowhere' })
    expect(noBase.body.errors).toEqual([
      { resource: 'PullRequest', code: 'invalid', field: 'base' }
    ])
    const fork = await open({ head: 'someone:develop', base: 'main' })
    expect(fork.status).toBe(422)
    expect(server.state.pulls).toEqual([])
  })
})

describe('reading and changing pull requests', () => {
  test('lists by state, head (owner:branch) and base', async () => {
    await branch('release-v1.3.0', fixture.next)
    await branch('hotfix-v1.2.1', fixture.next)
    const a = (await open({ head: 'develop', base: 'main' })).body.number
    const b = (await open({ head: 'release-v1.3.0', base: 'main' })).body.number
    const c = (await open({ head: 'hotfix-v1.2.1', base: 'main' })).body.number
    await callApi(server, 'PATCH', `${P}/pulls/${c}`, { state: 'closed' })
    const list = async (query: string) =>
      (await callApi<Array<{ number: number }>>(server, 'GET', `${P}/pulls${query}`)).body.map(
        (p) => p.number
      )
    expect(await list('')).toEqual([b, a])
    expect(await list('?state=all&direction=asc')).toEqual([a, b, c])
    expect(await list('?head=acme:release-v1.3.0')).toEqual([b])
    expect(await list('?head=other:release-v1.3.0')).toEqual([])
    expect(await list('?state=closed&base=main')).toEqual([c])
    expect(await list('?base=develop')).toEqual([])
  })

  test('updates title, body, base and state; a base must be a branch', async () => {
    const pull = (await open({ head: 'develop', base: 'main' })).body.number
    const path = `${P}/pulls/${pull}`
    const bad = await callApi(server, 'PATCH', path, { title: 'x', base: 'nowhere' })
    expect(bad.status).toBe(422)
    await branch('stable', fixture.initial)
    const updated = await callApi(server, 'PATCH', path, {
      title: 'Release 1.3.0 (rc)',
      body: 'edited',
      base: 'stable'
    })
    expect(updated.body).toMatchObject({
      title: 'Release 1.3.0 (rc)',
      body: 'edited',
      base: { ref: 'stable', sha: fixture.initial },
      commits: 2
    })
    const closed = await callApi(server, 'PATCH', path, { state: 'closed' })
    expect(closed.body).toMatchObject({ state: 'closed', merged: false })
    expect(closed.body.closed_at).not.toBeNull()
  })

  test('requests reviewers and teams, never the author', async () => {
    const pull = (await open({ head: 'develop', base: 'main' })).body.number
    const path = `${P}/pulls/${pull}/requested_reviewers`
    const asked = await callApi(server, 'POST', path, {
      reviewers: ['hubot', 'octocat'],
      team_reviewers: ['release-managers']
    })
    expect(asked.status).toBe(201)
    const reviewers = asked.body.requested_reviewers as Array<{ login: string }>
    expect(reviewers.map((u) => u.login)).toEqual(['hubot', 'octocat'])
    expect(asked.body.requested_teams).toMatchObject([{ slug: 'release-managers' }])
    const self = await callApi(server, 'POST', path, { reviewers: ['github-actions[bot]'] })
    expect(self.status).toBe(422)
    expect(self.body.message).toBe('Review cannot be requested from pull request author.')
    expect(server.state.pulls[0].requested_reviewers).toHaveLength(2)
  })
})

describe('merging pull requests', () => {
  test('a merge commit lands on the base branch of the bare origin', async () => {
    await branch('release-v1.3.0', fixture.next)
    const pull = (await open({ head: 'release-v1.3.0', base: 'main' })).body.number
    const merged = await callApi(server, 'PUT', `${P}/pulls/${pull}/merge`, {
      merge_method: 'merge',
      sha: fixture.next
    })
    expect(merged.status).toBe(200)
    expect(merged.body).toEqual({
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      merged: true,
      message: 'Pull Request successfully merged'
    })
    const main = await origin(['rev-parse', 'refs/heads/main'])
    expect(main).toBe(merged.body.sha)
    expect(await origin(['log', '-1', '--format=%P%n%an%n%cn%n%B', main])).toBe(
      `${fixture.feature} ${fixture.next}\ngithub-actions[bot]\nGitHub\n` +
        `Merge pull request #${pull} from acme/release-v1.3.0\n\nRelease 1.3.0`
    )
    const read = await callApi(server, 'GET', `${P}/pulls/${pull}`)
    expect(read.body).toMatchObject({
      state: 'closed',
      merged: true,
      merge_commit_sha: main,
      merged_by: { login: 'github-actions[bot]' }
    })
    expect(read.body.merged_at).not.toBeNull()
    const twice = await callApi(server, 'PUT', `${P}/pulls/${pull}/merge`, {})
    expect(twice.status).toBe(405)
  })

  test('a squash writes one commit "title (#N)" with the head tree', async () => {
    await branch('release-v1.3.0', fixture.next)
    const pull = (await open({ head: 'release-v1.3.0', base: 'main' })).body.number
    const merged = await callApi(server, 'PUT', `${P}/pulls/${pull}/merge`, {
      merge_method: 'squash'
    })
    expect(merged.status).toBe(200)
    const sha = merged.body.sha as string
    expect(await origin(['log', '-1', '--format=%P%n%s%n%b', sha])).toBe(
      `${fixture.feature}\nRelease 1.3.0 (#${pull})\n* Feature: search (JIRA-1300)`
    )
    expect(await origin(['rev-parse', `${sha}^{tree}`])).toBe(
      await origin(['rev-parse', `${fixture.next}^{tree}`])
    )
    expect(await origin(['rev-parse', 'refs/heads/main'])).toBe(sha)
  })

  test('a conflict or a moved head leaves the base branch alone', async () => {
    const edit = async (from: string, text: string) => {
      await fixture.git(['checkout', '-q', from])
      writeFileSync(join(fixture.work, 'login.txt'), text)
      await fixture.git(['commit', '-q', '-am', `edit on ${from}`])
      await fixture.git(['push', '-q', 'origin', from])
      return fixture.git(['rev-parse', 'HEAD'])
    }
    const developTip = await edit('develop', 'develop version\n')
    const pull = (await open({ head: 'develop', base: 'main' })).body.number
    const stale = await callApi(server, 'PUT', `${P}/pulls/${pull}/merge`, { sha: fixture.next })
    expect(stale.status).toBe(409)
    const mainTip = await edit('main', 'main version\n')
    const read = await callApi(server, 'GET', `${P}/pulls/${pull}`)
    expect(read.body).toMatchObject({
      mergeable: false,
      mergeable_state: 'dirty',
      head: { sha: developTip }
    })
    const conflict = await callApi(server, 'PUT', `${P}/pulls/${pull}/merge`, {})
    expect(conflict.status).toBe(405)
    expect(conflict.body.message).toBe('Pull Request is not mergeable')
    expect(await origin(['rev-parse', 'refs/heads/main'])).toBe(mainTip)
    expect(server.state.pulls[0]).toMatchObject({ state: 'open', merged: false })
  })

  test('merging needs contents=write; opening needs pull_requests=write', async () => {
    server.addToken('ghs_pulls', { kind: 'github-token', permissions: { pull_requests: 'write' } })
    server.addToken('ghs_read', { kind: 'github-token', permissions: { pull_requests: 'read' } })
    expect((await open({ head: 'develop', base: 'main' }, 'ghs_read')).status).toBe(403)
    const pull = (await open({ head: 'develop', base: 'main' }, 'ghs_pulls')).body.number
    const refused = await callApi(server, 'PUT', `${P}/pulls/${pull}/merge`, {}, 'ghs_pulls')
    expect(refused.status).toBe(403)
    expect(refused.headers['x-accepted-github-permissions']).toBe('contents=write')
    expect(await origin(['rev-parse', 'refs/heads/main'])).toBe(fixture.feature)
  })
})
