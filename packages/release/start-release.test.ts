/**
 * start-release's use-case in this process: the seed project (main released as v1.2.0,
 * develop ahead) in a bare origin, planned and pushed from a shallow checkout as a job has;
 * its milestone and the pull requests still open into develop on the loopback GitHub.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { FakeGitHub, seedMilestone, seedPullRequest } from '../../test/kit/github/index.js'
import { createSeedRepo, type SeedRepo } from '../../test/kit/seed-project.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { ConfigurationError } from '../base/errors.js'
import { RecordingLogger, silentLogger } from '../base/logger.js'
import { Git } from '../git/git.js'
import { createGitHubClient } from '../github/client.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import {
  planRelease,
  pushNewBranch,
  startRelease,
  type StartReleaseRequest,
  type StartReleaseServices,
  type StartRequest
} from './start-release.js'

let seed: SeedRepo
let count = 0
beforeAll(() => {
  seed = createSeedRepo()
})
afterAll(() => seed.sandbox.cleanup())

/** A fresh shallow checkout of develop, as actions/checkout leaves one. */
function checkout(): Git {
  const dir = seed.sandbox.checkout(`ws-${++count}`, 'develop')
  return new Git(dir, { log: silentLogger, identity: TEST_IDENTITY })
}

function request(overrides: Partial<StartRequest> = {}): StartRequest {
  return {
    bump: 'minor',
    hotfix: false,
    base: 'develop',
    mainBranch: 'main',
    patterns: parseBranchPatterns(),
    tagPrefix: 'v',
    releaseType: 'auto',
    dryRun: false,
    ...overrides
  }
}

