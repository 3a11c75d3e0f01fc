/**
 * update-changelog's use-case, in this process, on CHANGELOG.md files in the shapes real
 * projects write (fixtures written here, in those shapes): what a person wrote under
 * [Unreleased] moves verbatim, placeholders stay, release headings one level down or with their
 * own link, each link style, irregular old history kept, every problem in one refusal. Each file
 * is run twice, each time in a fresh actions/checkout-style clone (real git, bare origin): the
 * second run, on the first run's commit, changes no byte. `runChangelog` is called with the
 * request the action makes from its defaults for acme/app on github.com; the runner's side of
 * these shapes is in test/actions/update-changelog-shapes.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { DEFAULTS } from '../../actions/update-changelog/src/defaults.js'
import {
  ChangelogBranches,
  SEVERAL_PROBLEMS,
  type ChangelogBranch
} from '../../test/kit/changelog-branches.js'
import { Sandbox, TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { ConfigurationError } from '../base/errors.js'
import { RecordingLogger } from '../base/logger.js'
import { compilePattern } from '../changelog/classify.js'
import { Git } from '../git/git.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import { runChangelog, type ChangelogRunRequest } from './changelog-run.js'
import type { ChangelogOutcome } from './update-changelog.js'

/**
 * The request the action makes of its defaults (action.yml's, through its defaults module) for
 * acme/app on github.com: commit without push, main-branch left empty.
 */
function request(mode: 'update' | 'rebuild', tagPrefix: string): ChangelogRunRequest {
  return {
    mode,
    path: 'CHANGELOG.md',
    rules: [],
    skip: [],
    issuePattern: compilePattern(DEFAULTS['issue-pattern'], 'issue-pattern', ''),
    repositoryUrl: 'https://github.com/acme/app',
    tagPrefix,
    patterns: parseBranchPatterns(),
    mainBranch: '',
    date: '2026-11-23',
    commitMessage: DEFAULTS['commit-message'],
    commit: true,
    push: false,
    dryRun: false
  }
}

let branches: ChangelogBranches

/** A fresh actions/checkout-style clone of the branch (one commit deep, no tags). */
function checkout(branch: ChangelogBranch) {
  const workspace = branches.checkout(branch)
  const log = new RecordingLogger()
  const git = new Git(workspace, { log, identity: TEST_IDENTITY })
  return { workspace, log, git, read: () => branches.sandbox.read(workspace, 'CHANGELOG.md') }
}

/** The use-case as the action calls it, with the branch's release tag on origin for the run's time. */
async function update(git: Git, branch: ChangelogBranch): Promise<ChangelogOutcome> {
  return branches.withReleaseTag(branch, () =>
    runChangelog(git, {
      ...request('update', branch.prefix),
      versionInput: branch.version,
      branch: branch.name
    })
  )
}

/** Runs twice (the second time on the first run's commit) and returns the first run. */
async function runTwice(
  changelog: string,
  options: Parameters<ChangelogBranches['branch']>[1] = {}
) {
  const branch = branches.branch(changelog, options)
  const first = checkout(branch)
  const outcome = await update(first.git, branch)
  expect(outcome.result).toBe('updated')
  const text = first.read()
  // The second run sees the first run's commit: nothing left to write, not one byte changes.
  branches.sandbox.git(
    first.workspace,
    'push',
    '--quiet',
    'origin',
    `HEAD:refs/heads/${branch.name}`
  )
  const second = checkout(branch)
  const again = await update(second.git, branch)
  expect(again.result).toBe('unchanged')
  expect(second.read()).toBe(text)
  return { outcome, text, log: first.log }
}

beforeAll(() => {
  branches = new ChangelogBranches()
})
afterAll(() => branches.cleanup())

const LINKS = [
  '[Unreleased]: https://github.com/acme/app/compare/v1.2.0...HEAD',
  '[1.2.0]: https://github.com/acme/app/compare/v1.1.0...v1.2.0',
  ''
].join('\n')

