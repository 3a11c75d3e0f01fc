import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { callApi } from '../kit/github/api-client.js'
import { addRuleset, enforceSignedPushes } from '../kit/github/index.js'
import type { InvokeOptions } from '../kit/invoker.js'
import { seedFiles } from '../kit/seed-project.js'
import {
  BOT,
  NOTES_1_3_0,
  Fixtures,
  changelog,
  createTag,
  mainHead,
  mergeRelease,
  releasesOf,
  tagObject,
  type Fixture
} from './create-tag-fixture.js'

const fixtures = new Fixtures()
const warningsOf = (run: { annotations: Array<{ level: string; message: string }> }) =>
  run.annotations
    .filter((a) => a.level === 'warning')
    .map((a) => a.message)
    .join('\n')
beforeAll(() => fixtures.setup())
afterEach(() => fixtures.cleanupEach())
afterAll(() => fixtures.cleanupAll())

describe('create-tag after the release branch was merged into main', () => {
  test('tags the merge commit, pushes the tag and publishes the release with the changelog notes', async () => {
    const f = await fixtures.copy('merged')
    const merge = mainHead(f)
    const run = await createTag(f)
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    const [release] = releasesOf(f, 'v1.3.0')
    expect(run.outputs).toEqual({
      tag: 'v1.3.0',
      version: '1.3.0',
      sha: merge,
      'release-url': 'https://github.com/acme/app/releases/tag/v1.3.0',
      'release-id': String(release.id),
      arrival: 'merge',
      result: 'created'
    })
    expect(tagObject(f, 'v1.3.0')).toEqual({
      type: 'tag',
      commit: merge,
      tagger: BOT,
      message: 'Release 1.3.0'
    })
    expect(release).toMatchObject({
      name: '1.3.0',
      body: NOTES_1_3_0,
      draft: false,
      prerelease: false,
      target_commitish: merge
    })
    expect((await callApi(f.server, 'GET', '/repos/acme/app/releases/latest')).body.id).toBe(
      release.id
    )
    expect(run.summary).toContain('**v1.3.0** (Release 1.3.0)')
    expect(run.summary).toContain(`/commit/${merge}`)
    expect(run.summary).toContain('https://github.com/acme/app/releases/tag/v1.3.0')
    expect(run.summary).toContain('- Bug in feature W (JIRA-1237)')
    expect(run.summary).toContain('the merged branch release-v1.3.0')

    const tagBefore = f.sandbox.git(f.sandbox.origin, 'rev-parse', 'refs/tags/v1.3.0')
    const rerun = await createTag(f)
    expect(rerun.errors).toBe('')
    expect(rerun.outputs.result).toBe('unchanged')
    expect(rerun.outputs['release-id']).toBe(String(release.id))
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(1)
    expect(f.server.requestsTo('PATCH', /\/releases\//)).toHaveLength(0)
    expect(f.sandbox.git(f.sandbox.origin, 'rev-parse', 'refs/tags/v1.3.0')).toBe(tagBefore)
  })

  test('a squash merge with allow-squash: the version comes from the pull request; via api makes the tag without a clone', async () => {
    const f = await fixtures.copy('cut')
    const merge = mergeRelease(f, { squash: true })
    const run = await createTag(f, { via: 'api', 'allow-squash': true }, { checkout: false })
    expect(run.errors).toBe('')
    expect(run.outputs.arrival).toBe('squash')
    expect(warningsOf(run)).toContain("release-v1.3.0's head")
    expect(warningsOf(run)).toContain('(pull request #1) is not in the history of')
    expect(run.outputs.result).toBe('created')
    expect(run.outputs.version).toBe('1.3.0')
    expect(f.server.requestsTo('GET', `/repos/acme/app/commits/${merge}/pulls`)).toHaveLength(1)
    expect(f.server.requestsTo('POST', '/repos/acme/app/git/tags')).toHaveLength(1)
    // The tag is real: a clone fetches it, annotated, by the bot, on the squash commit.
    const clone = f.sandbox.clone('verify')
    f.sandbox.git(clone, 'fetch', '--quiet', 'origin', 'refs/tags/v1.3.0:refs/tags/v1.3.0')
    expect(f.sandbox.git(clone, 'cat-file', '-p', 'v1.3.0')).toMatch(
      new RegExp(
        `^object ${merge}\ntype commit\ntag v1.3.0\ntagger github-actions\\[bot\\] <41898282\\+github-actions\\[bot\\]@users.noreply.github.com> \\d+ \\+0000\n\nRelease 1.3.0`
      )
    )
    // No checkout: the notes come from the input or nowhere; the release exists all the same.
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(1)
    expect(run.summary).toContain('the merged pull request #1 (release-v1.3.0)')
  })

  test('the squash merge via git reads the pull request too, and checks the files (allow-squash)', async () => {
    const f = await fixtures.copy('cut')
    const merge = mergeRelease(f, { squash: true })
    const run = await createTag(f, { 'allow-squash': true })
    expect(run.errors).toBe('')
    expect(run.outputs.arrival).toBe('squash')
    expect(run.summary).toContain('Arrived on main by')
    expect(run.outputs.sha).toBe(merge)
    expect(tagObject(f, 'v1.3.0').commit).toBe(merge)
    expect(releasesOf(f, 'v1.3.0')[0].body).toBe(NOTES_1_3_0)
    expect(run.summary).toContain('confirmed by the version files and CHANGELOG.md')
  })

  test('a squash or rebase arrival is refused by default: nothing tagged, nothing released; a rerun with allow-squash tags', async () => {
    for (const how of ['squash', 'rebase'] as const) {
      const f = await fixtures.copy('cut')
      const releaseHead = () => f.sandbox.remoteSha('refs/heads/release-v1.3.0')!
      const merge = mergeRelease(f, { [how]: true })
      for (const via of ['git', 'api'] as const) {
        const run = await createTag(f, { via }, { checkout: via === 'git' })
        expect(run.exitCode).toBe(1)
        expect(run.errors).toContain(
          `release-v1.3.0's head ${releaseHead().slice(0, 12)} (pull request #1) is not in the history of ${merge.slice(0, 12)} on main`
        )
        expect(run.errors).toContain("'allow-squash: true'")
        expect(f.sandbox.remoteTags()).toEqual(['v1.2.0'])
        expect(f.server.state.releases).toHaveLength(0)
      }
      const allowed = await createTag(f, { 'allow-squash': true })
      expect(allowed.errors).toBe('')
      expect(allowed.outputs.arrival).toBe('squash')
      expect(tagObject(f, 'v1.3.0').commit).toBe(merge)
      const rerun = await createTag(f, { 'allow-squash': true })
      expect(rerun.outputs.result).toBe('unchanged')
    }
  })

  test('without a pull request, the release branch on origin is the head compared: squash refused, merge accepted', async () => {
    const f = await fixtures.copy('cut')
    const merge = mergeRelease(f, { squash: true, pull: false })
    const run = await createTag(f, { version: '1.3.0' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain(
      `(origin/release-v1.3.0) is not in the history of ${merge.slice(0, 12)}`
    )
    const merged = await fixtures.copy('merged')
    const ok = await createTag(merged, { version: '1.3.0' })
    expect(ok.errors).toBe('')
    expect(ok.outputs.arrival).toBe('merge')
    expect(ok.summary).toContain('a merge (release-v1.3.0 head')
  })

  test('a release whose body differs is updated; dry-run changes nothing', async () => {
    const f = await fixtures.copy('merged')
    const dry = await createTag(f, { 'dry-run': true })
    expect(dry.errors).toBe('')
    expect(dry.outputs.result).toBe('dry-run')
    expect(f.sandbox.remoteTags()).toEqual(['v1.2.0'])
    expect(f.server.state.releases).toHaveLength(0)
    await createTag(f, { 'release-notes': 'Old notes' })
    expect(releasesOf(f, 'v1.3.0')[0].body).toBe('Old notes')
    const rerun = await createTag(f)
    expect(rerun.outputs.result).toBe('updated')
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(1)
    expect(releasesOf(f, 'v1.3.0')[0].body).toBe(NOTES_1_3_0)
  })

  test('update-major-tag moves v1 (and v1.3); a hotfix of an older line is not latest and moves neither', async () => {
    const f = await fixtures.copy('merged')
    const merge = mainHead(f)
    const run = await createTag(f, { 'update-major-tag': true, 'update-minor-tag': true })
    expect(run.errors).toBe('')
    expect(f.sandbox.remoteSha('refs/tags/v1')).toBe(merge)
    expect(f.sandbox.remoteSha('refs/tags/v1.3')).toBe(merge)
    const latest = releasesOf(f, 'v1.3.0')[0].id

    const { sandbox, dev } = f
    sandbox.git(dev, 'checkout', '--quiet', '-b', 'hotfix-v1.2.1', 'v1.2.0')
    const files = seedFiles('1.2.1')
    const hotfix = sandbox.commit(dev, 'Fix: crash on start (JIRA-1300)', {
      'setup.py': files['setup.py'],
      'mypkg/__init__.py': files['mypkg/__init__.py'],
      'CHANGELOG.md': changelog([
        ['1.2.1', '2026-11-30', '### Fixed\n- Crash on start (JIRA-1300)'],
        ['1.2.0', '2026-10-01', '### Added\n- Initial release (JIRA-1000)']
      ])
    })
    sandbox.push(dev, 'hotfix-v1.2.1')
    const fix = await createTag(
      f,
      { 'update-major-tag': true, 'update-minor-tag': true },
      { branch: 'hotfix-v1.2.1' }
    )
    expect(fix.errors).toBe('')
    expect(fix.outputs.result).toBe('created')
    expect(tagObject(f, 'v1.2.1').commit).toBe(hotfix)
    expect(f.server.requestsTo('POST', '/repos/acme/app/releases').at(-1)!.body).toMatchObject({
      tag_name: 'v1.2.1',
      make_latest: 'false'
    })
    expect((await callApi(f.server, 'GET', '/repos/acme/app/releases/latest')).body.id).toBe(latest)
    expect(f.sandbox.remoteSha('refs/tags/v1')).toBe(merge)
    expect(f.sandbox.remoteSha('refs/tags/v1.3')).toBe(merge)
    expect(f.sandbox.remoteSha('refs/tags/v1.2')).toBe(hotfix)
    expect(fix.summary).toContain('v1.3.0 is newer')
  })
})

describe('pre-releases', () => {
  test('a version with a pre-release part is published as a pre-release and never becomes Latest', async () => {
    const f = await fixtures.copy('merged')
    await createTag(f)
    const latest = releasesOf(f, 'v1.3.0')[0].id
    const { sandbox, dev } = f
    sandbox.git(dev, 'checkout', '--quiet', '-b', 'release-v1.4.0', 'main')
    const files = seedFiles('1.4.0-rc.1')
    const candidate = sandbox.commit(dev, 'Bump version to 1.4.0-rc.1', {
      'setup.py': files['setup.py'],
      'mypkg/__init__.py': files['mypkg/__init__.py'],
      'CHANGELOG.md': changelog([
        ['1.4.0-rc.1', '2026-12-01', '### Added\n- Feature Q (JIRA-1400)'],
        ['1.3.0', '2026-11-23', NOTES_1_3_0]
      ])
    })
    sandbox.push(dev, 'release-v1.4.0')
    // Neither the prerelease input nor make-latest is set: the version alone decides.
    const run = await createTag(
      f,
      { version: '1.4.0-rc.1', 'make-latest': 'true' },
      { branch: 'release-v1.4.0' }
    )
    expect(run.errors).toBe('')
    expect(run.outputs).toMatchObject({ tag: 'v1.4.0-rc.1', result: 'created' })
    expect(tagObject(f, 'v1.4.0-rc.1').commit).toBe(candidate)
    const [rc] = releasesOf(f, 'v1.4.0-rc.1')
    expect(rc).toMatchObject({
      prerelease: true,
      draft: false,
      body: '### Added\n- Feature Q (JIRA-1400)'
    })
    const sent = f.server.requestsTo('POST', '/repos/acme/app/releases').at(-1)!.body
    expect(sent).toMatchObject({ tag_name: 'v1.4.0-rc.1', prerelease: true })
    expect(sent).not.toHaveProperty('make_latest')
    expect((await callApi(f.server, 'GET', '/repos/acme/app/releases/latest')).body.id).toBe(latest)
    expect(run.summary).toContain('(pre-release)')
    const rerun = await createTag(f, { version: '1.4.0-rc.1' }, { branch: 'release-v1.4.0' })
    expect(rerun.outputs.result).toBe('unchanged')
  })
})

describe('release candidates (prerelease-id)', () => {
  test('release-v1.3.0 makes 1.3.0-rc.1, then rc.2 on the next commit; a rerun keeps its number; 1.3.0 follows', async () => {
    const f = await fixtures.copy('cut')
    mergeRelease(f, { bump: true })
    const { sandbox, dev } = f
    const first = sandbox.remoteSha('refs/heads/release-v1.3.0')
    const rc1 = await createTag(f, { 'prerelease-id': 'rc' }, { branch: 'release-v1.3.0' })
    expect(rc1.errors).toBe('')
    expect(rc1.outputs).toMatchObject({
      tag: 'v1.3.0-rc.1',
      version: '1.3.0-rc.1',
      result: 'created'
    })
    expect(tagObject(f, 'v1.3.0-rc.1').commit).toBe(first)
    expect(releasesOf(f, 'v1.3.0-rc.1')[0]).toMatchObject({ prerelease: true, body: NOTES_1_3_0 })
    const again = await createTag(f, { 'prerelease-id': 'rc' }, { branch: 'release-v1.3.0' })
    expect(again.outputs).toMatchObject({ tag: 'v1.3.0-rc.1', result: 'unchanged' })

    sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
    sandbox.commit(dev, 'Fix: Bug found on staging (JIRA-1238)', { 'mypkg/fix.py': 'x = 2\n' })
    sandbox.push(dev, 'release-v1.3.0')
    const rc2 = await createTag(f, { 'prerelease-id': 'rc' }, { branch: 'release-v1.3.0' })
    expect(rc2.errors).toBe('')
    expect(rc2.outputs).toMatchObject({ tag: 'v1.3.0-rc.2', result: 'created' })
    expect(tagObject(f, 'v1.3.0-rc.2').commit).toBe(sandbox.remoteSha('refs/heads/release-v1.3.0'))

    const final = await createTag(f)
    expect(final.errors).toBe('')
    expect(final.outputs).toMatchObject({ tag: 'v1.3.0', result: 'created' })
    expect(releasesOf(f, 'v1.3.0')[0]).toMatchObject({ prerelease: false })
    expect((await callApi(f.server, 'GET', '/repos/acme/app/releases/latest')).body.id).toBe(
      releasesOf(f, 'v1.3.0')[0].id
    )
  })

  test.each([['1'], ['rc 1']])("prerelease-id '%s' is refused", async (id) => {
    const f = await fixtures.copy('merged')
    const run = await createTag(f, { 'prerelease-id': id })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain("Input 'prerelease-id'")
    expect(f.sandbox.remoteTags()).not.toContain('v1.3.0')
  })
})

describe('create-tag refuses bad input and changes nothing', () => {
  async function expectRefused(f: Fixture, message: RegExp, inputs: InvokeOptions['inputs'] = {}) {
    const tags = f.sandbox.remoteTags()
    const run = await createTag(f, inputs)
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(message)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(f.sandbox.remoteTags()).toEqual(tags)
    expect(f.server.state.releases).toHaveLength(0)
    return run
  }

  test('no changelog to take the notes from: refused before the tag; without a release it tags', async () => {
    const f = await fixtures.copy('merged')
    await expectRefused(
      f,
      /No release notes for 1\.3\.0: Input 'changelog-path' is 'docs\/CHANGES\.md', a file that does not exist, and the 'release-notes' input is empty\..*Nothing was changed\./,
      { 'changelog-path': 'docs/CHANGES.md' }
    )
    const tagOnly = await createTag(f, {
      'changelog-path': 'docs/CHANGES.md',
      'create-release': false
    })
    expect(tagOnly.errors).toBe('')
    expect(tagOnly.outputs.result).toBe('created')
    expect(tagObject(f, 'v1.3.0').commit).toBe(mainHead(f))
    expect(f.server.state.releases).toHaveLength(0)
  })

  test('no merge, no pull request, no input: the version cannot be derived', async () => {
    const f = await fixtures.copy('cut')
    f.sandbox.git(f.dev, 'checkout', '--quiet', 'main')
    f.sandbox.commit(f.dev, 'Fix typo in README', { 'README.md': 'app\n' })
    f.sandbox.push(f.dev, 'main')
    await expectRefused(
      f,
      /Cannot tell which version commit [0-9a-f]{12} \("Fix typo in README"\) releases.*Set the 'version' input/
    )
  })

  test('version files that disagree with the merged branch name', async () => {
    const f = await fixtures.copy('cut')
    mergeRelease(f, { bump: false })
    await expectRefused(
      f,
      /the merged branch release-v1\.3\.0: 1\.3\.0; the version files: 1\.2\.0 \(setup\.py:5, mypkg\/__init__\.py:3\); CHANGELOG\.md's top released section: 1\.2\.0 \(CHANGELOG\.md:10\)/
    )
  })

  test('the tag at another commit: both commits named, nothing moved', async () => {
    const f = await fixtures.copy('merged')
    const develop = f.sandbox.remoteSha('refs/heads/develop')!
    f.sandbox.tag(f.dev, 'v1.3.0', develop)
    f.sandbox.push(f.dev, 'v1.3.0')
    const merge = mainHead(f)
    const run = await expectRefused(
      f,
      new RegExp(`v1\\.3\\.0 already exists on commit ${develop}, not on ${merge}`)
    )
    expect(f.sandbox.remoteSha('refs/tags/v1.3.0')).toBe(develop)
    expect(run.outputs.result).toBeUndefined()
  })

  test('a tag name taken by a branch', async () => {
    const f = await fixtures.copy('merged')
    f.sandbox.git(f.dev, 'push', '--quiet', 'origin', 'main:refs/heads/v1.3.0')
    await expectRefused(
      f,
      /tag name v1\.3\.0 is taken by a branch: origin has refs\/heads\/v1\.3\.0/
    )
  })

  test('a token without contents: write: via api nothing is written, and the error names the permission', async () => {
    const f = await fixtures.copy('merged')
    f.server.addToken('read-only', {
      kind: 'github-token',
      permissions: { contents: 'read', metadata: 'read' }
    })
    const run = await createTag(f, { via: 'api' }, { token: 'read-only' })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(
      /403.*creating the tag v1\.3\.0.*lacks the permission 'contents: write'/s
    )
    expect(f.sandbox.remoteTags()).toEqual(['v1.2.0'])
    expect(f.server.state.apiTags).toHaveLength(0)
    expect(f.server.state.releases).toHaveLength(0)
  })

  test("a tag ruleset restricting creation: via api and via git one clear error with GitHub's words, nothing tagged or released; a token on the bypass list tags", async () => {
    const f = await fixtures.copy('merged')
    enforceSignedPushes(f.server)
    const ruleset = addRuleset(f.server, {
      name: 'release tags',
      target: 'tag',
      include: ['refs/tags/v*'],
      rules: ['creation', 'update', 'deletion']
    })
    const said = {
      api: "A ruleset of the repository refused creating the tag v1.3.0: Cannot create ref due to creations being restricted. Add the token's App or user to the ruleset's bypass list",
      git: 'The server refused the push of the tag v1.3.0:'
    }
    for (const via of ['api', 'git'] as const) {
      const run = await createTag(f, { via })
      expect(run.exitCode).toBe(1)
      expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
      expect(run.errors).toContain(said[via])
      expect(run.errors).toContain('Cannot create ref due to creations being restricted.')
      expect(run.errors).not.toMatch(/unexpectedly/)
      expect(f.sandbox.remoteTags()).toEqual(['v1.2.0'])
      expect(f.server.state.releases).toHaveLength(0)
    }
    // The workflow's token on the bypass list: the API lets it create the tag.
    ruleset.bypass = ['github-token']
    const bypassing = await createTag(f, { via: 'api' })
    expect(bypassing.errors).toBe('')
    expect(f.sandbox.remoteTags()).toEqual(['v1.2.0', 'v1.3.0'])
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(1)
  })
})
