/**
 * start-release's use-case in this process: the seed project (main released as v1.2.0,
 * develop ahead) in a bare origin, planned and pushed from a shallow checkout as a job has.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSeedRepo, type SeedRepo } from '../../test/kit/seed-project.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { ConfigurationError } from '../base/errors.js'
import { silentLogger } from '../base/logger.js'
import { Git } from '../git/git.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import { planRelease, pushNewBranch, type StartRequest } from './start-release.js'

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
