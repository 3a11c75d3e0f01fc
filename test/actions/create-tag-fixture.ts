/**
 * The seed project at step 12 for create-tag's tests: the release branch bumped and merged into
 * main (or not yet), served by a fake GitHub. Built once per test file and copied per test, so
 * each test starts from its own origin without replaying the seed's git history.
 */
import { afterAll, afterEach, beforeAll } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULTS } from '../../actions/create-tag/src/defaults.js'
import { tagSummary } from '../../actions/create-tag/src/summary.js'
import { ConfigurationError } from '../../packages/base/errors.js'
import { RecordingLogger } from '../../packages/base/logger.js'
import { Git } from '../../packages/git/git.js'
import { createGitHubClient } from '../../packages/github/client.js'
import {
  createReleaseTag,
  type CreateTagRequest,
  type CreateTagResult
} from '../../packages/release/create-tag.js'
import { parseBranchPatterns } from '../../packages/versioning/branches.js'
import { FakeGitHub, seedPullRequest } from '../kit/github/index.js'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { NO_AUTO_GC_ENV, Sandbox } from '../kit/sandbox.js'
import { createSeedRepo, seedFiles, type SeedRepo } from '../kit/seed-project.js'

export const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'
export const NOTES_1_3_0 = [
  '### Added',
  '- New feature X (JIRA-1234)',
  '- New feature Y (JIRA-1235)',
  '',
  '### Changed',
  '- Improved performance of Z (JIRA-1236)',
  '',
  '### Fixed',
  '- Bug in feature W (JIRA-1237)'
].join('\n')

export interface Fixture extends SeedRepo {
  server: FakeGitHub
}

/** Templates made once per file: the seed with its release branch, and the same after the merge. */
export class Fixtures {
  private readonly made: Fixture[] = []
  private templates?: { cut: SeedRepo; merged: SeedRepo }

  setup(): void {
    const cut = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    const merged = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
    bumpRelease(merged)
    merged.sandbox.git(merged.dev, 'checkout', '--quiet', 'main')
    merged.sandbox.git(
      merged.dev,
      'merge',
      '--quiet',
      '--no-ff',
      '-m',
      "Merge branch 'release-v1.3.0'",
      'release-v1.3.0'
    )
    merged.sandbox.push(merged.dev, 'main')
    this.templates = { cut, merged }
  }

  /** A private copy of a template with its own fake GitHub. */
  async copy(which: 'cut' | 'merged'): Promise<Fixture> {
    const template = this.templates![which]
    const sandbox = Sandbox.copyOf(template.sandbox.root, template.sandbox.root)
    const dev = join(sandbox.root, 'dev')
    const server = await FakeGitHub.start({ bareRepo: sandbox.origin, owner: 'acme', repo: 'app' })
    const fixture = { sandbox, dev, server }
    this.made.push(fixture)
    return fixture
  }

  async cleanupEach(): Promise<void> {
    while (this.made.length) {
      const fixture = this.made.pop()!
      await fixture.server.stop()
      fixture.sandbox.cleanup()
    }
  }

  cleanupAll(): void {
    this.templates?.cut.sandbox.cleanup()
    this.templates?.merged.sandbox.cleanup()
  }
}

export function changelog(versions: Array<[string, string, string]>): string {
  return [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    ...versions.flatMap(([version, date, notes]) => [`## [${version}] - ${date}`, notes, '']),
    '[Unreleased]: https://github.com/acme/app/compare/v1.3.0...HEAD',
    ''
  ].join('\n')
}

/** Steps 9-10 on the release branch: version files and changelog say 1.3.0, pushed. */
function bumpRelease(repo: SeedRepo): void {
  const { sandbox, dev } = repo
  sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
  const files = seedFiles('1.3.0')
  sandbox.commit(dev, 'Bump version to 1.3.0', {
    'setup.py': files['setup.py'],
    'mypkg/__init__.py': files['mypkg/__init__.py'],
    'CHANGELOG.md': changelog([
      ['1.3.0', '2026-11-23', NOTES_1_3_0],
      ['1.2.0', '2026-10-01', '### Added\n- Initial release of the sample application (JIRA-1000)']
    ])
  })
  sandbox.push(dev, 'release-v1.3.0')
}

