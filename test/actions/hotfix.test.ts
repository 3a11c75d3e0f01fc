/**
 * A hotfix through the suite (seed "Notes": hotfixes): hotfix-v1.2.1 cut from main at v1.2.0
 * while release-v1.3.0 is open, fixed, bumped (only the next patch is allowed), its changelog
 * section written, its pull request opened and merged, tagged on main (not made the latest
 * release: a newer line has shipped), then merged back into develop and into the open release
 * branch.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { callApi } from '../kit/github/api-client.js'
import { FakeGitHub } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { createSeedRepo, seedFiles, type SeedRepo } from '../kit/seed-project.js'

let repo: SeedRepo
let github: FakeGitHub
/** The GitHub Release of v2.0.0, the repository's latest before the hotfix. */
let newerReleaseId: number
const JIRA = 'https://jira.example.com/browse/{key}'
const DATE = '2026-11-30'

beforeAll(async () => {
  repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  // The release in progress has been bumped already: its version files say 1.3.0.
  repo.sandbox.commit(repo.dev, 'Bump version to 1.3.0', {
    'mypkg/__init__.py':
      '"""The sample application of the release process."""\n\n__version__ = "1.3.0"\n'
  })
  repo.sandbox.push(repo.dev, 'release-v1.3.0')
  // A newer line has shipped already: v2.0.0, released from the `next` branch (cut from main at
  // v1.2.0, never merged into it), is the repository's latest release. Not on main nor on the
  // hotfix branch, it does not move the 1.2.x line's policy; but v1.2.1 must not become latest.
  const { sandbox, dev } = repo
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'next', 'v1.2.0')
  sandbox.commit(dev, 'Release 2.0.0', {
    'mypkg/__init__.py': seedFiles('2.0.0')['mypkg/__init__.py']
  })
  sandbox.tag(dev, 'v2.0.0')
  sandbox.push(dev, 'next', 'v2.0.0')
  github = await FakeGitHub.start({ bareRepo: sandbox.origin })
  const newer = await callApi(github, 'POST', '/repos/acme/app/releases', {
    tag_name: 'v2.0.0',
    name: '2.0.0',
    make_latest: 'true'
  })
  expect(newer.status).toBe(201)
  newerReleaseId = newer.body.id
})
afterAll(async () => {
  await github.stop()
  repo.sandbox.cleanup()
})

/** Runs an action in a fresh actions/checkout-style clone of `branch`. */
async function step(action: string, branch: string, inputs: InvokeOptions['inputs'] = {}) {
  const workspace = repo.sandbox.checkout(
    `ws-${action}-${Math.random().toString(36).slice(2)}`,
    branch
  )
  const run = await invokeAction({
    action,
    workspace,
    ref: `refs/heads/${branch}`,
    sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: github.url,
    inputs
  })
  return run
}

