/**
 * create-tag's use-case refusing, in this process: each refusal a ConfigurationError (one error
 * annotation under the entry) naming what and where, with nothing tagged and nothing released.
 * The entry's side of a refusal (exit code 1, the one annotation) is test/actions/create-tag.
 */
import { describe, expect, test } from '@jest/globals'
import { addRuleset, enforceSignedPushes } from '../../test/kit/github/index.js'
import {
  inProcessFixtures,
  mainHead,
  mergeRelease,
  refusalInProcess,
  releasesOf,
  tagInProcess,
  tagObject,
  type Fixture,
  type RunPlace
} from '../../test/actions/create-tag-fixture.js'
import type { CreateTagRequest } from './create-tag.js'

const fixtures = inProcessFixtures()

/** Refused with `message`, and origin's tags and the releases as they were. */
async function expectRefused(
  f: Fixture,
  message: RegExp,
  overrides: Partial<CreateTagRequest> = {},
  place: RunPlace = {}
) {
  const tags = f.sandbox.remoteTags()
  const refused = await refusalInProcess(f, overrides, place)
  expect(refused.message).toMatch(message)
  expect(f.sandbox.remoteTags()).toEqual(tags)
  expect(f.server.state.releases).toHaveLength(0)
  return refused
}

describe('createReleaseTag refuses and changes nothing', () => {
  test.each([['1'], ['rc 1']])("prerelease-id '%s' is refused, naming the input", async (id) => {
    const f = await fixtures.copy('merged')
    const refused = await expectRefused(f, /Input 'prerelease-id'/, { prereleaseId: id })
    expect(refused.input).toBe('prerelease-id')
    expect(f.sandbox.remoteTags()).not.toContain('v1.3.0')
  })

  test('no changelog to take the notes from: refused before the tag; without a release it tags', async () => {
    const f = await fixtures.copy('merged')
    await expectRefused(
      f,
      /No release notes for 1\.3\.0: Input 'changelog-path' is 'docs\/CHANGES\.md', a file that does not exist, and the 'release-notes' input is empty\..*Nothing was changed\./,
      { changelogPath: 'docs/CHANGES.md' }
    )
    const { outcome } = await tagInProcess(f, {
      changelogPath: 'docs/CHANGES.md',
      createRelease: false
    })
    expect(outcome.result).toBe('created')
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
    await expectRefused(
      f,
      new RegExp(`v1\\.3\\.0 already exists on commit ${develop}, not on ${merge}`)
    )
    expect(f.sandbox.remoteSha('refs/tags/v1.3.0')).toBe(develop)
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
    await expectRefused(
      f,
      /403.*creating the tag v1\.3\.0.*lacks the permission 'contents: write'/s,
      { via: 'api' },
      { token: 'read-only' }
    )
    expect(f.sandbox.remoteTags()).toEqual(['v1.2.0'])
    expect(f.server.state.apiTags).toHaveLength(0)
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
      // A ConfigurationError: one error annotation, never "failed unexpectedly".
      const refused = await expectRefused(
        f,
        /Cannot create ref due to creations being restricted\./,
        {
          via
        }
      )
      expect(refused.message).toContain(said[via])
      expect(f.sandbox.remoteTags()).toEqual(['v1.2.0'])
    }
    // The workflow's token on the bypass list: the API lets it create the tag.
    ruleset.bypass = ['github-token']
    await tagInProcess(f, { via: 'api' })
    expect(f.sandbox.remoteTags()).toEqual(['v1.2.0', 'v1.3.0'])
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(1)
  })
})
