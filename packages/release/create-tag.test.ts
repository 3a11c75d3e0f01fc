/**
 * create-tag's use-case in this process: the seed at step 12 (release-v1.3.0 bumped, merged
 * into main or not yet) in real git, a bare origin and a shallow checkout per run, the tag made
 * through git or through the loopback GitHub's API, and the GitHub Release published there.
 * The runner's side (inputs, outputs, summary file, annotations) is test/actions/create-tag.
 */
import { describe, expect, test } from '@jest/globals'
import { callApi } from '../../test/kit/github/api-client.js'
import { seedFiles } from '../../test/kit/seed-project.js'
import {
  BOT,
  NOTES_1_3_0,
  inProcessFixtures,
  changelog,
  mainHead,
  mergeRelease,
  refusalInProcess,
  releasesOf,
  summaryOf,
  tagInProcess,
  tagObject,
  type Fixture
} from '../../test/actions/create-tag-fixture.js'

const fixtures = inProcessFixtures()

const latestId = async (f: Fixture) =>
  (await callApi(f.server, 'GET', '/repos/acme/app/releases/latest')).body.id as number

describe('createReleaseTag after the release branch was merged into main', () => {
  test('git: tags the merge commit v1.3.0, publishes the release with the changelog notes; a rerun changes nothing', async () => {
    const f = await fixtures.copy('merged')
    const merge = mainHead(f)
    const { outcome } = await tagInProcess(f)
    expect(outcome).toMatchObject({ result: 'created', tag: 'created' })
    expect(outcome.plan).toMatchObject({ sha: merge, arrival: { kind: 'merge' } })
    expect(outcome.plan.target).toMatchObject({ version: '1.3.0', tag: 'v1.3.0' })
    expect(f.server.state.releases).toHaveLength(1)
    const [release] = releasesOf(f, 'v1.3.0')
    expect(outcome.release).toMatchObject({
      id: release.id,
      url: 'https://github.com/acme/app/releases/tag/v1.3.0'
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
    expect(await latestId(f)).toBe(release.id)

    const tagBefore = f.sandbox.git(f.sandbox.origin, 'rev-parse', 'refs/tags/v1.3.0')
    const { outcome: again } = await tagInProcess(f)
    expect(again).toMatchObject({ result: 'unchanged', tag: 'unchanged' })
    expect(again.release?.id).toBe(release.id)
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(1)
    expect(f.server.requestsTo('PATCH', /\/releases\//)).toHaveLength(0)
    expect(f.sandbox.git(f.sandbox.origin, 'rev-parse', 'refs/tags/v1.3.0')).toBe(tagBefore)
  })

  test('api: the tag is made through the API on the same commit; a dry run before it changes nothing', async () => {
    const f = await fixtures.copy('merged')
    const { outcome: dry } = await tagInProcess(f, { via: 'api', dryRun: true })
    expect(dry.result).toBe('dry-run')
    expect(f.sandbox.remoteSha('refs/tags/v1.3.0')).toBeUndefined()
    expect(f.server.state.releases).toEqual([])

    const { outcome } = await tagInProcess(f, { via: 'api' })
    expect(outcome.result).toBe('created')
    expect(f.sandbox.remoteSha('refs/tags/v1.3.0')).toBe(mainHead(f))
    expect(f.server.requestsTo('POST', '/repos/acme/app/git/refs')).toHaveLength(1)
    expect(f.server.state.releases[0].tag_name).toBe('v1.3.0')
  })

  test('a release whose body differs is updated', async () => {
    const f = await fixtures.copy('merged')
    await tagInProcess(f, { releaseNotes: 'Old notes' })
    expect(releasesOf(f, 'v1.3.0')[0].body).toBe('Old notes')
    const { outcome } = await tagInProcess(f)
    expect(outcome.result).toBe('updated')
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(1)
    expect(releasesOf(f, 'v1.3.0')[0].body).toBe(NOTES_1_3_0)
  })

  test('update-major-tag moves v1 (and v1.3); a hotfix of an older line is not latest and moves neither', async () => {
    const f = await fixtures.copy('merged')
    const merge = mainHead(f)
    await tagInProcess(f, { updateMajorTag: true, updateMinorTag: true })
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
    const { outcome: fix } = await tagInProcess(
      f,
      { updateMajorTag: true, updateMinorTag: true },
      { branch: 'hotfix-v1.2.1' }
    )
    expect(fix.result).toBe('created')
    expect(tagObject(f, 'v1.2.1').commit).toBe(hotfix)
    expect(f.server.requestsTo('POST', '/repos/acme/app/releases').at(-1)!.body).toMatchObject({
      tag_name: 'v1.2.1',
      make_latest: 'false'
    })
    expect(await latestId(f)).toBe(latest)
    expect(f.sandbox.remoteSha('refs/tags/v1')).toBe(merge)
    expect(f.sandbox.remoteSha('refs/tags/v1.3')).toBe(merge)
    expect(f.sandbox.remoteSha('refs/tags/v1.2')).toBe(hotfix)
    expect(summaryOf(fix)).toContain('v1.3.0 is newer')
  })
})

describe('createReleaseTag of a squash or rebase arrival', () => {
  test('a squash merge with allow-squash: the version comes from the pull request; via api makes the tag without a clone', async () => {
    const f = await fixtures.copy('cut')
    const merge = mergeRelease(f, { squash: true })
    const { outcome, log } = await tagInProcess(
      f,
      { via: 'api', allowSquash: true },
      { checkout: false }
    )
    expect(outcome.plan.arrival?.kind).toBe('squash')
    expect(log.text('warning')).toContain("release-v1.3.0's head")
    expect(log.text('warning')).toContain('(pull request #1) is not in the history of')
    expect(outcome.result).toBe('created')
    expect(outcome.plan.target.version).toBe('1.3.0')
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
    expect(summaryOf(outcome)).toContain('the merged pull request #1 (release-v1.3.0)')
  })

  test('the squash merge via git reads the pull request too, and checks the files (allow-squash)', async () => {
    const f = await fixtures.copy('cut')
    const merge = mergeRelease(f, { squash: true })
    const { outcome } = await tagInProcess(f, { allowSquash: true })
    expect(outcome.plan.arrival?.kind).toBe('squash')
    expect(summaryOf(outcome)).toContain('Arrived on main by')
    expect(outcome.plan.sha).toBe(merge)
    expect(tagObject(f, 'v1.3.0').commit).toBe(merge)
    expect(releasesOf(f, 'v1.3.0')[0].body).toBe(NOTES_1_3_0)
    expect(summaryOf(outcome)).toContain('confirmed by the version files and CHANGELOG.md')
  })

  test.each(['squash', 'rebase'] as const)(
    'a %s arrival is refused by default via git and via api: nothing tagged, nothing released; a rerun with allow-squash tags',
    async (how) => {
      const f = await fixtures.copy('cut')
      const merge = mergeRelease(f, { [how]: true })
      const head = f.sandbox.remoteSha('refs/heads/release-v1.3.0')!
      for (const via of ['git', 'api'] as const) {
        const refused = await refusalInProcess(f, { via }, { checkout: via === 'git' })
        expect(refused.message).toContain(
          `release-v1.3.0's head ${head.slice(0, 12)} (pull request #1) is not in the history of ${merge.slice(0, 12)} on main`
        )
        expect(refused.message).toContain("'allow-squash: true'")
        expect(f.sandbox.remoteTags()).toEqual(['v1.2.0'])
        expect(f.server.state.releases).toHaveLength(0)
      }
      const { outcome: allowed } = await tagInProcess(f, { allowSquash: true })
      expect(allowed.plan.arrival?.kind).toBe('squash')
      expect(tagObject(f, 'v1.3.0').commit).toBe(merge)
      const { outcome: rerun } = await tagInProcess(f, { allowSquash: true })
      expect(rerun.result).toBe('unchanged')
    }
  )

  test('without a pull request, the release branch on origin is the head compared: squash refused, merge accepted', async () => {
    const f = await fixtures.copy('cut')
    const merge = mergeRelease(f, { squash: true, pull: false })
    const refused = await refusalInProcess(f, { versionInput: '1.3.0' })
    expect(refused.message).toContain(
      `(origin/release-v1.3.0) is not in the history of ${merge.slice(0, 12)}`
    )
    const merged = await fixtures.copy('merged')
    const { outcome } = await tagInProcess(merged, { versionInput: '1.3.0' })
    expect(outcome.plan.arrival?.kind).toBe('merge')
    expect(summaryOf(outcome)).toContain('a merge (release-v1.3.0 head')
  })
})

describe('createReleaseTag of pre-releases', () => {
  test('a version with a pre-release part is published as a pre-release and never becomes Latest', async () => {
    const f = await fixtures.copy('merged')
    await tagInProcess(f)
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
    // The prerelease input is not set, and make-latest says true: the version alone decides.
    const { outcome } = await tagInProcess(
      f,
      { versionInput: '1.4.0-rc.1', makeLatest: 'true' },
      { branch: 'release-v1.4.0' }
    )
    expect(outcome).toMatchObject({ result: 'created', prerelease: true })
    expect(outcome.plan.target.tag).toBe('v1.4.0-rc.1')
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
    expect(await latestId(f)).toBe(latest)
    expect(summaryOf(outcome)).toContain('(pre-release)')
    const { outcome: rerun } = await tagInProcess(
      f,
      { versionInput: '1.4.0-rc.1' },
      { branch: 'release-v1.4.0' }
    )
    expect(rerun.result).toBe('unchanged')
  })

  test('prerelease-id rc on release-v1.3.0 makes 1.3.0-rc.1, then rc.2 on the next commit; a rerun keeps its number; 1.3.0 follows', async () => {
    const f = await fixtures.copy('cut')
    mergeRelease(f, { bump: true })
    const { sandbox, dev } = f
    const first = sandbox.remoteSha('refs/heads/release-v1.3.0')
    const onBranch = { branch: 'release-v1.3.0' }
    const { outcome: rc1 } = await tagInProcess(f, { prereleaseId: 'rc' }, onBranch)
    expect(rc1.result).toBe('created')
    expect(rc1.plan.target).toMatchObject({ tag: 'v1.3.0-rc.1', version: '1.3.0-rc.1' })
    expect(tagObject(f, 'v1.3.0-rc.1').commit).toBe(first)
    expect(releasesOf(f, 'v1.3.0-rc.1')[0]).toMatchObject({ prerelease: true, body: NOTES_1_3_0 })
    const { outcome: again } = await tagInProcess(f, { prereleaseId: 'rc' }, onBranch)
    expect(again.result).toBe('unchanged')
    expect(again.plan.target.tag).toBe('v1.3.0-rc.1')

    sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
    sandbox.commit(dev, 'Fix: Bug found on staging (JIRA-1238)', { 'mypkg/fix.py': 'x = 2\n' })
    sandbox.push(dev, 'release-v1.3.0')
    const { outcome: rc2 } = await tagInProcess(f, { prereleaseId: 'rc' }, onBranch)
    expect(rc2.result).toBe('created')
    expect(rc2.plan.target.tag).toBe('v1.3.0-rc.2')
    expect(tagObject(f, 'v1.3.0-rc.2').commit).toBe(sandbox.remoteSha('refs/heads/release-v1.3.0'))

    const { outcome: final } = await tagInProcess(f)
    expect(final.result).toBe('created')
    expect(final.plan.target.tag).toBe('v1.3.0')
    expect(releasesOf(f, 'v1.3.0')[0]).toMatchObject({ prerelease: false })
    expect(await latestId(f)).toBe(releasesOf(f, 'v1.3.0')[0].id)
  })
})