/**
 * Step 12 on a `cut` fixture: the bump (unless `bump: false`), then the merge into main,
 * `--no-ff` or squashed (with the merged pull request the API knows). Returns main's new head.
 */
export function mergeRelease(
  f: Fixture,
  options: { bump?: boolean; squash?: boolean; rebase?: boolean; pull?: boolean } = {}
): string {
  const { sandbox, dev } = f
  if (options.bump ?? true) bumpRelease(f)
  const head = sandbox.git(dev, 'rev-parse', 'release-v1.3.0')
  sandbox.git(dev, 'checkout', '--quiet', 'main')
  if (options.squash) {
    sandbox.git(dev, 'merge', '--quiet', '--squash', 'release-v1.3.0')
    sandbox.git(dev, 'commit', '--quiet', '-m', 'Release 1.3.0 (#12)')
  } else if (options.rebase) {
    // GitHub's "Rebase and merge": the branch's commits replayed on main, main moved to the copy.
    sandbox.git(dev, 'checkout', '--quiet', '-B', 'rebased', 'release-v1.3.0')
    sandbox.git(dev, 'rebase', '--quiet', '--force-rebase', 'main')
    sandbox.git(dev, 'checkout', '--quiet', 'main')
    sandbox.git(dev, 'merge', '--quiet', '--ff-only', 'rebased')
  } else {
    sandbox.git(
      dev,
      'merge',
      '--quiet',
      '--no-ff',
      '-m',
      "Merge branch 'release-v1.3.0'",
      'release-v1.3.0'
    )
  }
  sandbox.push(dev, 'main')
  const merged = sandbox.git(dev, 'rev-parse', 'HEAD')
  if ((options.squash || options.rebase) && (options.pull ?? true)) {
    seedPullRequest(f.server, {
      title: 'Release 1.3.0',
      head: 'release-v1.3.0',
      headSha: head,
      mergeCommitSha: merged
    })
  }
  return merged
}

/** Runs create-tag in a fresh shallow checkout of `branch` (or in an empty directory). */
export async function createTag(
  f: Fixture,
  inputs: InvokeOptions['inputs'] = {},
  options: { branch?: string; checkout?: boolean; token?: string } = {}
) {
  const branch = options.branch ?? 'main'
  const name = `ws-${Math.random().toString(36).slice(2)}`
  const workspace =
    options.checkout === false
      ? mkdtempSync(join(f.sandbox.root, name))
      : f.sandbox.checkout(name, branch)
  const result = await invokeAction({
    action: 'create-tag',
    workspace,
    ref: `refs/heads/${branch}`,
    sha: f.sandbox.remoteSha(`refs/heads/${branch}`)!,
    apiUrl: f.server.url,
    token: options.token,
    inputs
  })
  return { ...result, workspace }
}

/** A tag on origin as `git` shows it: object type, commit, tagger and message. */
export function tagObject(f: Fixture, tag: string) {
  const { sandbox } = f
  const field = (format: string) =>
    sandbox.git(sandbox.origin, 'for-each-ref', `--format=${format}`, `refs/tags/${tag}`)
  return {
    type: sandbox.git(sandbox.origin, 'cat-file', '-t', `refs/tags/${tag}`),
    commit: sandbox.git(sandbox.origin, 'rev-parse', `refs/tags/${tag}^{commit}`),
    tagger: field('%(taggername) %(taggeremail)'),
    message: field('%(contents)')
  }
}

export function releasesOf(f: Fixture, tag: string) {
  return f.server.state.releases.filter((r) => r.tag_name === tag)
}

/** main's head on origin. */
export function mainHead(f: Fixture): string {
  return f.sandbox.remoteSha('refs/heads/main')!
}

/** Where a run happens: the branch checked out (and GITHUB_REF), no checkout at all, the token. */
export interface RunPlace {
  branch?: string
  checkout?: boolean
  token?: string
}

/**
 * The request create-tag's entry makes when only `overrides` are given: action.yml's defaults,
 * the branch of GITHUB_REF and its head as GITHUB_SHA, as {@link createTag} runs it.
 */
