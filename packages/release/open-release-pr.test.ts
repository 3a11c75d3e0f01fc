/**
 * open-release-pr's use-case in this process: real git (a seed project's bare origin and a
 * checkout) and the loopback GitHub over real HTTP, through the client the action builds.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub, seedMilestone } from '../../test/kit/github/index.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { createSeedRepo, type SeedRepo } from '../../test/kit/seed-project.js'
import { ConfigurationError } from '../base/errors.js'
import { RecordingLogger } from '../base/logger.js'
import { DEFAULT_TICKET_PATTERN } from '../changelog/grammar.js'
import { Git } from '../git/git.js'
import { createGitHubClient, type GitHubClient } from '../github/client.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import {
  openReleasePull,
  type ReleasePullRequest,
  type ReleasePullServices
} from './open-release-pr.js'

const REPO = { owner: 'acme', repo: 'app' }
const SECTION = [
  '## [1.3.0] - 2026-11-02',
  '### Added',
  '- New feature X (JIRA-1234)',
  '',
  '### Fixed',
  '- Bug in feature W (JIRA-1237)',
  ''
].join('\n')

let seed: SeedRepo
let fake: FakeGitHub
let client: GitHubClient
let workspace: string

beforeAll(async () => {
  seed = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  fake = await FakeGitHub.start({ bareRepo: seed.sandbox.origin })
  client = await createGitHubClient({
    token: 'test-token',
    apiUrl: fake.url,
    log: new RecordingLogger()
  })
  workspace = seed.sandbox.checkout('ws', 'release-v1.3.0', { depth: 0 })
  const changelog = seed.sandbox.read(workspace, 'CHANGELOG.md')
  seed.sandbox.write(workspace, {
    'CHANGELOG.md': changelog.replace('## [1.2.0]', `${SECTION}\n## [1.2.0]`)
  })
})
afterAll(async () => {
  await fake.stop()
  seed.sandbox.cleanup()
})

function request(overrides: Partial<ReleasePullRequest> = {}): ReleasePullRequest {
  return {
    base: 'main',
    title: 'Release {version}',
    changelogPath: 'CHANGELOG.md',
    issuePattern: DEFAULT_TICKET_PATTERN,
    issueUrl: 'https://jira.example.com/browse/{key}',
    draft: false,
    labels: ['release'],
    reviewers: [],
    developBranch: 'develop',
    patterns: parseBranchPatterns(),
    tagPrefix: 'v',
    conflictForecast: true,
    autoMerge: false,
    dryRun: false,
    workingDirectory: workspace,
    ...overrides
  }
}

function services(log = new RecordingLogger(), withCheckout = true): ReleasePullServices {
  return {
    github: client,
    repo: REPO,
    git: withCheckout ? new Git(workspace, { log, identity: TEST_IDENTITY }) : undefined,
    defaultBranch: () => Promise.resolve('main'),
    log
  }
}

describe('openReleasePull', () => {
  test('a dry run says what it would open and opens nothing', async () => {
    const log = new RecordingLogger()
    const report = await openReleasePull(services(log), request({ dryRun: true }))
    expect(report).toMatchObject({ result: 'dry-run', head: 'release-v1.3.0', version: '1.3.0' })
    expect(report.pull).toBeUndefined()
    expect(report.body).toContain('### Added\n- New feature X (JIRA-1234)')
    expect(log.text('info')).toContain('Would open release-v1.3.0 -> main.')
    expect(fake.state.pulls).toHaveLength(0)
  })

  test('opens Release 1.3.0 into main from the checkout branch: changelog notes, labels, milestone, forecast', async () => {
    seedMilestone(fake, { title: '1.3.0' })
    const report = await openReleasePull(services(), request())
    expect(report.result).toBe('created')
    expect(report.forecast).toMatchObject({ target: 'develop', conflicts: [] })
    expect(fake.state.pulls).toHaveLength(1)
    const pull = fake.state.pulls[0]
    expect(report.pull).toMatchObject({ number: pull.number, url: pull.html_url })
    expect(pull).toMatchObject({ title: 'Release 1.3.0', state: 'open', draft: false })
    expect(pull.head.ref).toBe('release-v1.3.0')
    expect(pull.base.ref).toBe('main')
    expect(pull.body).toContain('### Fixed\n- Bug in feature W (JIRA-1237)')
    expect(pull.body).toContain('- [JIRA-1237](https://jira.example.com/browse/JIRA-1237)')
    expect(pull.labels.map((l) => (l as { name: string }).name)).toEqual(['release'])
    expect((pull.milestone as { title: string } | null)?.title).toBe('1.3.0')
  })

  test('run again: the same pull request, unchanged; a new title updates it in place', async () => {
    expect((await openReleasePull(services(), request())).result).toBe('unchanged')
    const report = await openReleasePull(services(), request({ title: 'Ship {version}' }))
    expect(report.result).toBe('updated')
    expect(fake.state.pulls).toHaveLength(1)
    expect(fake.state.pulls[0].title).toBe('Ship 1.3.0')
  })

  test('no checkout and no base: the base from the lookup, the head from the run, no forecast', async () => {
    const log = new RecordingLogger()
    const report = await openReleasePull(
      { ...services(log, false), defaultBranch: () => Promise.resolve('main') },
      request({
        base: '',
        runBranch: 'release-v1.3.0',
        releaseNotes: '- Notes given',
        dryRun: true
      })
    )
    expect(report).toMatchObject({ base: 'main', head: 'release-v1.3.0', forecast: undefined })
    expect(report.pull?.number).toBe(fake.state.pulls[0].number)
    expect(log.text('info')).toContain('No checkout: no back-merge forecast')
  })

  test('a head that is no release branch is refused naming head; nothing opened', async () => {
    const before = fake.state.pulls.length
    const refused = openReleasePull(services(), request({ head: 'feature/search' }))
    await expect(refused).rejects.toThrow(ConfigurationError)
    await expect(refused).rejects.toThrow("Input 'head' is 'feature/search'")
    expect(fake.state.pulls).toHaveLength(before)
  })

  test('develop changed the same lines: the forecast names the file and a warning says so', async () => {
    const dev = seed.sandbox.clone('dev-conflict', 'develop')
    seed.sandbox.commit(dev, 'Change x on develop', {
      'mypkg/x.py': 'def x():\n    return "develop"\n'
    })
    seed.sandbox.push(dev, 'develop')
    const rel = seed.sandbox.clone('rel-conflict', 'release-v1.3.0')
    seed.sandbox.commit(rel, 'Fix x on the release', {
      'mypkg/x.py': 'def x():\n    return "release"\n'
    })
    seed.sandbox.push(rel, 'release-v1.3.0')
    const log = new RecordingLogger()
    const report = await openReleasePull(services(log), request({ title: 'Ship {version}' }))
    expect(report.forecast).toMatchObject({ result: 'conflict', conflicts: ['mypkg/x.py'] })
    expect(fake.state.pulls[0].body).toContain('mypkg/x.py')
    expect(log.text('warning')).toContain('will conflict in mypkg/x.py')
    // A trial merge only: develop did not move.
    expect(seed.sandbox.log('develop', 1)).toEqual(['Change x on develop'])
  })
})
