/**
 * update-changelog's use-case in this process: the seed's release branch (real git: bare
 * origin, a shallow checkout as actions/checkout makes it), the release found as the action
 * finds it, the section written, committed and pushed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSeedRepo, type SeedRepo } from '../../test/kit/seed-project.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { silentLogger } from '../base/logger.js'
import { DEFAULT_TICKET_PATTERN } from '../changelog/grammar.js'
import { Git } from '../git/git.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import { resolveReleaseTarget } from './target.js'
import { updateChangelog, type UpdateRequest } from './update-changelog.js'

let seed: SeedRepo
let count = 0
beforeAll(() => {
  seed = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
})
afterAll(() => seed.sandbox.cleanup())

async function run(overrides: Partial<UpdateRequest['delivery']> = {}) {
  const dir = seed.sandbox.checkout(`ws-${++count}`, 'release-v1.3.0')
  const git = new Git(dir, { log: silentLogger, identity: TEST_IDENTITY })
  const target = await resolveReleaseTarget(git, {
    branch: 'release-v1.3.0',
    patterns: parseBranchPatterns(),
    tagPrefix: 'v',
    mainBranch: 'main',
    lineTags: false
  })
  const outcome = await updateChangelog(git, {
    path: 'CHANGELOG.md',
    classify: { rules: [], skip: [/^Update CHANGELOG for \S+$/] },
    links: { issuePattern: DEFAULT_TICKET_PATTERN },
    tagPrefix: 'v',
    target,
    date: '2026-11-02',
    delivery: {
      commit: true,
      push: true,
      dryRun: false,
      message: `Update CHANGELOG for ${target.version}`,
      branch: 'release-v1.3.0',
      ...overrides
    }
  })
  return { dir, outcome }
}

describe('updateChangelog', () => {
  test('a dry run returns the section from the commits since v1.2.0 and pushes nothing', async () => {
    const before = seed.sandbox.remoteSha('refs/heads/release-v1.3.0')
    const { outcome } = await run({ dryRun: true })
    expect(outcome).toMatchObject({
      result: 'dry-run',
      version: '1.3.0',
      previousTag: 'v1.2.0',
      commits: 4,
      pushed: false
    })
    expect(outcome.notes).toContain('### Added\n- New feature X (JIRA-1234)')
    expect(seed.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(before)
  })

  test('writes the 1.3.0 section under Unreleased, commits and pushes it; a rerun is unchanged', async () => {
    const { outcome } = await run()
    expect(outcome).toMatchObject({ result: 'updated', pushed: true })
    expect(seed.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(outcome.commitSha)
    expect(seed.sandbox.log('release-v1.3.0', 1)).toEqual(['Update CHANGELOG for 1.3.0'])
    const changelog = seed.sandbox.show('release-v1.3.0', 'CHANGELOG.md')
    expect(changelog).toContain('## [Unreleased]\n\n## [1.3.0] - 2026-11-02\n### Added\n')
    expect(changelog).toContain('### Fixed\n- Bug in feature W (JIRA-1237)')
    // The older section is kept byte for byte.
    expect(changelog).toContain(
      '## [1.2.0] - 2026-10-01\n### Added\n- Initial release of the sample application (JIRA-1000)\n'
    )

    const { outcome: again } = await run()
    expect(again).toMatchObject({ result: 'unchanged', rerun: true, pushed: false })
    expect(seed.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(outcome.commitSha)
  })
})
