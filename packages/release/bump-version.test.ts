/**
 * bump-version's use-case in this process: the seed's Python project on its release branch
 * (real git: bare origin, a clone), version files detected as the action detects them.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSeedRepo, type SeedRepo } from '../../test/kit/seed-project.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { silentLogger } from '../base/logger.js'
import { Git } from '../git/git.js'
import { loadVersionFiles } from '../version-files/load.js'
import { bumpVersion, type BumpRequest } from './bump-version.js'

let seed: SeedRepo
let count = 0
beforeAll(() => {
  seed = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
})
afterAll(() => seed.sandbox.cleanup())

async function onReleaseBranch(overrides: Partial<BumpRequest> = {}) {
  const dir = seed.sandbox.clone(`ws-${++count}`, 'release-v1.3.0')
  const git = new Git(dir, { log: silentLogger, identity: TEST_IDENTITY })
  const request: BumpRequest = {
    version: '1.3.0',
    files: await loadVersionFiles(dir),
    branch: 'release-v1.3.0',
    message: 'Bump version to 1.3.0',
    commit: true,
    push: true,
    dryRun: false,
    ...overrides
  }
  return { dir, git, request }
}

describe('bumpVersion', () => {
  test('a dry run reports each line it would change and writes nothing', async () => {
    const { dir, git, request } = await onReleaseBranch({ dryRun: true })
    const before = seed.sandbox.remoteSha('refs/heads/release-v1.3.0')
    const result = await bumpVersion(git, { ...request })
    expect(result).toMatchObject({ result: 'dry-run', previousVersion: '1.2.0', pushed: false })
    expect(result.changes.map((c) => c.file).sort()).toEqual(['mypkg/__init__.py', 'setup.py'])
    expect(seed.sandbox.read(dir, 'setup.py')).toContain('version="1.2.0"')
    expect(seed.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(before)
  })

  test('writes 1.3.0 into setup.py and __init__.py, commits and pushes; a rerun is unchanged', async () => {
    const { git, request } = await onReleaseBranch()
    const result = await bumpVersion(git, request)
    expect(result).toMatchObject({ result: 'updated', previousVersion: '1.2.0', pushed: true })
    expect(seed.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(result.commitSha)
    expect(seed.sandbox.log('release-v1.3.0', 1)).toEqual(['Bump version to 1.3.0'])
    expect(seed.sandbox.show('release-v1.3.0', 'setup.py')).toContain('version="1.3.0"')
    expect(seed.sandbox.show('release-v1.3.0', 'mypkg/__init__.py')).toContain(
      '__version__ = "1.3.0"'
    )

    const again = await onReleaseBranch()
    const rerun = await bumpVersion(again.git, again.request)
    expect(rerun).toMatchObject({ result: 'unchanged', pushed: false })
    expect(seed.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(result.commitSha)
  })
})
