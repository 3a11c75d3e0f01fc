/**
 * The seed project after steps 2-14: release-v1.3.0 cut from develop, its CHANGELOG section
 * written, merged into main with --no-ff and tagged v1.3.0. What close-milestone and notify
 * (steps 20 and 21) start from.
 */
import { join } from 'node:path'
import { createSeedRepo, type SeedRepo } from './seed-project.js'
import { fromTemplate } from './templates.js'

export const RELEASE_SECTION = [
  '## [1.3.0] - 2026-10-02',
  '### Added',
  '- New feature X (JIRA-1234)',
  '- New feature Y (JIRA-1235)',
  '',
  '### Changed',
  '- Improved performance of Z (JIRA-1236)',
  '',
  '### Fixed',
  '- Bug in feature W (JIRA-1237)',
  ''
].join('\n')

/**
 * Seed repo released as v1.3.0; one commit on the release (JIRA-1240) is not in the changelog.
 * Each call gives a private copy of the shape, built with git once per run (templates.ts).
 */
export function createReleasedRepo(): SeedRepo & { mainSha: string } {
  const { sandbox, meta } = fromTemplate('released-v1.3.0', () => {
    const built = buildReleasedRepo()
    return { sandbox: built.sandbox, meta: { mainSha: built.mainSha } }
  })
  return { sandbox, dev: join(sandbox.root, 'dev'), mainSha: meta.mainSha }
}

function buildReleasedRepo(): SeedRepo & { mainSha: string } {
  const repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  const { sandbox, dev } = repo
  sandbox.commit(dev, 'Fix: Session timeout on login (JIRA-1240)', {
    'mypkg/session.py': 'TIMEOUT = 30\n'
  })
  const changelog = sandbox.read(dev, 'CHANGELOG.md')
  sandbox.commit(dev, 'Update CHANGELOG for 1.3.0', {
    'CHANGELOG.md': changelog.replace(
      '## [Unreleased]\n\n',
      `## [Unreleased]\n\n${RELEASE_SECTION}\n`
    )
  })
  sandbox.push(dev, 'release-v1.3.0')
  sandbox.git(dev, 'checkout', '--quiet', 'main')
  sandbox.git(
    dev,
    'merge',
    '--no-ff',
    '--quiet',
    '-m',
    "Merge branch 'release-v1.3.0'",
    'release-v1.3.0'
  )
  sandbox.tag(dev, 'v1.3.0')
  sandbox.push(dev, 'main', 'v1.3.0')
  return { ...repo, mainSha: sandbox.git(dev, 'rev-parse', 'HEAD') }
}
