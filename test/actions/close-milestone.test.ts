import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../kit/github/index.js'
import { seedIssue, seedMilestone } from '../kit/github/issue-objects.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { DropProxy } from '../kit/drop-proxy.js'
import { FakeJira, type FakeJiraOptions } from '../kit/jira/index.js'
import { createReleasedRepo } from '../kit/released-project.js'

const JIRA_USER = 'release-bot@acme.test'
const JIRA_TOKEN = 'jira-api-token'

let repo: ReturnType<typeof createReleasedRepo>
let workspace: string
const servers: Array<FakeGitHub | FakeJira | DropProxy> = []

beforeAll(() => {
  repo = createReleasedRepo()
  workspace = repo.sandbox.checkout('ws-main', 'main')
})
afterAll(() => repo.sandbox.cleanup())
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop()
})

/** A GitHub with milestone 1.3.0 holding one closed and one open issue, and a Jira site. */
async function trackers(jiraOptions: FakeJiraOptions & { workflow?: string } = {}) {
  const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  const jira = await FakeJira.start(jiraOptions)
  servers.push(github, jira)
  const milestone = seedMilestone(github, { title: '1.3.0' })
  seedIssue(github, { title: 'Feature X', milestone: milestone.number, state: 'closed' })
  const open = seedIssue(github, { title: 'Polish Y', milestone: milestone.number })
  jira.addProject('JIRA', { workflow: jiraOptions.workflow })
  return { github, jira, milestone, open }
}

function close(
  github: FakeGitHub,
  jira: FakeJira | undefined,
  inputs: InvokeOptions['inputs'] = {}
) {
  return invokeAction({
    action: 'close-milestone',
    workspace,
    ref: 'refs/heads/main',
    sha: repo.mainSha,
    apiUrl: github.url,
    inputs: {
      ...(jira
        ? {
            'jira-url': jira.url,
            'jira-user': JIRA_USER,
            'jira-token': JIRA_TOKEN,
            'jira-project': 'JIRA'
          }
        : {}),
      ...inputs
    }
  })
}

/** Requests that changed something on GitHub. */
const githubWrites = (github: FakeGitHub) => github.requests.filter((r) => r.method !== 'GET')