describe('planRelease and pushNewBranch', () => {
  test('cuts release-v1.3.0 from the tip of develop and pushes it; a rerun is unchanged', async () => {
    const develop = seed.sandbox.remoteSha('refs/heads/develop')
    const git = checkout()
    const plan = await planRelease(git, request())
    expect(plan).toMatchObject({
      version: '1.3.0',
      kind: 'release',
      branch: 'release-v1.3.0',
      sha: develop,
      from: 'develop',
      exists: false
    })
    expect(plan.latest?.name).toBe('v1.2.0')
    expect(await pushNewBranch(git, plan)).toBe('created')
    expect(seed.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(develop)

    const rerun = checkout()
    const again = await planRelease(rerun, request())
    expect(again.exists).toBe(true)
    expect(await pushNewBranch(rerun, again)).toBe('unchanged')
  })

  test('a hotfix is cut from the latest release tag on main', async () => {
    const git = checkout()
    const plan = await planRelease(git, request({ hotfix: true }))
    expect(plan).toMatchObject({ version: '1.2.1', kind: 'hotfix', branch: 'hotfix-v1.2.1' })
    expect(plan.sha).toBe(seed.sandbox.remoteSha('refs/tags/v1.2.0'))
    expect(await pushNewBranch(git, plan)).toBe('created')
    expect(seed.sandbox.remoteSha('refs/heads/hotfix-v1.2.1')).toBe(plan.sha)
  })

  test('a released version or a missing base is refused naming the input; nothing pushed', async () => {
    const heads = seed.sandbox.git(seed.sandbox.origin, 'for-each-ref', 'refs/heads')
    await expect(planRelease(checkout(), request({ version: '1.2.0' }))).rejects.toThrow(
      'Input `version` is 1.2.0, which repeats an existing tag'
    )
    const missing = planRelease(checkout(), request({ base: 'dev', baseInput: 'base' }))
    await expect(missing).rejects.toThrow(ConfigurationError)
    await expect(missing).rejects.toThrow("Input 'base' to the branch you use")
    expect(seed.sandbox.git(seed.sandbox.origin, 'for-each-ref', 'refs/heads')).toBe(heads)
  })
})

describe('startRelease', () => {
  const repos: SeedRepo[] = []
  const servers: FakeGitHub[] = []
  afterEach(async () => {
    while (servers.length) await servers.pop()?.stop()
    while (repos.length) repos.pop()?.sandbox.cleanup()
  })

  /** A fresh seed project and the loopback GitHub over its origin. */
  async function world() {
    const repo = createSeedRepo()
    repos.push(repo)
    const github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
    servers.push(github)
    return { repo, github }
  }

  /** The use-case's services on a fresh checkout of develop; `asked` counts GitHub clients made. */
  function services(repo: SeedRepo, github: FakeGitHub, log = new RecordingLogger()) {
    const made = { asked: 0 }
    const dir = repo.sandbox.checkout(`ws-${++count}`, 'develop')
    const given: StartReleaseServices = {
      git: new Git(dir, { log, identity: TEST_IDENTITY }),
      github: async () => {
        made.asked += 1
        const client = await createGitHubClient({ token: 'test-token', apiUrl: github.url, log })
        return { client, repo: { owner: 'acme', repo: 'app' } }
      },
      log
    }
    return { services: given, log, made }
  }

  function start(overrides: Partial<StartReleaseRequest> = {}): StartReleaseRequest {
    return { ...request(), createMilestone: false, warnOpenPullRequests: false, ...overrides }
  }

  test('no milestone and no warning asked: GitHub is not asked at all', async () => {
    const { repo, github } = await world()
    const { services: given, made } = services(repo, github)
    const report = await startRelease(given, start({ hotfix: true, warnOpenPullRequests: true }))
    expect(report).toMatchObject({ result: 'created', waiting: [], milestone: undefined })
    expect(report.plan.branch).toBe('hotfix-v1.2.1')
    expect(repo.sandbox.remoteSha('refs/heads/hotfix-v1.2.1')).toBe(
      repo.sandbox.remoteSha('refs/tags/v1.2.0')
    )
    expect(made.asked).toBe(0)
    expect(github.requests).toEqual([])
  })

  test('cuts the branch and creates its milestone; a rerun changes nothing', async () => {
    const { repo, github } = await world()
    const first = services(repo, github)
    const report = await startRelease(first.services, start({ createMilestone: true }))
    expect(report.result).toBe('created')
    expect(report.milestone).toMatchObject({ number: 1, created: true })
    expect(github.state.milestones.map((m) => [m.title, m.state, m.description])).toEqual([
      ['1.3.0', 'open', 'Release 1.3.0 (release-v1.3.0)']
    ])
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(
      repo.sandbox.remoteSha('refs/heads/develop')
    )
    expect(first.log.text('info')).toContain('Cut release-v1.3.0 from develop at')

    const rerun = services(repo, github)
    const again = await startRelease(rerun.services, start({ createMilestone: true }))
    expect(again).toMatchObject({ result: 'unchanged', milestone: { number: 1, created: false } })
    expect(rerun.log.text('info')).toMatch(
      /release-v1\.3\.0 exists already at \w+ \(develop\); nothing to do\./
    )
    expect(github.state.milestones).toHaveLength(1)
  })

  test('a rerun that makes the milestone a first run did not says created, not updated', async () => {
    const { repo, github } = await world()
    const first = await startRelease(services(repo, github).services, start())
    expect(first).toMatchObject({ result: 'created', milestone: undefined })
    expect(github.state.milestones).toHaveLength(0)
    const rerun = services(repo, github)
    const again = await startRelease(rerun.services, start({ createMilestone: true }))
    expect(again).toMatchObject({ result: 'created', milestone: { created: true } })
    expect(rerun.log.text('info')).toContain('created its milestone 1.3.0.')
    expect(github.state.milestones.map((m) => m.title)).toEqual(['1.3.0'])
  })

  test('a dry run pushes nothing and creates no milestone, but reports the one that exists', async () => {
    const { repo, github } = await world()
    const dry = services(repo, github)
    const none = await startRelease(dry.services, start({ createMilestone: true, dryRun: true }))
    expect(none).toMatchObject({ result: 'dry-run', milestone: undefined })
    expect(dry.log.text('info')).toContain('Would cut release-v1.3.0 from develop')
    expect(github.state.milestones).toHaveLength(0)
    const seeded = seedMilestone(github, { title: '1.3.0' })
    const found = await startRelease(
      services(repo, github).services,
      start({ createMilestone: true, dryRun: true })
    )
    expect(found.milestone).toEqual({ number: seeded.number, url: seeded.html_url, created: false })
    expect(repo.sandbox.remoteBranches().sort()).toEqual(['develop', 'main'])
    expect(github.state.milestones).toHaveLength(1)
  })

  test('warns, listing them, of pull requests still open into develop; a failed listing only warns', async () => {
    const { repo, github } = await world()
    const develop = repo.sandbox.remoteSha('refs/heads/develop')!
    seedPullRequest(github, {
      title: 'Login page',
      head: 'feature/login',
      headSha: develop,
      base: 'develop'
    })
    seedPullRequest(github, { title: 'Into main', head: 'docs', headSha: develop, base: 'main' })
    const run = services(repo, github)
    const report = await startRelease(
      run.services,
      start({ warnOpenPullRequests: true, dryRun: true })
    )
    expect(report.waiting).toEqual(['#1 Login page (feature/login)'])
    expect(run.log.text('warning')).toBe(
      '1 pull request(s) into develop are still open and will not be in release-v1.3.0: ' +
        '#1 Login page (feature/login). Merge them first if they belong in 1.3.0.'
    )

    github.fault({ method: 'GET', path: '/repos/{owner}/{repo}/pulls' }, { status: 403, times: 1 })
    const failed = services(repo, github)
    const despite = await startRelease(failed.services, start({ warnOpenPullRequests: true }))
    expect(despite).toMatchObject({ result: 'created', waiting: [] })
    expect(failed.log.text('warning')).toMatch(
      /^Could not list the pull requests open into develop: /
    )
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(develop)
  })

  test.each([
    [
      'release-v1.3.0 exists at another commit',
      'release-v1.3.0',
      'develop~1',
      {},
      /^Branch release-v1\.3\.0 exists already on origin \(at \w+, while develop is at \w+\).*Nothing was pushed\.$/s
    ],
    [
      'another release branch is still open',
      'release-v1.2.5',
      'develop',
      { version: '1.3.0' },
      /^Another release branch is still open: release-v1\.2\.5 /
    ]
  ])(
    'refused when %s; nothing pushed, GitHub not asked',
    async (_case, branch, at, overrides, message) => {
      const { repo, github } = await world()
      repo.sandbox.git(repo.dev, 'checkout', '--quiet', '-B', branch, at)
      repo.sandbox.push(repo.dev, branch)
      const before = repo.sandbox.remoteBranches().sort()
      const { services: given, made } = services(repo, github)
      const refused = startRelease(given, start({ createMilestone: true, ...overrides }))
      await expect(refused).rejects.toThrow(ConfigurationError)
      await expect(refused).rejects.toThrow(message)
      expect(repo.sandbox.remoteBranches().sort()).toEqual(before)
      expect(made.asked).toBe(0)
    }
  )
})
