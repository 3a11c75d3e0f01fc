import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { Sandbox } from '../kit/sandbox.js'
import { createSeedRepo, seedFiles, type SeedRepo } from '../kit/seed-project.js'

const JIRA = 'https://jira.example.com/browse/{key}'
const link = (key: string): string => `[${key}](https://jira.example.com/browse/${key})`
const SEED_CHANGELOG = seedFiles('1.2.0')['CHANGELOG.md']

/** Runs update-changelog in a fresh actions/checkout-style clone of `branch`. */
async function changelog(sandbox: Sandbox, branch: string, inputs: InvokeOptions['inputs'] = {}) {
  const workspace = sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, branch)
  const sha = sandbox.git(workspace, 'rev-parse', 'HEAD')
  const result = await invokeAction({
    action: 'update-changelog',
    workspace,
    ref: `refs/heads/${branch}`,
    sha,
    inputs: { date: '2026-11-23', ...inputs }
  })
  return { ...result, workspace }
}

const RELEASED_1_3_0 = [
  '## [Unreleased]',
  '',
  '## [1.3.0] - 2026-11-23',
  '### Added',
  `- New feature X (${link('JIRA-1234')})`,
  `- New feature Y (${link('JIRA-1235')})`,
  '',
  '### Changed',
  `- Improved performance of Z (${link('JIRA-1236')})`,
  '',
  '### Fixed',
  `- Bug in feature W (${link('JIRA-1237')})`,
  '',
  '## [1.2.0] - 2026-10-01'
].join('\n')

