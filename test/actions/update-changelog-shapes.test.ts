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
import {
  ChangelogBranches,
  SEVERAL_PROBLEMS,
  type ChangelogBranch
} from '../kit/changelog-branches.js'

let branches: ChangelogBranches

async function run(
  branch: ChangelogBranch,
  inputs: InvokeOptions['inputs'] = {},
  action = 'update-changelog'
) {
  const { sandbox } = branches
  return branches.withReleaseTag(branch, async () => {
    const workspace = branches.checkout(branch)
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
  })
}

beforeAll(() => {
  branches = new ChangelogBranches()
})
afterAll(() => branches.cleanup())

describe('a refusal with several problems, through the runner', () => {
  test('exit code 1, one error annotation at the first problem with every one in it, the file untouched', async () => {
    const file = SEVERAL_PROBLEMS
    const branch = branches.branch(file)
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
    expect(branches.sandbox.git(result.workspace, 'status', '--porcelain')).toBe('')
  })
})

describe("tag-prefix: '' is bare tags through the root action too", () => {
  test('root action, step update-changelog', async () => {
    const branch = branches.branch(
      '## [Unreleased]\n\n## [1.2.0] - 2026-10-01\n- Import\n\n[Unreleased]: https://github.com/acme/app/compare/1.2.0...HEAD\n[1.2.0]: https://github.com/acme/app/compare/1.1.0...1.2.0\n',
      { prefix: '' }
    )
    const result = await run(branch, { step: 'update-changelog', 'tag-prefix': '' }, '.')
    expect(result.errors).toBe('')
    expect(result.summary).toContain('from 2 commit(s) in `1.2.0..HEAD`')
    expect(result.text).toContain('[1.3.0]: https://github.com/acme/app/compare/1.2.0...1.3.0\n')
  })
})
