/**
 * update-changelog on CHANGELOG.md files in the shapes real projects write (fixtures written
 * here, in those shapes): what a person wrote under [Unreleased] moves verbatim, placeholders
 * stay, release headings one level down or with their own link, each link style, irregular old
 * history kept, every problem in one refusal. Each file is run twice: the second run changes
 * no byte.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { Sandbox } from '../kit/sandbox.js'

let sandbox: Sandbox
let dev: string
let counter = 0

/** main: v1.2.0 tagged; a release branch with two commits after it, CHANGELOG.md as given. */
function branchWith(changelog: string, options: { prefix?: string; version?: string } = {}) {
  const prefix = options.prefix ?? 'v'
  const version = options.version ?? '1.3.0'
  const name = `release-v${version}-${++counter}`
  sandbox.git(dev, 'checkout', '--quiet', '-b', name, 'base')
  sandbox.commit(dev, 'chore: changelog fixture', { 'CHANGELOG.md': changelog })
  sandbox.tag(dev, `${prefix}1.2.0`)
  sandbox.commit(dev, 'feat: export to CSV (APP-12)', { 'csv.py': 'pass\n' })
  sandbox.commit(dev, 'fix: crash on an empty file', { 'read.py': 'pass\n' })
  sandbox.push(dev, name, `${prefix}1.2.0`)
  sandbox.git(dev, 'tag', '-d', `${prefix}1.2.0`)
  sandbox.git(sandbox.origin, 'tag', '-d', `${prefix}1.2.0`)
  // Each case gets its own tag by recreating it on origin right before the run.
  return { name, tagSha: sandbox.git(dev, 'rev-parse', `${name}~2`), prefix, version }
}

async function run(
  branch: ReturnType<typeof branchWith>,
  inputs: InvokeOptions['inputs'] = {},
  action = 'update-changelog'
) {
  sandbox.git(sandbox.origin, 'tag', '-f', `${branch.prefix}1.2.0`, branch.tagSha)
  try {
    const workspace = sandbox.checkout(`ws-${++counter}`, branch.name)
    const result = await invokeAction({
      action,
      workspace,
      ref: `refs/heads/${branch.name}`,
      sha: sandbox.git(workspace, 'rev-parse', 'HEAD'),
      inputs: {
        version: branch.version,
        date: '2026-11-23',
        push: false,
        ...(branch.prefix === 'v' ? {} : { 'tag-prefix': branch.prefix }),
        ...inputs
      }
    })
    return { ...result, workspace, text: sandbox.read(workspace, 'CHANGELOG.md') }
  } finally {
    sandbox.git(sandbox.origin, 'tag', '-d', `${branch.prefix}1.2.0`)
  }
}

