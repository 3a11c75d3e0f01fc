/**
 * update-changelog on the CHANGELOG.md shapes of real projects, through the runner: what only
 * the entry and the runner do for them. The shapes themselves (what moves, what stays, each
 * heading and link style, the rerun that changes no byte, each problem of a refusal) are
 * update-changelog's use-case, tested in this process in
 * packages/release/update-changelog-shapes.test.ts; the seed's release, outputs and single
 * refusals through dist are in update-changelog.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { Sandbox } from '../kit/sandbox.js'

let sandbox: Sandbox
let dev: string
let counter = 0

/**
 * A release branch off the default branch: CHANGELOG.md as given in the commit 1.2.0 was
 * released from, two commits after it. The tag is made on origin only for a run's time.
 */
function branchWith(changelog: string, options: { prefix?: string; version?: string } = {}) {
  const prefix = options.prefix ?? 'v'
  const version = options.version ?? '1.3.0'
  const name = `release-v${version}-${++counter}`
  sandbox.git(dev, 'checkout', '--quiet', '-b', name, 'base')
  const tagSha = sandbox.commit(dev, 'chore: changelog fixture', { 'CHANGELOG.md': changelog })
  sandbox.commit(dev, 'feat: export to CSV (APP-12)', { 'csv.py': 'pass\n' })
  sandbox.commit(dev, 'fix: crash on an empty file', { 'read.py': 'pass\n' })
  sandbox.push(dev, name)
  return { name, tagSha, prefix, version }
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

describe('a refusal with several problems, through the runner', () => {
  test('exit code 1, one error annotation at the first problem with every one in it, the file untouched', async () => {
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
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.file).toBe('CHANGELOG.md')
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
