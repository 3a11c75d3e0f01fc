/**
 * close-milestone's use-case in this process: a released project's checkout (real git), the
 * loopback GitHub (milestones, issues, deployments) and the loopback Jira.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub, seedIssue, seedMilestone } from '../../test/kit/github/index.js'
import { FakeJira } from '../../test/kit/jira/index.js'
import { createReleasedRepo } from '../../test/kit/released-project.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { ConfigurationError } from '../base/errors.js'
import { RecordingLogger } from '../base/logger.js'
import { DEFAULT_TICKET_PATTERN } from '../changelog/grammar.js'
import { Git } from '../git/git.js'
import { createGitHubClient } from '../github/client.js'
import {
  closeRelease,
  type CloseReleaseRequest,
  type CloseReleaseServices
} from './close-release.js'

let released: ReturnType<typeof createReleasedRepo>
let workspace: string
const servers: Array<FakeGitHub | FakeJira> = []

beforeAll(() => {
  released = createReleasedRepo()
  workspace = released.sandbox.checkout('ws-main', 'main')
})
afterAll(() => released.sandbox.cleanup())
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop()
})

/** A GitHub with milestone 1.3.0 holding one closed and one open issue, and a Jira site. */
async function trackers() {
  const github = await FakeGitHub.start({ bareRepo: released.sandbox.origin })
  const jira = await FakeJira.start()
  servers.push(github, jira)
  const milestone = seedMilestone(github, { title: '1.3.0' })
  seedIssue(github, { title: 'Feature X', milestone: milestone.number, state: 'closed' })
  const open = seedIssue(github, { title: 'Polish Y', milestone: milestone.number })
  jira.addProject('JIRA')
  return { github, jira, open }
}

function request(overrides: Partial<CloseReleaseRequest> = {}): CloseReleaseRequest {
  return {
    transition: 'Done',
    strict: false,
    fromCommits: false,
    changelog: 'CHANGELOG.md',
    issuePattern: DEFAULT_TICKET_PATTERN,
    releaseDate: '2026-10-02',
    tagPrefix: 'v',
    mainBranch: 'main',
    dryRun: false,
    workingDirectory: workspace,
    runBranch: 'main',
    ...overrides
  }
}

function services(github: FakeGitHub, log = new RecordingLogger()): CloseReleaseServices {
  return {
    repo: { owner: 'acme', repo: 'app' },
    git: new Git(workspace, { log, identity: TEST_IDENTITY }),
    github: () => createGitHubClient({ token: 'test-token', apiUrl: github.url, log }),
    defaultBranch: () => Promise.resolve('main'),
    log
  }
}

describe('closeRelease', () => {
  test('releases the Jira version with the changelog tickets, closes the milestone with carry-over; rerun unchanged', async () => {
    const { github, jira, open } = await trackers()
    jira.addIssue('JIRA-1234')
    jira.addIssue('JIRA-1235', { status: 'In Progress' })
    const jiraSettings = {
      url: new URL(jira.url),
      auth: { kind: 'basic', user: 'release-bot@acme.test', token: 'jira-api-token' } as const,
      project: 'JIRA',
      apiVersion: 'auto' as const
    }
    const log = new RecordingLogger()
    const report = await closeRelease(
      services(github, log),
      request({ jira: jiraSettings, carryOver: '1.4.0' })
    )
    expect(report).toMatchObject({ result: 'updated', version: '1.3.0', milestoneTitle: '1.3.0' })
    expect(report.milestone.carried).toEqual([open.number])
    const version = jira.state.versions.find((v) => v.name === '1.3.0')
    expect(version).toMatchObject({ released: true, releaseDate: '2026-10-02' })
    for (const key of ['JIRA-1234', 'JIRA-1235']) {
      expect(jira.issue(key).status).toBe('Done')
      expect(jira.fixVersionsOf(key)).toEqual(['1.3.0'])
    }
    expect(log.text('warning')).toContain('JIRA-1236: does not exist')
    expect(github.state.milestones.find((m) => m.title === '1.3.0')?.state).toBe('closed')
    expect(github.state.issues.find((i) => i.number === open.number)?.milestone?.title).toBe(
      '1.4.0'
    )

    const writes = jira.writes().length
    const again = await closeRelease(
      services(github),
      request({ jira: jiraSettings, carryOver: '1.4.0' })
    )
    expect(again.result).toBe('unchanged')
    expect(jira.writes()).toHaveLength(writes)
  })

  test('carry-over into a milestone that exists: one listing of the milestones finds both', async () => {
    const { github, open } = await trackers()
    const next = seedMilestone(github, { title: '1.4.0' })
    const report = await closeRelease(services(github), request({ carryOver: '1.4.0' }))
    expect(report.milestone).toMatchObject({ carried: [open.number], carryOverCreated: false })
    expect(github.state.issues.find((i) => i.number === open.number)?.milestone?.number).toBe(
      next.number
    )
    expect(github.requestsTo('GET', '/repos/acme/app/milestones')).toHaveLength(1)
    expect(github.requestsTo('POST', '/repos/acme/app/milestones')).toEqual([])
  })

  test('a dry run changes neither tracker', async () => {
    const { github } = await trackers()
    const report = await closeRelease(services(github), request({ dryRun: true }))
    expect(report.result).toBe('dry-run')
    expect(github.state.milestones.find((m) => m.title === '1.3.0')?.state).toBe('open')
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  test('no Jira and no milestone: skipped, saying how to turn the stage on', async () => {
    const github = await FakeGitHub.start({ bareRepo: released.sandbox.origin })
    servers.push(github)
    const report = await closeRelease(services(github), request())
    expect(report.result).toBe('skipped')
    expect(report.skipped?.reason).toContain("no GitHub milestone titled '1.3.0'")
    expect(report.skipped?.hint).toContain("'jira-url'")
  })

  test('carry-over into the milestone being closed is refused naming carry-over, before any change', async () => {
    const { github } = await trackers()
    const refused = closeRelease(services(github), request({ carryOver: '1.3.0' }))
    await expect(refused).rejects.toThrow(ConfigurationError)
    await expect(refused).rejects.toThrow("Input 'carry-over' is '1.3.0'")
    expect(github.requests).toEqual([])
  })

  test('from-commits without a checkout is refused naming from-commits', async () => {
    const { github } = await trackers()
    await expect(
      closeRelease(
        { ...services(github), git: undefined },
        request({ fromCommits: true, version: '1.3.0' })
      )
    ).rejects.toThrow("which 'from-commits: true' reads")
  })
})