describe('[Unreleased] moves verbatim', () => {
  test('continuation paragraphs, nested lists, code, comments and blank lines', async () => {
    const pending = [
      '### Removed',
      '',
      '- The `legacy` reader is gone.',
      '',
      '  Files it wrote still load; convert them once with:',
      '',
      '  ```sh',
      '  app convert old.dat',
      '  ```',
      '',
      '  Ask on the forum if that fails.',
      '',
      '- The `--fast` flag:',
      '  - it was a no-op since 1.0,',
      '  - and confused people.',
      '',
      '<!-- Keep this list short. -->',
      ''
    ].join('\n')
    const file = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      pending,
      '## [1.2.0] - 2026-10-01',
      '',
      '### Added',
      '',
      '- Import',
      '',
      LINKS
    ].join('\n')
    const { text } = await runTwice(file)
    expect(text).toBe(
      [
        '# Changelog',
        '',
        '## [Unreleased]',
        '',
        '## [1.3.0] - 2026-11-23',
        '',
        '### Added',
        '',
        '- Export to CSV (APP-12)',
        '',
        ...pending.trimEnd().split('\n'),
        '',
        '### Fixed',
        '',
        '- Crash on an empty file',
        '',
        '## [1.2.0] - 2026-10-01',
        '',
        '### Added',
        '',
        '- Import',
        '',
        '[Unreleased]: https://github.com/acme/app/compare/v1.3.0...HEAD',
        '[1.3.0]: https://github.com/acme/app/compare/v1.2.0...v1.3.0',
        '[1.2.0]: https://github.com/acme/app/compare/v1.1.0...v1.2.0',
        ''
      ].join('\n')
    )
  })

  test('placeholders stay under [Unreleased] and are never published', async () => {
    const file = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '- Nothing yet',
      '',
      '### Changed',
      '',
      '_No changes yet_',
      '',
      '## [1.2.0] - 2026-10-01',
      '',
      '- Import',
      '',
      LINKS
    ].join('\n')
    const { outcome, text } = await runTwice(file)
    // The notes are the action's `release-notes` output.
    expect(outcome.notes).toBe(
      '### Added\n- Export to CSV (APP-12)\n\n### Fixed\n- Crash on an empty file'
    )
    expect(text.slice(0, text.indexOf('## [1.3.0]'))).toBe(
      '# Changelog\n\n## [Unreleased]\n\n- Nothing yet\n\n### Changed\n\n_No changes yet_\n\n'
    )
  })
})

describe('headings in the forms projects write them', () => {
  test('releases one level down (### under ## per year) go above the newest release, groups at ####', async () => {
    const file = [
      '# Changelog',
      '',
      '## 2026',
      '',
      '### [Unreleased]',
      '',
      '### [1.2.0] - 2026-10-01',
      '',
      '#### Added',
      '',
      '- Import',
      '',
      '## 2025',
      '',
      '### [1.1.0] - 2025-12-01',
      '',
      '#### Added',
      '',
      '- First',
      '',
      LINKS
    ].join('\n')
    const { text } = await runTwice(file)
    expect(text).toContain(
      [
        '### [Unreleased]',
        '',
        '### [1.3.0] - 2026-11-23',
        '',
        '#### Added',
        '',
        '- Export to CSV (APP-12)',
        '',
        '#### Fixed',
        '',
        '- Crash on an empty file',
        '',
        '### [1.2.0] - 2026-10-01'
      ].join('\n')
    )
    expect(text.indexOf('[1.3.0] - 2026-11-23')).toBeLessThan(text.indexOf('## 2025'))
  })

  test('headings with their own link, bare tags (tag-prefix empty): the new heading links too', async () => {
    const file = [
      '# Changelog',
      '',
      '## [Unreleased](https://github.com/acme/app/compare/1.2.0...HEAD)',
      '',
      '## [1.2.0](https://github.com/acme/app/compare/1.1.0...1.2.0) - 2026-10-01',
      '',
      '### Added',
      '',
      '- Import',
      ''
    ].join('\n')
    const { outcome, text } = await runTwice(file, { prefix: '' })
    expect(text).toContain(
      '## [Unreleased](https://github.com/acme/app/compare/1.2.0...HEAD)\n\n' +
        '## [1.3.0](https://github.com/acme/app/compare/1.2.0...1.3.0) - 2026-11-23\n\n### Added\n\n- Export to CSV (APP-12)\n'
    )
    // The range the summary names: from the bare tag.
    expect(outcome.range).toBe('1.2.0..HEAD')
  })
})

describe('the link block in the file’s own style', () => {
  test('releases/tag links, [Unreleased] to master, a paragraph-first section keeps its blank line', async () => {
    const file = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '## [1.2.0] - 2026-10-01',
      '',
      'A release about import.',
      '',
      '### Added',
      '- Import',
      '',
      '[Unreleased]: https://github.com/acme/app/compare/v1.2.0...master',
      '[1.2.0]: https://github.com/acme/app/releases/tag/v1.2.0',
      '[1.1.0]: https://github.com/acme/app/releases/tag/v1.1.0',
      ''
    ].join('\n')
    const { text } = await runTwice(file)
    expect(text).toContain('## [Unreleased]\n\n## [1.3.0] - 2026-11-23\n\n### Added\n- Export')
    expect(text).toContain(
      '[Unreleased]: https://github.com/acme/app/compare/v1.3.0...master\n' +
        '[1.3.0]: https://github.com/acme/app/releases/tag/v1.3.0\n' +
        '[1.2.0]: https://github.com/acme/app/releases/tag/v1.2.0\n'
    )
  })

  test('a stale [Unreleased] link is pointed past the new release', async () => {
    const file = [
      '## [Unreleased]',
      '',
      '## [1.2.0] - 2026-10-01',
      '- Import',
      '',
      '[Unreleased]: https://github.com/acme/app/compare/v1.0.0...HEAD',
      '[1.2.0]: https://github.com/acme/app/compare/v1.1.0...v1.2.0',
      ''
    ].join('\n')
    const { text } = await runTwice(file)
    expect(text).toContain(
      '[Unreleased]: https://github.com/acme/app/compare/v1.3.0...HEAD\n[1.3.0]: https://github.com/acme/app/compare/v1.2.0...v1.3.0\n'
    )
  })
})

