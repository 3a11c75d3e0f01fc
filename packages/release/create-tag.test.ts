/**
 * create-tag's use-case in this process: release-v1.3.0 merged into main with --no-ff and not
 * yet tagged (real git: bare origin, a checkout of main), the tag made through git or through
 * the loopback GitHub's API, and the GitHub Release published there.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../../test/kit/github/index.js'
import { RELEASE_SECTION } from '../../test/kit/released-project.js'
import { TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { createSeedRepo } from '../../test/kit/seed-project.js'
import { RecordingLogger } from '../base/logger.js'
import { Git } from '../git/git.js'
import { createGitHubClient } from '../github/client.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import { createReleaseTag, type CreateTagRequest, type TaggingContext } from './create-tag.js'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

/** The seed with release-v1.3.0 bumped, its changelog written, merged into main; no tag yet. */
async function mergedRelease() {
  const seed = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  cleanups.push(() => seed.sandbox.cleanup())
  const { sandbox, dev } = seed
  const changelog = sandbox.read(dev, 'CHANGELOG.md')
  sandbox.commit(dev, 'Bump version to 1.3.0', {
    'setup.py': sandbox.read(dev, 'setup.py').replace('version="1.2.0"', 'version="1.3.0"'),
    'mypkg/__init__.py': sandbox
      .read(dev, 'mypkg/__init__.py')
      .replace('__version__ = "1.2.0"', '__version__ = "1.3.0"'),
    'CHANGELOG.md': changelog.replace(
      '## [Unreleased]\n\n',
      `## [Unreleased]\n\n${RELEASE_SECTION}\n`
    )
  })
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
  sandbox.push(dev, 'main', 'release-v1.3.0')
  const github = await FakeGitHub.start({ bareRepo: sandbox.origin })
  cleanups.push(() => github.stop())
  const log = new RecordingLogger()
  const workspace = sandbox.checkout('ws-main', 'main')
  const ctx: TaggingContext = {
    repository: { owner: 'acme', repo: 'app' },
    git: new Git(workspace, { log, identity: TEST_IDENTITY }),
    github: () => createGitHubClient({ token: 'test-token', apiUrl: github.url, log }),
    log
  }
  return { sandbox, github, ctx, mainSha: sandbox.git(dev, 'rev-parse', 'HEAD') }
}

function request(overrides: Partial<CreateTagRequest> = {}): CreateTagRequest {
  return {
    branch: 'main',
    patterns: parseBranchPatterns(),
    releaseType: 'auto',
    tagPrefix: 'v',
    mainBranch: 'main',
    changelogPath: 'CHANGELOG.md',
    via: 'git',
    message: 'Release {version}',
    identity: TEST_IDENTITY,
    createRelease: true,
    releaseName: '{version}',
    draft: false,
    prerelease: false,
    makeLatest: 'auto',
    updateMajorTag: false,
    updateMinorTag: false,
    dryRun: false,
    ...overrides
  }
}

describe('createReleaseTag', () => {
  test('git: tags the merge commit v1.3.0, publishes the release with the changelog notes; rerun unchanged', async () => {
    const { sandbox, github, ctx, mainSha } = await mergedRelease()
    const outcome = await createReleaseTag(ctx, request())
    expect(outcome).toMatchObject({ result: 'created', tag: 'created' })
    expect(outcome.plan.target).toMatchObject({ version: '1.3.0', tag: 'v1.3.0' })
    expect(sandbox.remoteSha('refs/tags/v1.3.0')).toBe(mainSha)
    // An annotated tag with the message.
    expect(sandbox.git(sandbox.origin, 'cat-file', '-t', 'refs/tags/v1.3.0')).toBe('tag')
    expect(github.state.releases).toHaveLength(1)
    expect(github.state.releases[0]).toMatchObject({
      tag_name: 'v1.3.0',
      name: '1.3.0',
      draft: false
    })
    expect(github.state.releases[0].body).toContain('- Bug in feature W (JIRA-1237)')

    const again = await createReleaseTag(ctx, request())
    expect(again).toMatchObject({ result: 'unchanged', tag: 'unchanged' })
    expect(github.state.releases).toHaveLength(1)
  })

  test('api: the tag is made through the API on the same commit; a dry run before it changes nothing', async () => {
    const { sandbox, github, ctx, mainSha } = await mergedRelease()
    const dry = await createReleaseTag(ctx, request({ via: 'api', dryRun: true }))
    expect(dry.result).toBe('dry-run')
    expect(sandbox.remoteSha('refs/tags/v1.3.0')).toBeUndefined()
    expect(github.state.releases).toEqual([])

    const outcome = await createReleaseTag(ctx, request({ via: 'api' }))
    expect(outcome.result).toBe('created')
    expect(sandbox.remoteSha('refs/tags/v1.3.0')).toBe(mainSha)
    expect(github.requestsTo('POST', '/repos/acme/app/git/refs')).toHaveLength(1)
    expect(github.state.releases[0].tag_name).toBe('v1.3.0')
  })
})