export function tagRequest(
  f: Fixture,
  overrides: Partial<CreateTagRequest> = {},
  branch = 'main'
): CreateTagRequest {
  return {
    branch,
    sha: f.sandbox.remoteSha(`refs/heads/${branch}`),
    patterns: parseBranchPatterns(DEFAULTS['branch-pattern'], DEFAULTS['hotfix-branch-pattern']),
    releaseType: DEFAULTS['release-type'],
    tagPrefix: DEFAULTS['tag-prefix'],
    mainBranch: '',
    changelogPath: DEFAULTS['changelog-path'],
    via: DEFAULTS.via,
    message: DEFAULTS.message,
    identity: { name: DEFAULTS['git-user-name'], email: DEFAULTS['git-user-email'] },
    createRelease: true,
    releaseName: DEFAULTS['release-name'],
    draft: false,
    prerelease: false,
    makeLatest: DEFAULTS['make-latest'],
    allowSquash: false,
    updateMajorTag: false,
    updateMinorTag: false,
    dryRun: false,
    ...overrides
  }
}

/**
 * For the use-case run in this process, what the invoker gives a child: no second between the
 * API's writes, no git housekeeping started after fetches and pushes (in the checkout and in
 * origin), no global or system git config. Returns the function that puts the old values back.
 */
export function useChildEnvironment(): () => void {
  const settings: Record<string, string> = {
    RELEASE_ACTIONS_WRITE_SPACING_MS: '0',
    RELEASE_ACTIONS_RETRY_BASE_MS: '20',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...NO_AUTO_GC_ENV
  }
  const before = Object.keys(settings).map((key) => [key, process.env[key]] as const)
  Object.assign(process.env, settings)
  return () => {
    for (const [key, value] of before) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

/**
 * The fixtures of a test file that runs the use-case in this process, with the hooks that set
 * them (and {@link useChildEnvironment}) up before its tests and take them down after.
 */
export function inProcessFixtures(): Fixtures {
  const fixtures = new Fixtures()
  let restoreEnvironment = () => {}
  beforeAll(() => {
    restoreEnvironment = useChildEnvironment()
    fixtures.setup()
  })
  afterEach(() => fixtures.cleanupEach())
  afterAll(() => {
    fixtures.cleanupAll()
    restoreEnvironment()
  })
  return fixtures
}

/**
 * create-tag's use-case in this process, in a fresh shallow checkout of the branch (or none),
 * against the fixture's fake GitHub, in the environment {@link useChildEnvironment} sets.
 */
export async function tagInProcess(
  f: Fixture,
  overrides: Partial<CreateTagRequest> = {},
  place: RunPlace = {}
): Promise<{ outcome: CreateTagResult; log: RecordingLogger }> {
  const branch = place.branch ?? 'main'
  const log = new RecordingLogger()
  const request = tagRequest(f, overrides, branch)
  const name = `ws-${Math.random().toString(36).slice(2)}`
  const git =
    place.checkout === false
      ? undefined
      : new Git(f.sandbox.checkout(name, branch), { log, identity: request.identity })
  const ctx = {
    repository: { owner: 'acme', repo: 'app' },
    git,
    github: () =>
      createGitHubClient({ token: place.token ?? 'test-token', apiUrl: f.server.url, log }),
    log
  }
  return { outcome: await createReleaseTag(ctx, request), log }
}

/** The use-case's refusal: a user's mistake (one error annotation under the entry), never a bug. */
export async function refusalInProcess(
  f: Fixture,
  overrides: Partial<CreateTagRequest> = {},
  place: RunPlace = {}
): Promise<ConfigurationError> {
  const refused = await tagInProcess(f, overrides, place).then(
    () => undefined,
    (error: unknown) => error
  )
  if (!(refused instanceof ConfigurationError)) {
    throw new Error(
      `expected create-tag to refuse with a ConfigurationError, got ${String(refused)}`
    )
  }
  return refused
}

/** The job summary the entry writes for `outcome`. */
export function summaryOf(outcome: CreateTagResult): string {
  return tagSummary(outcome, 'https://github.com', { owner: 'acme', repo: 'app' })
}