describe('tolerant reading, strict where the action writes', () => {
  test('irregular headings deep in old history are kept byte for byte, with a notice each', async () => {
    const old = [
      '## [1.1.0] - 2025-12-01',
      '- First',
      '',
      '## 1.0 (unreleased draft)',
      'Notes from long ago.',
      '',
      '## [0.9.0] - 2025/01/01',
      '- Beta',
      ''
    ].join('\n')
    const file = ['## [Unreleased]', '', '## [1.2.0] - 2026-10-01', '- Import', '', old].join('\n')
    const { outcome, text } = await runTwice(file)
    expect(text.endsWith(old)).toBe(true)
    // The action says each as `::notice::CHANGELOG.md line 9: kept as written: ...`.
    const notices = outcome.notices.map((n) => `line ${n.line}: ${n.message}`)
    expect(notices).toHaveLength(2)
    expect(notices[0]).toMatch(
      /^line 9: '## 1\.0 \(unreleased draft\)' is not a Keep a Changelog release heading/
    )
    expect(notices[1]).toMatch(/^line 12: the date '2025\/01\/01' of 0\.9\.0 is not an ISO date/)
  })

  test('problems where it writes: refused before writing, every one in one error, the file untouched', async () => {
    const file = SEVERAL_PROBLEMS
    const branch = branches.branch(file)
    const { workspace, git, read } = checkout(branch)
    const head = branches.sandbox.git(workspace, 'rev-parse', 'HEAD')
    const error = await update(git, branch).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    const { message, locations } = error as ConfigurationError
    expect(message).toContain('CHANGELOG.md has 3 problems in the part an update changes')
    expect(message).toContain("line 6: '## Upcoming' is not a Keep a Changelog release heading")
    expect(message).toContain("line 8: the date '2026-13-01' of 1.2.0 is not an ISO date")
    expect(message).toContain('line 10: a second [Unreleased] section (the first is at line 3)')
    // Every problem's place, the first (where the one annotation goes) at line 6.
    expect(locations).toEqual([6, 8, 10].map((line) => ({ file: 'CHANGELOG.md', line })))
    expect(read()).toBe(file)
    expect(branches.sandbox.git(workspace, 'status', '--porcelain')).toBe('')
    expect(branches.sandbox.git(workspace, 'rev-parse', 'HEAD')).toBe(head)
  })
})

describe('mode: rebuild', () => {
  test('no empty sections: a release without a user-facing change says so in one line', async () => {
    const own = Sandbox.create()
    try {
      const clone = own.clone('dev')
      own.git(clone, 'checkout', '--quiet', '-b', 'main')
      own.commit(clone, 'feat: first', { 'a.py': 'pass\n' })
      own.tag(clone, 'v1.0.0')
      own.commit(clone, 'chore: bump deps', { 'r.txt': 'x\n' })
      own.commit(clone, 'docs: typo', { 'README.md': 'x\n' })
      own.tag(clone, 'v1.1.0')
      own.commit(clone, 'fix: crash (APP-1)', { 'b.py': 'pass\n' })
      own.commit(clone, 'fix: wrong total (APP-1)', { 'c.py': 'pass\n' })
      own.tag(clone, 'v1.2.0')
      own.push(clone, 'main', '--tags')
      const workspace = own.checkout('ws', 'main')
      const git = new Git(workspace, { log: new RecordingLogger(), identity: TEST_IDENTITY })
      const outcome = await runChangelog(git, { ...request('rebuild', 'v'), branch: 'main' })
      expect(outcome.result).toBe('updated')
      const text = own.read(workspace, 'CHANGELOG.md')
      expect(text).toMatch(
        /## \[1\.1\.0\] - \d{4}-\d{2}-\d{2}\n_No user-facing changes\._\n\n## \[1\.0\.0\]/
      )
      // One ticket, two changes: both kept.
      expect(text).toContain('### Fixed\n- Crash (APP-1)\n- Wrong total (APP-1)\n')
      expect(text).not.toMatch(/^## \[\d.*\n\n## /m)
    } finally {
      own.cleanup()
    }
  })
})
