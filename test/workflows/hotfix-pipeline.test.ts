/**
 * The seed's hotfix process through examples/workflows/ci-cd.yml (and release.yml), run as
 * GitHub runs it (test/kit/workflow-run.ts): after 1.3.0 is released and develop has moved on
 * (a feature, the next release branch cut), `workflow_dispatch` with `stage: start-hotfix` cuts
 * hotfix-v1.3.1 from main at v1.3.0; the developer's fix pushed there prepares it (the patch
 * bump, the changelog, the pull request to main); its merge into main tags v1.3.1, publishes
 * the release, deploys it and merges main back into develop and the open release branch.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  HOTFIX_FIX,
  developerCommit,
  mergePullRequest,
  setUpRehearsal,
  type Rehearsal
} from '../kit/rehearsal/index.js'
import {
  RELEASED_FROM_MAIN,
  rehearseThroughWorkflow,
  releaseJobs,
  runExampleWorkflow,
  workflowFailures
} from '../kit/rehearsal/workflow.js'

let r: Rehearsal

beforeAll(async () => {
  r = await setUpRehearsal()
  await rehearseThroughWorkflow(r)
  // develop moves on after 1.3.0: a feature, then the next release branch is cut.
  await developerCommit(r, 'develop', 'Feature: Gift cards (JIRA-1300)', {
    'mypkg/gifts.py': 'def redeem(card):\n    return card.balance\n'
  })
  const cut = await runExampleWorkflow(r, {
    name: 'workflow_dispatch',
    branch: 'develop',
    inputs: { stage: 'start-release' }
  })
  expect(workflowFailures(cut)).toEqual([])
}, 300_000)
afterAll(async () => {
  await r.stop()
  r.sandbox.cleanup()
})

const remoteTags = () =>
  r.sandbox.git(r.sandbox.origin, 'tag', '--list').split('\n').filter(Boolean).sort()
const isAncestor = (ancestor: string, of: string) =>
  r.sandbox.git(r.sandbox.origin, 'merge-base', ancestor, of) ===
  r.sandbox.git(r.sandbox.origin, 'rev-parse', `${ancestor}^{commit}`)

test('a hotfix through the example workflow: cut from the tag, prepared, merged, tagged, deployed, merged back', async () => {
  expect(remoteTags()).toEqual(['v1.2.0', 'v1.3.0'])
  const released = r.sandbox.git(r.sandbox.origin, 'rev-parse', 'v1.3.0^{commit}')

  // workflow_dispatch stage: start-hotfix -> hotfix-v1.3.1 from main at v1.3.0; no tests run.
  const start = await runExampleWorkflow(r, {
    name: 'workflow_dispatch',
    branch: 'main',
    inputs: { stage: 'start-hotfix' }
  })
  expect(workflowFailures(start)).toEqual([])
  expect(start.job('test').result).toBe('skipped')
  expect(start.job('release/start').result).toBe('success')
  expect(start.job('release/prepare').result).toBe('skipped')
  expect(start.job('release/tag').result).toBe('skipped')
  expect(start.action('start-release')?.inputs?.hotfix).toBe('true')
  expect(start.action('start-release')?.outputs).toMatchObject({
    branch: 'hotfix-v1.3.1',
    version: '1.3.1',
    'previous-version': '1.3.0',
    result: 'created'
  })
  expect(r.sandbox.remoteSha('refs/heads/hotfix-v1.3.1')).toBe(released)

  // The fix, pushed: the push prepares the hotfix branch and opens its pull request to main.
  await developerCommit(r, 'hotfix-v1.3.1', HOTFIX_FIX.subject, HOTFIX_FIX.files)
  const prepare = await runExampleWorkflow(r, { name: 'push', branch: 'hotfix-v1.3.1' })
  expect(workflowFailures(prepare)).toEqual([])
  expect(prepare.job('test').result).toBe('success')
  expect(prepare.action('bump-version')?.outputs).toMatchObject({
    version: '1.3.1',
    'previous-version': '1.3.0',
    result: 'updated'
  })
  expect(r.sandbox.show('hotfix-v1.3.1', 'setup.py')).toContain('version="1.3.1"')
  expect(r.sandbox.show('hotfix-v1.3.1', 'mypkg/__init__.py')).toContain('__version__ = "1.3.1"')
  const pull = r.github.state.pulls.find((p) => p.head.ref === 'hotfix-v1.3.1')
  expect(pull).toMatchObject({ state: 'open', base: { ref: 'main' } })
  expect(Number(prepare.action('open-release-pr')?.outputs.number)).toBe(pull?.number)
  expect(remoteTags()).toEqual(['v1.2.0', 'v1.3.0'])

  // Merged into main: tag, release, deploy, back-merge into develop and the open release branch.
  await mergePullRequest(r, pull?.number ?? 0)
  const release = await runExampleWorkflow(r, { name: 'push', branch: 'main' })
  expect(workflowFailures(release)).toEqual([])
  expect(releaseJobs(release)).toEqual(RELEASED_FROM_MAIN)

  const main = r.sandbox.remoteSha('refs/heads/main')
  expect(remoteTags()).toEqual(['v1.2.0', 'v1.3.0', 'v1.3.1'])
  expect(r.sandbox.git(r.sandbox.origin, 'cat-file', '-t', 'v1.3.1')).toBe('tag')
  expect(r.sandbox.git(r.sandbox.origin, 'rev-parse', 'v1.3.1^{commit}')).toBe(main)
  expect(
    r.sandbox.git(r.sandbox.origin, 'tag', '-l', '--format=%(contents:subject)', 'v1.3.1')
  ).toBe('Release 1.3.1')

  // CHANGELOG on main: the hotfix's own section above 1.3.0's, with the fix and nothing of develop.
  const changelog = r.sandbox.show('main', 'CHANGELOG.md')
  const section = changelog.slice(changelog.indexOf('## [1.3.1]'), changelog.indexOf('## [1.3.0]'))
  expect(section).toMatch(
    /^## \[1\.3\.1\] - \d{4}-\d{2}-\d{2}\n### Fixed\n- Crash on an empty order/
  )
  expect(section).toContain('[JIRA-1240](https://jira.example.com/browse/JIRA-1240)')
  expect(section).not.toContain('Gift cards')
  expect(changelog.indexOf('## [1.3.1]')).toBeGreaterThan(changelog.indexOf('## [Unreleased]'))
  expect(changelog).toContain('[1.3.1]: https://github.com/acme/app/compare/v1.3.0...v1.3.1')
  expect(r.sandbox.show('main', 'setup.py')).toContain('version="1.3.1"')
  expect(r.sandbox.git(r.sandbox.origin, 'ls-tree', '-r', '--name-only', 'main')).not.toContain(
    'mypkg/gifts.py'
  )

  // The GitHub Release: published, not a pre-release, and the repository's Latest.
  const published = r.github.state.releases.find((rel) => rel.tag_name === 'v1.3.1')
  expect(published).toMatchObject({ name: '1.3.1', draft: false, prerelease: false })
  expect(published?.body).toContain('Crash on an empty order')
  expect(r.github.state.latestReleaseId).toBe(published?.id)
  expect(r.github.state.pulls.find((p) => p.number === pull?.number)?.merged).toBe(true)
  expect(r.github.state.milestones.find((m) => m.title === '1.3.1')?.state).toBe('closed')
  expect(r.app.version('production')).toBe('1.3.1')

  // Back-merged: main (the fix, 1.3.1's changelog) is in develop and in release-v1.4.0, which
  // keep their own work.
  expect(release.action('back-merge')?.outputs.result).toBe('merged')
  for (const branch of ['develop', 'release-v1.4.0']) {
    expect(isAncestor(main ?? '', `refs/heads/${branch}`)).toBe(true)
    expect(r.sandbox.show(branch, 'mypkg/orders.py')).toBe(HOTFIX_FIX.files['mypkg/orders.py'])
    expect(r.sandbox.show(branch, 'mypkg/gifts.py')).toContain('def redeem')
    expect(r.sandbox.show(branch, 'CHANGELOG.md')).toContain('## [1.3.1]')
  }
}, 300_000)
