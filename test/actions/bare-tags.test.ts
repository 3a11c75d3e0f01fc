/**
 * `tag-prefix: ''`: release tags without a `v` (`1.2.0`, as many Python projects tag), through
 * every action that takes the input, in one release: preflight, start-release, bump-version,
 * update-changelog, open-release-pr, create-tag, back-merge, close-milestone. A stray `v9.9.9` tag sits in the
 * history: an action that read the empty prefix as `v` would take it for the latest release.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { callApi } from '../kit/github/api-client.js'
import { FakeGitHub } from '../kit/github/index.js'
import { seedMilestone } from '../kit/github/issue-objects.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { SEED_COMMITS, seedFiles } from '../kit/seed-project.js'
import { Sandbox } from '../kit/sandbox.js'

const BARE = { 'tag-prefix': '' }
let sandbox: Sandbox
let dev: string
let github: FakeGitHub

/** The seed project, its CHANGELOG's links written for bare tags. */
function bareSeedFiles(version: string): Record<string, string> {
  const files = seedFiles(version)
  files['CHANGELOG.md'] = files['CHANGELOG.md'].replaceAll(`v${version}`, version)
  return files
}

beforeAll(async () => {
  sandbox = Sandbox.create()
  dev = sandbox.clone('dev')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'main')
  sandbox.commit(dev, 'Fix: Old bug (JIRA-900)', { 'mypkg/old.py': 'OLD = 1\n' })
  sandbox.tag(dev, 'v9.9.9', 'HEAD', 'Not a release of this project')
  sandbox.commit(dev, 'Initial release', bareSeedFiles('1.2.0'))
  sandbox.tag(dev, '1.2.0')
  sandbox.push(dev, 'main', '1.2.0', 'v9.9.9')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'develop')
  for (const c of SEED_COMMITS) sandbox.commit(dev, c.subject, { [c.file]: c.content })
  sandbox.push(dev, 'develop')
  github = await FakeGitHub.start({ bareRepo: sandbox.origin })
  seedMilestone(github, { title: '1.3.0' })
})

afterAll(async () => {
  await github.stop()
  sandbox.cleanup()
})

/** Runs an action with bare tags in a fresh actions/checkout-style clone of `branch`. */
async function step(action: string, branch: string, inputs: InvokeOptions['inputs'] = {}) {
  const workspace = sandbox.checkout(`ws-${action}-${Math.random().toString(36).slice(2)}`, branch)
  return invokeAction({
    action,
    workspace,
    ref: `refs/heads/${branch}`,
    sha: sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: github.url,
    inputs: { ...BARE, ...inputs }
  })
}

