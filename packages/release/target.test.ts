/**
 * The release target's one look at origin, in this process on real git: the clone's refs are read
 * while origin answers, and a clone whose idea of origin's HEAD went stale still finds its main.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSeedRepo, type SeedRepo } from '../../test/kit/seed-project.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { silentLogger } from '../base/logger.js'
import { roundTrips } from '../base/round-trips.js'
import { Git } from '../git/git.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import { resolveReleaseTarget } from './target.js'

let seed: SeedRepo
beforeAll(() => {
  seed = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
})
afterAll(() => seed.sandbox.cleanup())

async function target(dir: string) {
  const git = new Git(dir, { log: silentLogger, identity: TEST_IDENTITY })
  const before = roundTrips().origin['ls-remote']
  const resolved = await resolveReleaseTarget(git, {
    branch: 'release-v1.3.0',
    patterns: parseBranchPatterns(),
    tagPrefix: 'v',
    mainBranch: ''
  })
  return { resolved, lsRemote: roundTrips().origin['ls-remote'] - before }
}

describe('resolveReleaseTarget without a main-branch input', () => {
  test("takes origin's HEAD as the main branch, in one ls-remote", async () => {
    const dir = seed.sandbox.clone('ws-head', 'release-v1.3.0')
    const { resolved, lsRemote } = await target(dir)
    expect(lsRemote).toBe(1)
    expect(resolved.listing?.head).toBe('main')
    expect(resolved.latest?.name).toBe('v1.2.0')
  })

  test("follows the clone's origin HEAD when origin's default branch was renamed since", async () => {
    const dir = seed.sandbox.clone('ws-renamed', 'release-v1.3.0')
    seed.sandbox.git(dir, 'remote', 'set-head', 'origin', 'main')
    // origin's default is now `trunk`, one commit past main: the clone still calls main its main.
    const trunk = seed.sandbox.clone('ws-trunk', 'main')
    seed.sandbox.git(trunk, 'checkout', '-q', '-b', 'trunk')
    seed.sandbox.commit(trunk, 'Start trunk', { 'TRUNK.md': 'trunk\n' })
    seed.sandbox.push(trunk, 'trunk')
    seed.sandbox.git(seed.sandbox.origin, 'symbolic-ref', 'HEAD', 'refs/heads/trunk')
    try {
      const { resolved, lsRemote } = await target(dir)
      expect(resolved.listing?.head).toBe('trunk')
      // The branch the clone knows as main is asked for once more, and found.
      expect(lsRemote).toBe(2)
      expect(resolved.listing?.refs.get('refs/heads/main')).toBe(
        seed.sandbox.remoteSha('refs/heads/main')
      )
      expect(resolved.latest?.name).toBe('v1.2.0')
    } finally {
      seed.sandbox.git(seed.sandbox.origin, 'symbolic-ref', 'HEAD', 'refs/heads/main')
    }
  })
})