/** Runs twice (the second time on the first run's file) and returns the file after the first. */
async function runTwice(changelog: string, options: Parameters<typeof branchWith>[1] = {}) {
  const branch = branchWith(changelog, options)
  const first = await run(branch)
  expect(first.errors).toBe('')
  expect(first.outputs.result).toBe('updated')
  // The second run sees the first run's commit: nothing left to write, not one byte changes.
  sandbox.git(first.workspace, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch.name}`)
  const second = await run(branch)
  expect(second.errors).toBe('')
  expect(second.outputs.result).toBe('unchanged')
  expect(second.text).toBe(first.text)
  return first
}

beforeAll(() => {
  sandbox = Sandbox.create()
  dev = sandbox.clone('dev')
  sandbox.git(dev, 'checkout', '--quiet', '-b', 'base')
  sandbox.commit(dev, 'Initial commit', { 'app.py': 'pass\n' })
  sandbox.push(dev, 'base')
  // The repository's default branch is 'base' (no 'main'): main-branch left empty finds it.
  sandbox.git(sandbox.origin, 'symbolic-ref', 'HEAD', 'refs/heads/base')
})
afterAll(() => sandbox.cleanup())

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
    const first = await runTwice(file)
    expect(first.text).toBe(
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
    const first = await runTwice(file)
    expect(first.outputs['release-notes']).toBe(
      '### Added\n- Export to CSV (APP-12)\n\n### Fixed\n- Crash on an empty file'
    )
    expect(first.text.slice(0, first.text.indexOf('## [1.3.0]'))).toBe(
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
    const first = await runTwice(file)
    expect(first.text).toContain(
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
    expect(first.text.indexOf('[1.3.0] - 2026-11-23')).toBeLessThan(first.text.indexOf('## 2025'))
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
    const first = await runTwice(file, { prefix: '' })
    expect(first.text).toContain(
      '## [Unreleased](https://github.com/acme/app/compare/1.2.0...HEAD)\n\n' +
        '## [1.3.0](https://github.com/acme/app/compare/1.2.0...1.3.0) - 2026-11-23\n\n### Added\n\n- Export to CSV (APP-12)\n'
    )
    expect(first.summary).toContain('`1.2.0..HEAD`')
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
    const first = await runTwice(file)
    expect(first.text).toContain(
      '## [Unreleased]\n\n## [1.3.0] - 2026-11-23\n\n### Added\n- Export'
    )
    expect(first.text).toContain(
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
    const first = await runTwice(file)
    expect(first.text).toContain(
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
    const first = await runTwice(file)
    expect(first.text.endsWith(old)).toBe(true)
    expect(first.stdout).toContain(
      "::notice::CHANGELOG.md line 9: kept as written: '## 1.0 (unreleased draft)' is not a Keep a Changelog release heading"
    )
    expect(first.stdout).toContain(
      "::notice::CHANGELOG.md line 12: kept as written: the date '2025/01/01' of 0.9.0 is not an ISO date"
    )
  })

  test('problems where it writes: refused before writing, every one in one error, the file untouched', async () => {
    const file = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '- Pending',
      '',
      '## Upcoming',
      '',
      '## [1.2.0] - 2026-13-01',
      '',
      '## [Unreleased]',
      ''
    ].join('\n')
    const branch = branchWith(file)
    const result = await run(branch)
    expect(result.exitCode).not.toBe(0)
    const errors = result.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.line).toBe(6)
    expect(result.errors).toContain('CHANGELOG.md has 3 problems in the part an update changes')
    expect(result.errors).toContain(
      "line 6: '## Upcoming' is not a Keep a Changelog release heading"
    )
    expect(result.errors).toContain("line 8: the date '2026-13-01' of 1.2.0 is not an ISO date")
    expect(result.errors).toContain(
      'line 10: a second [Unreleased] section (the first is at line 3)'
    )
    expect(result.text).toBe(file)
    expect(sandbox.git(result.workspace, 'status', '--porcelain')).toBe('')
  })
})

describe("tag-prefix: '' is bare tags through the root action too", () => {
  test('root action, step update-changelog', async () => {
    const branch = branchWith(
      '## [Unreleased]\n\n## [1.2.0] - 2026-10-01\n- Import\n\n[Unreleased]: https://github.com/acme/app/compare/1.2.0...HEAD\n[1.2.0]: https://github.com/acme/app/compare/1.1.0...1.2.0\n',
      { prefix: '' }
    )
    const result = await run(branch, { step: 'update-changelog', 'tag-prefix': '' }, '.')
    expect(result.errors).toBe('')
    expect(result.summary).toContain('from 2 commit(s) in `1.2.0..HEAD`')
    expect(result.text).toContain('[1.3.0]: https://github.com/acme/app/compare/1.2.0...1.3.0\n')
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
      const result = await invokeAction({
        action: 'update-changelog',
        workspace,
        sha: own.git(workspace, 'rev-parse', 'HEAD'),
        inputs: { mode: 'rebuild', push: false }
      })
      expect(result.errors).toBe('')
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
