/**
 * The release range from an actions/checkout clone (depth 1, no tags) whose HEAD already carries
 * the release's own tag: a rerun after create-tag, or the run on main after the merge. The
 * previous release lies 17, 60 and 1,500 commits back; the section must hold exactly the
 * commits in between, never the whole history and never a truncated range.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { FakeGitHub } from '../kit/github/index.js'
import { seedMilestone } from '../kit/github/issue-objects.js'
import { invokeAction } from '../kit/invoker.js'
import { FakeJira } from '../kit/jira/index.js'
import { kitGitEnv, Sandbox } from '../kit/sandbox.js'

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [1.0.0] - 2026-01-05',
  '### Added',
  '- The first version',
  '',
  '[Unreleased]: https://github.com/acme/app/compare/v1.0.0...HEAD',
  '[1.0.0]: https://github.com/acme/app/releases/tag/v1.0.0',
  ''
].join('\n')

/**
 * Writes `main` with git fast-import (thousands of commits in a blink): 5 commits before v1.0.0,
 * then `since` commits, the last one tagged v1.1.0. The one breaking change sits first after
 * v1.0.0, where a truncated range loses it.
 */
function historyWithGap(sandbox: Sandbox, since: number, keys = false): void {
  const lines: string[] = []
  let mark = 0
  const commit = (subject: string, body = '', files: Record<string, string> = {}): void => {
    mark++
    const message = body ? `${subject}\n\n${body}\n` : `${subject}\n`
    lines.push(
      'commit refs/heads/main',
      `mark :${mark}`,
      `committer Dev Eloper <dev@example.com> ${1767225600 + mark * 60} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message
    )
    if (mark > 1) lines.push(`from :${mark - 1}`)
    const content = { 'counter.txt': `${mark}\n`, ...files }
    for (const [path, text] of Object.entries(content))
      lines.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(text)}`, text)
    lines.push('')
  }
  for (let i = 1; i <= 5; i++)
    commit(
      `fix: old change ${i}${keys ? ` (OLD-${i})` : ''}`,
      '',
      i === 1 ? { 'CHANGELOG.md': CHANGELOG } : {}
    )
  const v100 = mark
  for (let i = 1; i <= since; i++) {
    if (i === 1) commit('feat: rename the config key', 'BREAKING CHANGE: `path` is now `file`.')
    else if (i % 3 === 0) commit(`chore: housekeeping ${i}`)
    else commit(`fix: change ${i}${keys ? ` (APP-${i})` : ''}`)
  }
  const tip = mark
  lines.push(
    'reset refs/tags/v1.0.0',
    `from :${v100}`,
    '',
    'reset refs/tags/v1.1.0',
    `from :${tip}`,
    ''
  )
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: sandbox.origin,
    input: lines.join('\n'),
    env: kitGitEnv(sandbox.home)
  })
}

const sandboxes: Sandbox[] = []
afterAll(() => sandboxes.forEach((s) => s.cleanup()))

describe('update-changelog: the range from a depth-1 checkout whose HEAD carries the release tag', () => {
  test.each([17, 60, 1500])('the previous release %i commits back', async (since) => {
    const sandbox = Sandbox.create()
    sandboxes.push(sandbox)
    historyWithGap(sandbox, since)
    const workspace = sandbox.checkout('ws', 'main')
    const run = await invokeAction({
      action: 'update-changelog',
      workspace,
      ref: 'refs/heads/main',
      sha: sandbox.git(workspace, 'rev-parse', 'HEAD'),
      inputs: { version: '1.1.0', date: '2026-11-23', commit: false }
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('updated')
    const fixes = Array.from({ length: since - 1 }, (_, k) => k + 2).filter((i) => i % 3 !== 0)
    const notes = run.outputs['release-notes']
    expect(notes).toBe(
      [
        '### Added',
        '- **Breaking:** Rename the config key — `path` is now `file`.',
        '',
        '### Fixed',
        ...fixes.map((i) => `- Change ${i}`)
      ].join('\n')
    )
    expect(notes).not.toContain('Old change')
    expect(run.summary).toContain(`from ${since} commit(s) in \`v1.0.0..v1.1.0\``)
    expect(run.summary).not.toContain('First release')
    const text = sandbox.read(workspace, 'CHANGELOG.md')
    expect(text).toContain(
      '[Unreleased]: https://github.com/acme/app/compare/v1.1.0...HEAD\n' +
        '[1.1.0]: https://github.com/acme/app/compare/v1.0.0...v1.1.0\n'
    )
  })

  test('a first release says so, with its count, and reads the whole history', async () => {
    const sandbox = Sandbox.create()
    sandboxes.push(sandbox)
    historyWithGap(sandbox, 40)
    sandbox.git(sandbox.origin, 'tag', '-d', 'v1.0.0')
    const workspace = sandbox.checkout('ws', 'main')
    const run = await invokeAction({
      action: 'update-changelog',
      workspace,
      ref: 'refs/heads/main',
      sha: sandbox.git(workspace, 'rev-parse', 'HEAD'),
      inputs: { version: '1.1.0', date: '2026-11-23', 'dry-run': true }
    })
    expect(run.errors).toBe('')
    expect(run.outputs.result).toBe('dry-run')
    expect(run.stdout).toContain(
      '1.1.0 is a first release: no release tag older than it is reachable from HEAD, so its section reads the whole history (45 commit(s)).'
    )
    expect(run.summary).toContain('**First release:**')
    expect(run.summary).toContain('(45 commits)')
    expect(run.outputs['release-notes']).toContain('- Old change 1')
    expect(run.outputs['release-notes']).toContain('- Change 40')
  })
})

describe('close-milestone from-commits: the same range rule', () => {
  test.each([17, 60])(
    'depth-1 checkout of main with the tag at HEAD, previous release %i commits back',
    async (since) => {
      const sandbox = Sandbox.create()
      sandboxes.push(sandbox)
      historyWithGap(sandbox, since, true)
      const github = await FakeGitHub.start({ bareRepo: sandbox.origin })
      const jira = await FakeJira.start({})
      try {
        seedMilestone(github, { title: '1.1.0' })
        jira.addProject('APP')
        const inRange = Array.from({ length: since - 1 }, (_, k) => k + 2).filter(
          (i) => i % 3 !== 0
        )
        for (const i of inRange) jira.addIssue(`APP-${i}`)
        const workspace = sandbox.checkout('ws', 'main')
        const run = await invokeAction({
          action: 'close-milestone',
          workspace,
          ref: 'refs/heads/main',
          sha: sandbox.git(workspace, 'rev-parse', 'HEAD'),
          apiUrl: github.url,
          inputs: {
            version: '1.1.0',
            'from-commits': true,
            'jira-url': jira.url,
            'jira-user': 'release-bot@acme.test',
            'jira-token': 'jira-api-token',
            'jira-project': 'APP'
          }
        })
        expect(run.errors).toBe('')
        expect(JSON.parse(run.outputs['closed-issues'])).toEqual(
          inRange.reverse().map((i) => `APP-${i}`)
        )
      } finally {
        await github.stop()
        await jira.stop()
      }
    }
  )
})