test('hotfix-v1.2.1: start, fix, bump, changelog, pull request, merge, tag (not latest), back-merge into develop and release-v1.3.0', async () => {
  const { sandbox } = repo
  const tagged = sandbox.remoteSha('refs/tags/v1.2.0')
  const developBefore = sandbox.remoteSha('refs/heads/develop')
  const releaseBefore = sandbox.remoteSha('refs/heads/release-v1.3.0')

  // Cut from main at the latest release tag; the open release branch does not stand in the way.
  const start = await step('start-release', 'main', { hotfix: true })
  expect(start.errors).toBe('')
  expect(start.outputs).toMatchObject({ branch: 'hotfix-v1.2.1', version: '1.2.1', sha: tagged })

  // The fix itself, by a developer.
  sandbox.git(repo.dev, 'fetch', '--quiet', 'origin')
  sandbox.git(repo.dev, 'checkout', '--quiet', '-b', 'hotfix-v1.2.1', 'origin/hotfix-v1.2.1')
  sandbox.commit(repo.dev, 'Fix: Crash on login (JIRA-1300)', {
    'mypkg/login.py': 'def login():\n    return True\n'
  })
  sandbox.push(repo.dev, 'hotfix-v1.2.1')

  // A hotfix takes the next patch only.
  const skipped = await step('bump-version', 'hotfix-v1.2.1', { version: '1.2.2' })
  expect(skipped.exitCode).not.toBe(0)
  expect(skipped.errors).toMatch(/latest release tag is v1\.2\.0.*1\.2\.1 \(next patch\)/s)
  const bump = await step('bump-version', 'hotfix-v1.2.1')
  expect(bump.errors).toBe('')
  expect(bump.outputs).toMatchObject({ version: '1.2.1', 'previous-version': '1.2.0' })

  // Step 9: the changelog section, from the commits since v1.2.0 (the bump is left out).
  const changelog = await step('update-changelog', 'hotfix-v1.2.1', {
    'issue-url': JIRA,
    date: DATE
  })
  expect(changelog.errors).toBe('')
  expect(changelog.outputs).toMatchObject({ result: 'updated', version: '1.2.1' })
  const fixed = '- Crash on login ([JIRA-1300](https://jira.example.com/browse/JIRA-1300))'
  expect(changelog.outputs['release-notes']).toBe(`### Fixed\n${fixed}`)
  const file = sandbox.show('hotfix-v1.2.1', 'CHANGELOG.md')
  expect(file).toContain(
    `## [Unreleased]\n\n## [1.2.1] - ${DATE}\n### Fixed\n${fixed}\n\n## [1.2.0] - 2026-10-01\n`
  )
  expect(file).toContain('[1.2.1]: https://github.com/acme/app/compare/v1.2.0...v1.2.1\n')
  expect(sandbox.log('hotfix-v1.2.1', 1)).toEqual(['Update CHANGELOG for 1.2.1'])

  // Step 10: the release pull request, with the changelog's notes.
  const pr = await step('open-release-pr', 'hotfix-v1.2.1', {
    'release-notes': changelog.outputs['release-notes'],
    'issue-url': JIRA
  })
  expect(pr.errors).toBe('')
  expect(pr.outputs.result).toBe('created')
  const pull = github.state.pulls.find((p) => p.number === Number(pr.outputs.number))!
  expect(pull.title).toBe('Release 1.2.1')
  expect(pull.base.ref).toBe('main')
  expect(pull.body).toContain('## Hotfix 1.2.1')
  expect(pull.body).toContain(fixed)
  expect(pull.body).toContain('`main` merged back into `develop` and the open release branch')

  // Step 12: the pull request is merged on GitHub.
  const merged = await callApi(github, 'PUT', `/repos/acme/app/pulls/${pull.number}/merge`, {
    merge_method: 'merge'
  })
  expect(merged.status).toBe(200)
  expect(sandbox.show('main', 'mypkg/__init__.py')).toContain('__version__ = "1.2.1"')

  // Step 14: the release tag on main's merge commit, and its GitHub Release, not the latest.
  const main = sandbox.remoteSha('refs/heads/main')!
  const tag = await step('create-tag', 'main')
  expect(tag.errors).toBe('')
  expect(tag.outputs).toMatchObject({
    result: 'created',
    tag: 'v1.2.1',
    version: '1.2.1',
    sha: main
  })
  expect(sandbox.git(sandbox.origin, 'cat-file', '-t', 'refs/tags/v1.2.1')).toBe('tag')
  expect(sandbox.git(sandbox.origin, 'rev-parse', 'v1.2.1^{commit}')).toBe(main)
  expect(sandbox.git(sandbox.origin, 'tag', '-l', '--format=%(contents:subject)', 'v1.2.1')).toBe(
    'Release 1.2.1'
  )
  const release = github.state.releases.find((r) => r.tag_name === 'v1.2.1')!
  expect(release).toMatchObject({ name: '1.2.1', draft: false, prerelease: false })
  expect(release.body).toContain(fixed)
  expect(String(release.id)).toBe(tag.outputs['release-id'])
  const created = github.requestsTo('POST', '/repos/{owner}/{repo}/releases')
  expect(created.at(-1)!.body).toMatchObject({ tag_name: 'v1.2.1', make_latest: 'false' })
  expect(github.state.latestReleaseId).toBe(newerReleaseId)
  expect((await callApi(github, 'GET', '/repos/acme/app/releases/latest')).body.tag_name).toBe(
    'v2.0.0'
  )

  // Step 19: back-merge finds the version in the tag on main.
  const back = await step('back-merge', 'main')
  expect(back.errors).toBe('')
  expect(back.outputs.result).toBe('pull-request')
  const targets = JSON.parse(back.outputs.targets) as Array<Record<string, unknown>>
  expect(targets.map((t) => [t.target, t.result, t.conflicts])).toEqual([
    ['develop', 'merged', []],
    ['release-v1.3.0', 'pull-request', ['mypkg/__init__.py']]
  ])
  // develop: a merge commit on top of its old head, with the fix and main as an ancestor.
  const develop = sandbox.remoteSha('refs/heads/develop')!
  expect(sandbox.git(sandbox.origin, 'log', '-1', '--format=%P', develop).split(' ')).toEqual([
    developBefore,
    main
  ])
  expect(sandbox.log('develop', 1)).toEqual(['Merge main into develop after 1.2.1'])
  expect(sandbox.show('develop', 'mypkg/login.py')).toContain('return True')
  // release-v1.3.0: untouched, a pull request waits for a person to resolve the version files.
  expect(sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(releaseBefore)
  const backPull = github.state.pulls.find((p) => p.base.ref === 'release-v1.3.0')!
  expect(backPull.head.ref).toBe('back-merge/1.2.1-release-v1.3.0')
  expect(backPull.body).toContain('- `mypkg/__init__.py`')
  expect(targets[1].pullRequestUrl).toBe(backPull.html_url)
})