describe('update-changelog on the seed project', () => {
  let repo: SeedRepo
  beforeAll(() => {
    repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  })
  afterAll(() => repo.sandbox.cleanup())

  test('dry-run: the section in the outputs and the summary, nothing written', async () => {
    const before = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')
    const run = await changelog(repo.sandbox, 'release-v1.3.0', {
      'dry-run': true,
      'issue-url': JIRA
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('dry-run')
    expect(run.outputs['release-notes']).toBe(RELEASED_1_3_0.split('\n').slice(3, -2).join('\n'))
    expect(run.summary).toContain('| Added | 2 |')
    expect(run.summary).toContain('| Changed | 1 |')
    expect(run.summary).toContain('| Fixed | 1 |')
    expect(run.summary).toContain('- Bug in feature W')
    expect(repo.sandbox.read(run.workspace, 'CHANGELOG.md')).toBe(SEED_CHANGELOG)
    expect(repo.sandbox.git(run.workspace, 'status', '--porcelain')).toBe('')
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(before)
  })

  test('writes the section from a shallow checkout, moves links, commits and pushes; reruns are safe', async () => {
    const run = await changelog(repo.sandbox, 'release-v1.3.0', { 'issue-url': JIRA })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('updated')
    expect(run.outputs.version).toBe('1.3.0')
    const expected = SEED_CHANGELOG.replace(
      '## [Unreleased]\n\n## [1.2.0] - 2026-10-01',
      RELEASED_1_3_0
    ).replace(
      '[Unreleased]: https://github.com/acme/app/compare/v1.2.0...HEAD\n',
      '[Unreleased]: https://github.com/acme/app/compare/v1.3.0...HEAD\n[1.3.0]: https://github.com/acme/app/compare/v1.2.0...v1.3.0\n'
    )
    expect(repo.sandbox.show('release-v1.3.0', 'CHANGELOG.md')).toBe(expected)
    expect(repo.sandbox.log('refs/heads/release-v1.3.0', 1)).toEqual(['Update CHANGELOG for 1.3.0'])
    expect(
      repo.sandbox.git(
        repo.sandbox.origin,
        'diff',
        '--name-only',
        'release-v1.3.0~1',
        'release-v1.3.0'
      )
    ).toBe('CHANGELOG.md')
    expect(run.runnerFiles[run.outputs['release-notes-file'] ?? '']).toBe(
      run.outputs['release-notes'] + '\n'
    )
    expect(run.outputs['release-notes']).toContain(
      `- Improved performance of Z (${link('JIRA-1236')})`
    )

    const head = repo.sandbox.remoteSha('refs/heads/release-v1.3.0')
    const rerun = await changelog(repo.sandbox, 'release-v1.3.0', { 'issue-url': JIRA })
    expect(rerun.errors).toBe('')
    expect(rerun.outputs.result).toBe('unchanged')
    expect(rerun.outputs['release-notes']).toBe(run.outputs['release-notes'])
    expect(repo.sandbox.remoteSha('refs/heads/release-v1.3.0')).toBe(head)

    // A person rewords an entry and adds one of their own; then more commits land.
    const dev = repo.dev
    repo.sandbox.git(dev, 'pull', '--quiet', 'origin', 'release-v1.3.0')
    const edited = repo.sandbox
      .read(dev, 'CHANGELOG.md')
      .replace(
        `- New feature Y (${link('JIRA-1235')})`,
        `- Feature Y, now with docs (${link('JIRA-1235')})`
      )
      .replace('### Fixed\n', '### Fixed\n- Hand-written: crash on start\n')
    repo.sandbox.commit(dev, 'Reword the changelog', { 'CHANGELOG.md': edited })
    repo.sandbox.commit(dev, 'fix(cli): crash on empty input (JIRA-1240)', {
      'mypkg/cli.py': 'pass\n'
    })
    repo.sandbox.commit(dev, 'Fix: Bug in feature W, second try (JIRA-1237)', {
      'mypkg/w.py': 'pass\n'
    })
    repo.sandbox.commit(dev, 'Security: Escape HTML in reports', { 'mypkg/r.py': 'pass\n' })
    repo.sandbox.commit(dev, 'chore: bump dependencies', { 'requirements.txt': 'x\n' })
    repo.sandbox.push(dev, 'release-v1.3.0')
    const again = await changelog(repo.sandbox, 'release-v1.3.0', { 'issue-url': JIRA })
    expect(again.errors).toBe('')
    expect(again.outputs.result).toBe('updated')
    const text = repo.sandbox.show('release-v1.3.0', 'CHANGELOG.md')
    expect(text).toContain(
      [
        '### Fixed',
        '- Hand-written: crash on start',
        `- Bug in feature W (${link('JIRA-1237')})`,
        `- **cli:** Crash on empty input (${link('JIRA-1240')})`,
        '',
        '### Security',
        '- Escape HTML in reports',
        '',
        '## [1.2.0]'
      ].join('\n')
    )
    expect(text).toContain(`- Feature Y, now with docs (${link('JIRA-1235')})`)
    expect(text).not.toContain('New feature Y')
    expect(text.match(/JIRA-1237\]/g)).toHaveLength(1)
    // Left out because the section already names its ticket: said, not silent.
    expect(again.stdout).toContain(
      "Left out 'Bug in feature W, second try (JIRA-1237)': a line already in CHANGELOG.md names its ticket."
    )
    expect(again.summary).toContain('| Fixed | 1 |')

    // Tagged (the release is out): a rerun is unchanged, a different body is refused.
    repo.sandbox.git(dev, 'pull', '--quiet', 'origin', 'release-v1.3.0')
    repo.sandbox.tag(dev, 'v1.3.0')
    repo.sandbox.push(dev, 'v1.3.0')
    const afterTag = await changelog(repo.sandbox, 'release-v1.3.0', { 'issue-url': JIRA })
    expect(afterTag.errors).toBe('')
    expect(afterTag.outputs.result).toBe('unchanged')
  })
})

describe('update-changelog on other histories', () => {
  const sandboxes: Sandbox[] = []
  afterAll(() => sandboxes.forEach((s) => s.cleanup()))

  test('first release with no CHANGELOG.md: all history, a well-formed new file', async () => {
    const sandbox = Sandbox.create()
    sandboxes.push(sandbox)
    const dev = sandbox.clone('dev')
    sandbox.git(dev, 'checkout', '--quiet', '-b', 'main')
    sandbox.commit(dev, 'Initial commit', { 'app.py': 'pass\n' })
    sandbox.push(dev, 'main')
    sandbox.git(dev, 'checkout', '--quiet', '-b', 'release-v1.0.0')
    sandbox.commit(dev, 'feat: first feature (JIRA-1)', { 'a.py': 'pass\n' })
    sandbox.commit(dev, 'docs: readme', { 'README.md': 'x\n' })
    sandbox.push(dev, 'release-v1.0.0')
    const run = await changelog(sandbox, 'release-v1.0.0')
    expect(run.errors).toBe('')
    expect(sandbox.show('release-v1.0.0', 'CHANGELOG.md')).toBe(
      [
        '# Changelog',
        '',
        'All notable changes to this project will be documented in this file.',
        '',
        'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
        'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
        '',
        '## [Unreleased]',
        '',
        '## [1.0.0] - 2026-11-23',
        '### Added',
        '- First feature (JIRA-1)',
        '',
        '[Unreleased]: https://github.com/acme/app/compare/v1.0.0...HEAD',
        '[1.0.0]: https://github.com/acme/app/releases/tag/v1.0.0',
        ''
      ].join('\n')
    )
  })

  test('Conventional Commits, PR merges and squash merges; merges, chores and bumps left out', async () => {
    const { sandbox, dev } = createSeedRepo()
    sandboxes.push(sandbox)
    sandbox.git(dev, 'checkout', '--quiet', '-b', 'release-v1.3.0', 'v1.2.0')
    sandbox.commit(dev, 'feat(api): add search endpoint (#12)', { 's.py': 'pass\n' })
    sandbox.git(dev, 'checkout', '--quiet', '-b', 'fix-login')
    sandbox.commit(dev, 'wip', { 'l.py': 'pass\n' })
    sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
    sandbox.git(
      dev,
      'merge',
      '--no-ff',
      '--quiet',
      'fix-login',
      '-m',
      'Merge pull request #13 from acme/fix-login',
      '-m',
      'fix: login loops forever (JIRA-1300)'
    )
    sandbox.git(
      dev,
      'merge',
      '--no-ff',
      '--quiet',
      'develop',
      '-m',
      "Merge branch 'develop' into release-v1.3.0"
    )
    sandbox.commit(dev, 'refactor!: drop Python 3.7', { 'p.py': 'pass\n' })
    sandbox.commit(dev, 'chore: bump deps', { 'r.txt': 'x\n' })
    sandbox.commit(dev, 'Bump version to 1.3.0', { 'v.txt': 'x\n' })
    sandbox.commit(dev, 'Hotfix: tidy logs', { 't.py': 'pass\n' })
    sandbox.push(dev, 'release-v1.3.0')
    const run = await changelog(sandbox, 'release-v1.3.0', {
      'dry-run': true,
      'group-patterns': '^Hotfix: => Fixed',
      'issue-pattern': 'JIRA-\\d+'
    })
    expect(run.errors).toBe('')
    // Groups in Keep a Changelog order; within a group, history order (parallel lines may interleave by date).
    const byGroup = (notes: string) =>
      notes
        .split('\n\n')
        .map((block) => [block.split('\n')[0], ...block.split('\n').slice(1).sort()])
    expect(byGroup(run.outputs['release-notes'])).toEqual(
      byGroup(
        [
          '### Added',
          '- **api:** Add search endpoint ([#12](https://github.com/acme/app/pull/12))',
          '- New feature X (JIRA-1234)',
          '- New feature Y (JIRA-1235)',
          '',
          '### Changed',
          '- Improved performance of Z (JIRA-1236)',
          '- **Breaking:** Drop Python 3.7',
          '',
          '### Fixed',
          '- Login loops forever (JIRA-1300) ([#13](https://github.com/acme/app/pull/13))',
          '- Bug in feature W (JIRA-1237)',
          '- Tidy logs'
        ].join('\n')
      )
    )
    expect(run.outputs.result).toBe('dry-run')
    expect(sandbox.show('release-v1.3.0', 'CHANGELOG.md')).toBe(SEED_CHANGELOG)
  })
})

describe('update-changelog mode: rebuild', () => {
  let sandbox: Sandbox
  let dev: string
  beforeAll(() => {
    // v1.0.0 - fix - PR #7 merged - chore (v1.1.0) - security fix (unreleased), tags on origin.
    sandbox = Sandbox.create()
    dev = sandbox.clone('dev')
    sandbox.git(dev, 'checkout', '--quiet', '-b', 'main')
    sandbox.commit(dev, 'Feature: Login (JIRA-1)', {
      'CHANGELOG.md':
        '# Changelog\n\nIntro.\n\n## [1.0.0] - 2020-01-01\n### Added\n- Hand-written login\n'
    })
    sandbox.tag(dev, 'v1.0.0')
    sandbox.commit(dev, 'fix: crash on empty input', { 'a.py': 'pass\n' })
    sandbox.git(dev, 'checkout', '--quiet', '-b', 'search')
    sandbox.commit(dev, 'wip', { 's.py': 'pass\n' })
    sandbox.git(dev, 'checkout', '--quiet', 'main')
    sandbox.git(
      dev,
      'merge',
      '--no-ff',
      '--quiet',
      'search',
      '-m',
      'Merge pull request #7 from acme/search',
      '-m',
      'feat: search (JIRA-2)'
    )
    sandbox.commit(dev, 'chore: bump deps', { 'r.txt': 'x\n' })
    sandbox.tag(dev, 'v1.1.0')
    sandbox.git(dev, 'tag', 'v1.2.0-rc.1')
    sandbox.commit(dev, 'Security: Escape HTML', { 'h.py': 'pass\n' })
    sandbox.push(dev, 'main', '--tags')
  })
  afterAll(() => sandbox.cleanup())

  const tagDate = (tag: string): string =>
    new Date(
      sandbox.git(
        sandbox.origin,
        'for-each-ref',
        '--format=%(creatordate:iso-strict)',
        `refs/tags/${tag}`
      )
    )
      .toISOString()
      .slice(0, 10)
  const rebuilt = (released: string[], unreleased: string[]): string =>
    [
      '# Changelog',
      '',
      'Intro.',
      '',
      '## [Unreleased]',
      ...unreleased,
      '',
      ...released,
      '## [1.1.0] - ' + tagDate('v1.1.0'),
      '### Added',
      '- Search (JIRA-2) ([#7](https://github.com/acme/app/pull/7))',
      '',
      '### Fixed',
      '- Crash on empty input',
      '',
      '## [1.0.0] - 2020-01-01',
      '### Added',
      '- Hand-written login',
      '',
      `[Unreleased]: https://github.com/acme/app/compare/v${released.length > 0 ? '1.2.0' : '1.1.0'}...HEAD`,
      ...(released.length > 0
        ? ['[1.2.0]: https://github.com/acme/app/compare/v1.1.0...v1.2.0']
        : []),
      '[1.1.0]: https://github.com/acme/app/compare/v1.0.0...v1.1.0',
      '[1.0.0]: https://github.com/acme/app/releases/tag/v1.0.0',
      ''
    ].join('\n')

  test('from a shallow checkout without tags: the history and tags fetched, kept sections as written', async () => {
    const run = await changelog(sandbox, 'main', { mode: 'rebuild', push: false })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    expect(run.outputs.version).toBe('1.1.0')
    expect(sandbox.git(run.workspace, 'rev-parse', '--is-shallow-repository')).toBe('false')
    expect(sandbox.read(run.workspace, 'CHANGELOG.md')).toBe(
      rebuilt([], ['### Security', '- Escape HTML'])
    )
  })

  test('in a full clone, a tag only origin has is fetched and gets its section', async () => {
    const full = sandbox.clone(`full-${Math.random().toString(36).slice(2)}`)
    sandbox.tag(dev, 'v1.2.0')
    sandbox.push(dev, 'v1.2.0')
    const run = await invokeAction({
      action: 'update-changelog',
      workspace: full,
      ref: 'refs/heads/main',
      sha: sandbox.git(full, 'rev-parse', 'HEAD'),
      inputs: { mode: 'rebuild', push: false }
    })
    expect(run.errors).toBe('')
    expect(run.outputs.version).toBe('1.2.0')
    expect(sandbox.read(full, 'CHANGELOG.md')).toBe(
      rebuilt(['## [1.2.0] - ' + tagDate('v1.2.0'), '### Security', '- Escape HTML', ''], [])
    )
  })
})

describe('update-changelog refuses bad input and writes nothing', () => {
  let repo: SeedRepo
  beforeAll(() => {
    repo = createSeedRepo()
  })
  afterAll(() => repo.sandbox.cleanup())

  /** A branch off develop whose CHANGELOG.md (or another file) is `files`, pushed. */
  function branchWith(
    name: string,
    files: Record<string, string | Buffer>,
    from = 'develop'
  ): string {
    repo.sandbox.git(repo.dev, 'checkout', '--quiet', '-B', name, from)
    for (const [path, content] of Object.entries(files)) {
      if (typeof content === 'string') repo.sandbox.write(repo.dev, { [path]: content })
      else writeFileSync(join(repo.dev, path), content)
    }
    repo.sandbox.commit(repo.dev, `chore: set up ${name}`)
    repo.sandbox.push(repo.dev, name)
    return name
  }

  async function expectRefused(
    branch: string,
    inputs: InvokeOptions['inputs'],
    message: RegExp,
    line?: number
  ) {
    const before = repo.sandbox.remoteSha(`refs/heads/${branch}`)
    const run = await changelog(repo.sandbox, branch, { version: '1.3.0', ...inputs })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors).toMatch(message)
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    if (line !== undefined) {
      expect(errors[0]?.file).toBe('CHANGELOG.md')
      expect(errors[0]?.line).toBe(line)
    }
    expect(repo.sandbox.remoteSha(`refs/heads/${branch}`)).toBe(before)
    expect(repo.sandbox.git(run.workspace, 'status', '--porcelain')).toBe('')
    return run
  }

  const edit = (from: string, to: string): string => SEED_CHANGELOG.replace(from, to)

  test('a heading that is not Keep a Changelog, with its line', async () => {
    const branch = branchWith('bad-heading', {
      'CHANGELOG.md': edit('## [1.2.0] - 2026-10-01', '## 1.2.0')
    })
    await expectRefused(
      branch,
      {},
      /line 10: '## 1\.2\.0' is not a Keep a Changelog release heading; write '## \[1\.2\.0\] - YYYY-MM-DD'/,
      10
    )
  })

  test('two sections for one version', async () => {
    const twice = edit(
      '\n[Unreleased]',
      '## [1.2.0] - 2026-10-01\n### Fixed\n- Again\n\n[Unreleased]'
    )
    const branch = branchWith('twice', { 'CHANGELOG.md': twice })
    await expectRefused(branch, {}, /second section for 1\.2\.0 \(the first is at line 10\)/, 13)
  })

  test('versions out of order: refused next to the newest release, kept as written further down', async () => {
    const newest = edit(
      '## [1.2.0] - 2026-10-01',
      '## [1.1.0] - 2026-09-01\n\n## [1.2.0] - 2026-10-01'
    )
    await expectRefused(
      branchWith('order-newest', { 'CHANGELOG.md': newest }),
      {},
      /out of order: 1\.2\.0 comes after 1\.1\.0/,
      12
    )
    const older = edit(
      '\n[Unreleased]',
      '## [1.1.0] - 2026-09-01\n### Added\n- Old\n\n## [1.1.5] - 2026-09-15\n### Fixed\n- Later\n\n[Unreleased]'
    )
    const branch = branchWith('order', { 'CHANGELOG.md': older })
    const run = await changelog(repo.sandbox, branch, { version: '1.3.0', push: false })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    expect(run.stdout).toContain(
      '::notice::CHANGELOG.md line 17: kept as written: versions are out of order: 1.1.5 comes after 1.1.0 (line 13).'
    )
    const text = repo.sandbox.read(run.workspace, 'CHANGELOG.md')
    expect(text).toContain(
      '## [1.1.0] - 2026-09-01\n### Added\n- Old\n\n## [1.1.5] - 2026-09-15\n### Fixed\n- Later\n\n[Unreleased]'
    )
  })

  test('a date that is not ISO, in the file and in the input', async () => {
    const branch = branchWith('bad-date', { 'CHANGELOG.md': edit('2026-10-01', '01/10/2026') })
    await expectRefused(branch, {}, /the date '01\/10\/2026' of 1\.2\.0 is not an ISO date/, 10)
    await expectRefused('develop', { date: '2026-13-01' }, /Input 'date' is '2026-13-01'/)
  })

  test('a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(edit('sample application', 'application caf\u00e9'), 'latin1')
    const branch = branchWith('latin1', { 'CHANGELOG.md': latin1 })
    await expectRefused(branch, {}, /not UTF-8 \(line 12/, 12)
  })

  test('a released version whose section differs', async () => {
    const released = edit(
      '## [Unreleased]\n',
      '## [Unreleased]\n\n## [1.3.0] - 2026-11-01\n### Added\n- Something else entirely\n'
    )
    const branch = branchWith('released', { 'CHANGELOG.md': released })
    repo.sandbox.tag(repo.dev, 'v1.3.0', branch)
    repo.sandbox.push(repo.dev, 'v1.3.0')
    try {
      await expectRefused(
        branch,
        {},
        /1\.3\.0 is already released \(tag v1\.3\.0\).*4 entries are missing/,
        10
      )
    } finally {
      repo.sandbox.git(repo.sandbox.origin, 'tag', '-d', 'v1.3.0')
      repo.sandbox.git(repo.dev, 'tag', '-d', 'v1.3.0')
    }
  })

  test('an empty range: nothing to release', async () => {
    const branch = branchWith('empty', {}, 'v1.2.0')
    await expectRefused(
      branch,
      {},
      /Nothing to release in 1\.3\.0: none of the 1 commit\(s\) in v1\.2\.0\.\.HEAD/
    )
  })

  test('bad inputs: group-patterns, from-ref, issue-url', async () => {
    await expectRefused(
      'develop',
      { 'group-patterns': '^Hotfix => Urgent' },
      /Input 'group-patterns' has the line '\^Hotfix => Urgent'/
    )
    await expectRefused('develop', { 'from-ref': 'v9.9.9' }, /Input 'from-ref' is 'v9\.9\.9'/)
    await expectRefused('develop', { 'issue-url': 'jira/{key}' }, /Input 'issue-url'/)
  })
})
