/**
 * create-tag as the runner runs it (dist, INPUT_*, GITHUB_OUTPUT, the job summary, annotations):
 * the headline case, a dry run, a refusal and an input refused. The use-case's behaviour (arrivals,
 * pre-releases, floating tags, release updates, refusals) is tested in this process, in
 * packages/release/create-tag.test.ts and create-tag-refusals.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { callApi } from '../kit/github/api-client.js'
import {
  BOT,
  NOTES_1_3_0,
  Fixtures,
  createTag,
  mainHead,
  releasesOf,
  tagObject
} from './create-tag-fixture.js'

const fixtures = new Fixtures()
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
  })

  test('dry-run: the outputs say so, nothing is tagged or released', async () => {
    const f = await fixtures.copy('merged')
    const dry = await createTag(f, { 'dry-run': true })
    expect(dry.errors).toBe('')
    expect(dry.exitCode).toBe(0)
    expect(dry.outputs).toMatchObject({ tag: 'v1.3.0', version: '1.3.0', result: 'dry-run' })
    expect(dry.summary).toContain('would be created')
    expect(f.sandbox.remoteTags()).toEqual(['v1.2.0'])
    expect(f.server.state.releases).toHaveLength(0)
  })
})

describe('create-tag refuses: exit code 1, one error annotation, nothing changed', () => {
  test('the tag at another commit: both commits named, nothing moved, no outputs', async () => {
    const f = await fixtures.copy('merged')
    const develop = f.sandbox.remoteSha('refs/heads/develop')!
    f.sandbox.tag(f.dev, 'v1.3.0', develop)
    f.sandbox.push(f.dev, 'v1.3.0')
    const merge = mainHead(f)
    const run = await createTag(f)
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toMatch(
      new RegExp(`v1\\.3\\.0 already exists on commit ${develop}, not on ${merge}`)
    )
    expect(f.sandbox.remoteTags()).toEqual(['v1.2.0', 'v1.3.0'])
    expect(f.sandbox.remoteSha('refs/tags/v1.3.0')).toBe(develop)
    expect(f.server.state.releases).toHaveLength(0)
    expect(run.outputs.result).toBeUndefined()
  })

  test("prerelease-id 'rc 1' is refused as the input's mistake", async () => {
    const f = await fixtures.copy('merged')
    const run = await createTag(f, { 'prerelease-id': 'rc 1' })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toContain("Input 'prerelease-id'")
    expect(f.sandbox.remoteTags()).not.toContain('v1.3.0')
    // Refused with the other inputs, before a question to GitHub or to origin.
    expect(f.server.requests).toEqual([])
    expect(run.stdout).not.toMatch(/Round trips/)
  })
})