describe('close-milestone', () => {
  test('Cloud: version created and released, tickets transitioned, milestone closed with carry-over; rerun unchanged', async () => {
    const { github, jira, milestone, open } = await trackers()
    jira.addIssue('JIRA-1234')
    jira.addIssue('JIRA-1235', { status: 'In Progress' })
    jira.addIssue('JIRA-1236', { status: 'Done' })
    // JIRA-1237 does not exist in Jira: listed, not fatal.
    const run = await close(github, jira, { 'carry-over': '1.4.0', 'release-date': '2026-10-02' })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      'closed-issues': '["JIRA-1234","JIRA-1235","JIRA-1236"]',
      'skipped-issues': '["JIRA-1237"]',
      'carried-over': `[${open.number}]`,
      'milestone-url': 'https://github.com/acme/app/milestone/1',
      result: 'updated'
    })
    const version = jira.state.versions.find((v) => v.name === '1.3.0')
    expect(version).toMatchObject({ released: true, releaseDate: '2026-10-02' })
    expect(run.outputs['jira-version-id']).toBe(version?.id)
    for (const key of ['JIRA-1234', 'JIRA-1235', 'JIRA-1236']) {
      expect(jira.issue(key).status).toBe('Done')
      expect(jira.fixVersionsOf(key)).toEqual(['1.3.0'])
    }
    // Cloud on a loopback host: detected from serverInfo, then REST v3 throughout.
    expect(
      jira.requests.filter((r) => r.path.startsWith('/rest/api/2/')).map((r) => r.path)
    ).toEqual(['/rest/api/2/serverInfo'])
    expect(jira.requestsTo('PUT', '/rest/api/3/issue/JIRA-1234')[0].body).toEqual({
      update: { fixVersions: [{ add: { id: version?.id } }] }
    })
    expect(run.annotations.map((a) => `${a.level}: ${a.message}`)).toContain(
      'warning: JIRA-1237: does not exist (or is not visible to jira-user)'
    )
    expect(github.state.milestones.find((m) => m.title === '1.3.0')).toMatchObject({
      state: 'closed',
      open_issues: 0,
      closed_issues: 1
    })
    const next = github.state.milestones.find((m) => m.title === '1.4.0')
    expect(next).toMatchObject({ state: 'open', open_issues: 1 })
    expect(github.state.issues.find((i) => i.number === open.number)?.milestone?.title).toBe(
      '1.4.0'
    )
    expect(run.summary).toContain('| JIRA-1234 | To Do | → Done | added |')
    expect(run.summary).toContain('| JIRA-1237 |  | skipped: does not exist')
    expect(run.summary).toContain(
      `[1.3.0](https://github.com/acme/app/milestone/${milestone.number})`
    )
    // The Jira token is masked, and printed nowhere but in the mask command itself.
    expect(run.stdout).toContain(`::add-mask::${JIRA_TOKEN}`)
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(JIRA_TOKEN)

    const jiraWrites = jira.writes().length
    const githubWriteCount = githubWrites(github).length
    const rerun = await close(github, jira, { 'carry-over': '1.4.0', 'release-date': '2026-10-02' })
    expect(rerun.errors).toBe('')
    expect(rerun.outputs).toMatchObject({
      'closed-issues': '["JIRA-1234","JIRA-1235","JIRA-1236"]',
      'carried-over': '[]',
      result: 'unchanged'
    })
    expect(jira.writes()).toHaveLength(jiraWrites)
    expect(githubWrites(github)).toHaveLength(githubWriteCount)
    expect(rerun.summary).toContain('already released')
  })

  test('Server/Data Center: a bearer PAT on REST v2, 429 with retry-after waited out, from-commits', async () => {
    const { github, jira } = await trackers({ flavour: 'server' })
    for (const key of ['JIRA-1234', 'JIRA-1235', 'JIRA-1236', 'JIRA-1237', 'JIRA-1240'])
      jira.addIssue(key)
    jira.fault(
      { method: 'GET', path: '/rest/api/2/issue/JIRA-1235' },
      {
        status: 429,
        headers: { 'retry-after': '3' },
        body: { errorMessages: ['Too many requests'] }
      }
    )
    const run = await close(github, jira, {
      'jira-user': '',
      'jira-token': 'jira-pat',
      'from-commits': true
    })
    expect(run.errors).toBe('')
    expect(JSON.parse(run.outputs['closed-issues'])).toEqual([
      'JIRA-1234',
      'JIRA-1235',
      'JIRA-1236',
      'JIRA-1237',
      'JIRA-1240'
    ])
    expect(jira.issue('JIRA-1240').status).toBe('Done')
    expect(jira.requests.every((r) => r.path.startsWith('/rest/api/2/'))).toBe(true)
    expect(jira.requestsTo('GET', '/rest/api/2/issue/JIRA-1235').map((r) => r.status)).toEqual([
      429, 200
    ])
    expect(jira.requests.at(-1)?.headers.authorization).toBe('Bearer jira-pat')
    expect(run.annotations.map((a) => a.message).join('\n')).toContain(
      'answered 429; retrying in 3s'
    )
    // No carry-over: the open issue stays in the closed milestone, and the summary says so.
    expect(run.summary).toContain('Still open in the milestone')
  })

  test('dry-run reads both trackers and changes neither', async () => {
    const { github, jira } = await trackers()
    jira.addIssue('JIRA-1234')
    const run = await close(github, jira, { 'dry-run': true, 'carry-over': '1.4.0' })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('dry-run')
    expect(jira.writes()).toEqual([])
    expect(githubWrites(github)).toEqual([])
    expect(run.summary).toContain('would add')
  })

  test('strict: a missing ticket fails the run before anything changes', async () => {
    const { github, jira } = await trackers()
    for (const key of ['JIRA-1234', 'JIRA-1235', 'JIRA-1236']) jira.addIssue(key)
    const run = await close(github, jira, { strict: true })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain(
      'strict: 1 released ticket(s) cannot be closed, so nothing was changed: JIRA-1237'
    )
    expect(jira.writes()).toEqual([])
    expect(githubWrites(github)).toEqual([])
  })

  test.each([
    [
      'a Jira URL that is not a URL',
      { 'jira-url': 'jira.example.com' },
      "Input 'jira-url' is 'jira.example.com', which is not a URL"
    ],
    [
      'a project that does not exist',
      { 'jira-project': 'NOPE' },
      "Jira project 'NOPE' does not exist"
    ],
    [
      'a transition the workflow does not have',
      { transition: 'Shipped' },
      "Input 'transition' is 'Shipped', which the workflow of JIRA's released tickets does not have; they offer: In Progress, Done. Set 'transition' to one of them."
    ],
    [
      'a wrong Jira token',
      { 'jira-token': 'not-the-token' },
      'Jira refused the credentials (401 Unauthorized)'
    ],
    [
      'a carry-over milestone that is the one closed',
      { 'carry-over': '1.3.0' },
      "Input 'carry-over' is '1.3.0', the milestone this run closes; name the next release's milestone"
    ],
    [
      'a milestone title of two lines (a workflow command on the second)',
      { milestone: '1.3.0\n::error::forged' },
      "Input 'milestone' is '1.3.0\\n::error::forged', which is no milestone title: give one line of at most 255 characters"
    ],
    [
      'a carry-over milestone of 10 kB',
      { 'carry-over': 'x'.repeat(10_000) },
      `Input 'carry-over' is '${'x'.repeat(80)}…' (10000 characters), which is no milestone title`
    ],
    [
      'a version without a CHANGELOG section',
      { version: '1.4.0' },
      "CHANGELOG.md has no section '## [1.4.0]'"
    ]
  ])('%s: one clear error, nothing changed', async (_name, inputs, message) => {
    const { github, jira } = await trackers()
    for (const key of ['JIRA-1234', 'JIRA-1235']) jira.addIssue(key)
    const run = await close(github, jira, inputs)
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toContain(message)
    expect(jira.writes()).toEqual([])
    expect(githubWrites(github)).toEqual([])
  })

  test('Jira dropping the connection on every attempt: said as such, with the host and route; nothing changed', async () => {
    const { github, jira } = await trackers()
    for (const key of ['JIRA-1234', 'JIRA-1235']) jira.addIssue(key)
    jira.fault({ method: 'GET', path: /\/issue\/JIRA-1234$/ }, { drop: true, times: 10 })
    const run = await close(github, jira)
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toMatch(
      /^close-milestone failed: No answer from Jira \(127\.0\.0\.1:\d+\) to GET \/rest\/api\/\d\/issue\/JIRA-1234: the connection failed \(.+\), also on the retries\.$/
    )
    expect(run.errors).not.toMatch(/unexpectedly|check 'jira-url'/)
    expect(jira.writes()).toEqual([])
    expect(githubWrites(github)).toEqual([])
  })

  test('Jira applied the version and a transition but the answers were lost: each done once, the run succeeds, a rerun is unchanged', async () => {
    const { github, jira } = await trackers()
    for (const key of ['JIRA-1234', 'JIRA-1235']) jira.addIssue(key)
    const proxy = await DropProxy.start(jira.url)
    servers.push(proxy)
    proxy.drop({ method: 'POST', path: /\/rest\/api\/\d\/version$/ }, 'after')
    proxy.drop({ method: 'POST', path: /\/issue\/JIRA-1235\/transitions$/ }, 'after')
    const run = await close(github, jira, { 'jira-url': proxy.url })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(proxy.log.filter((r) => r.fate === 'dropped-after')).toHaveLength(2)
    expect(jira.state.versions.map((v) => [v.name, v.released])).toEqual([['1.3.0', true]])
    expect(jira.requestsTo('POST', /\/version$/)).toHaveLength(1)
    expect(jira.requestsTo('POST', /\/transitions$/)).toHaveLength(2)
    for (const key of ['JIRA-1234', 'JIRA-1235']) {
      expect(jira.issue(key).status).toBe('Done')
      expect(jira.fixVersionsOf(key)).toEqual(['1.3.0'])
    }
    expect(run.stdout).toContain('found done in Jira after a failed answer; not sent again')
    const writes = jira.writes().length
    const rerun = await close(github, jira, { 'jira-url': proxy.url })
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs.result).toBe('unchanged')
    expect(jira.writes()).toHaveLength(writes)
  })

  test('without Jira: only the milestone closes; a missing milestone is a warning', async () => {
    const { github } = await trackers()
    const run = await close(github, undefined)
    expect(run.errors).toBe('')
    expect(run.outputs).toMatchObject({ 'closed-issues': '[]', result: 'updated' })
    expect(github.state.milestones[0].state).toBe('closed')
    const other = await close(github, undefined, { milestone: 'Sprint 9' })
    expect(other.outputs.result).toBe('unchanged')
    expect(other.annotations.map((a) => a.message)).toContain(
      "No GitHub milestone titled 'Sprint 9'; nothing to close on GitHub."
    )
    expect(other.annotations.filter((a) => /jira/i.test(a.message))).toEqual([])
  })

  test('Jira credentials without jira-url (secrets inherited, Jira not set up): a warning that Jira is left alone', async () => {
    const { github } = await trackers()
    const run = await close(github, undefined, {
      'jira-user': JIRA_USER,
      'jira-token': JIRA_TOKEN
    })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContain(
      "'jira-user', 'jira-token' are set but 'jira-url' is not: Jira is left alone. Set 'jira-url' to release the Jira version."
    )
    expect(github.state.milestones[0].state).toBe('closed')
  })
})