describe("tag-prefix: '' in every action that takes it", () => {
  test('one release 1.2.0 -> 1.3.0 with bare tags, from preflight to close-milestone', async () => {
    const pre = await step('preflight', 'develop', { stages: 'start-release,bump-version' })
    expect(pre.errors).toBe('')
    const checks = JSON.parse(pre.outputs.checks) as Array<{ check: string; detail: string }>
    expect(checks.find((c) => c.check === 'version files')?.detail).toBe(
      'All agree on 1.2.0: setup.py:5, mypkg/__init__.py:3. The latest release is 1.2.0.'
    )

    // The next minor after the bare latest tag, not after v9.9.9.
    const start = await step('start-release', 'develop', { 'warn-open-pull-requests': false })
    expect(start.errors).toBe('')
    expect(start.outputs).toMatchObject({
      branch: 'release-v1.3.0',
      version: '1.3.0',
      'previous-version': '1.2.0'
    })

    const bump = await step('bump-version', 'release-v1.3.0')
    expect(bump.errors).toBe('')
    expect(bump.outputs).toMatchObject({
      result: 'updated',
      version: '1.3.0',
      'previous-version': '1.2.0',
      tag: '1.3.0'
    })
    expect(sandbox.show('release-v1.3.0', 'setup.py')).toContain('version="1.3.0"')

    const changelog = await step('update-changelog', 'release-v1.3.0', { date: '2026-11-30' })
    expect(changelog.errors).toBe('')
    expect(changelog.outputs['release-notes']).not.toContain('Old bug')
    expect(sandbox.show('release-v1.3.0', 'CHANGELOG.md')).toContain(
      '[1.3.0]: https://github.com/acme/app/compare/1.2.0...1.3.0\n'
    )

    const pr = await step('open-release-pr', 'release-v1.3.0')
    expect(pr.errors).toBe('')
    const pull = github.state.pulls.find((p) => p.number === Number(pr.outputs.number))!
    expect(pull.body).toContain('the tag `1.3.0`')
    expect(pull.body).not.toContain('`v1.3.0`')
    const merged = await callApi(github, 'PUT', `/repos/acme/app/pulls/${pull.number}/merge`, {
      merge_method: 'merge'
    })
    expect(merged.status).toBe(200)

    const main = sandbox.remoteSha('refs/heads/main')!
    const tag = await step('create-tag', 'main')
    expect(tag.errors).toBe('')
    expect(tag.outputs).toMatchObject({ result: 'created', tag: '1.3.0', version: '1.3.0' })
    expect(sandbox.git(sandbox.origin, 'cat-file', '-t', 'refs/tags/1.3.0')).toBe('tag')
    expect(sandbox.git(sandbox.origin, 'rev-parse', '1.3.0^{commit}')).toBe(main)
    expect(sandbox.remoteTags().sort()).toEqual(['1.2.0', '1.3.0', 'v9.9.9'])
    expect(github.state.releases.map((r) => r.tag_name)).toEqual(['1.3.0'])

    const back = await step('back-merge', 'main')
    expect(back.errors).toBe('')
    expect(back.outputs.result).toBe('merged')
    expect(sandbox.log('develop', 1)).toEqual(['Merge main into develop after 1.3.0'])

    const close = await step('close-milestone', 'main')
    expect(close.errors).toBe('')
    expect(close.outputs.result).toBe('updated')
    expect(github.state.milestones.find((m) => m.title === '1.3.0')?.state).toBe('closed')

    // The next release from here: 1.4.0 after the bare 1.3.0, in dry run.
    const next = await step('start-release', 'develop', {
      'dry-run': true,
      'warn-open-pull-requests': false
    })
    expect(next.errors).toBe('')
    expect(next.outputs).toMatchObject({ version: '1.4.0', 'previous-version': '1.3.0' })
  }, 180_000)

  test('preflight: version files below the latest bare tag fail as bump-version fails', async () => {
    sandbox.git(dev, 'fetch', '--quiet', 'origin')
    sandbox.git(dev, 'checkout', '--quiet', '-B', 'release-v1.4.0', 'origin/develop')
    // A merge that took the old version back: the files say 1.2.0 after 1.3.0 was released.
    sandbox.commit(dev, 'Resolve a conflict the wrong way', bareSeedFiles('1.2.0'))
    sandbox.push(dev, 'release-v1.4.0')
    const pre = await step('preflight', 'release-v1.4.0', { stages: 'bump-version' })
    expect(pre.outputs.result).toBe('failure')
    const message =
      'The version files say 1.2.0 (setup.py:5, mypkg/__init__.py:3), but the latest release is ' +
      '1.3.0 (1.3.0): they are not the version this project released last.'
    expect(pre.errors).toContain(message)
    const bump = await step('bump-version', 'release-v1.4.0', { 'dry-run': true })
    expect(bump.exitCode).not.toBe(0)
    expect(bump.errors).toContain(message)
    // Without bump-version coming, the same finding is a warning.
    const later = await step('preflight', 'release-v1.4.0', { stages: 'deploy' })
    expect(later.outputs.result).toBe('success')
    expect(later.stdout).toContain(message)
  })
})
