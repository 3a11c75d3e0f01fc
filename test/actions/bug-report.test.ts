/**
 * A bug (not a user mistake) as a user sees it from the bundle: "failed unexpectedly", and a
 * stack whose frames name the TypeScript file and line at fault, through dist/'s source maps.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../kit/github/index.js'
import { invokeAction, REPO_ROOT } from '../kit/invoker.js'
import { workflowCommands } from '../kit/runner-files.js'
import { createSeedRepo, type SeedRepo } from '../kit/seed-project.js'

let repo: SeedRepo
let github: FakeGitHub

beforeAll(async () => {
  repo = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
})
afterAll(async () => {
  await github.stop()
  repo.sandbox.cleanup()
})

/** The 1-based line of `packages/<file>` that holds `text`. */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(join(REPO_ROOT, 'packages', file), 'utf8').split('\n')
  const index = lines.findIndex((l) => l.includes(text))
  if (index < 0) throw new Error(`${text} is not in packages/${file}`)
  return index + 1
}

describe('an unexpected failure', () => {
  test('says it is a bug and its stack names the .ts line, not the bundle', async () => {
    // A proxy that answers the pull request list with pulls missing their `head`: our code
    // trusts GitHub's shape there, so this is a bug the user would report.
    github.fault(
      { method: 'GET', path: '/repos/acme/app/pulls' },
      { status: 200, body: [{ number: 9, title: 'half a pull' }], times: 4 }
    )
    const run = await invokeAction({
      action: 'open-release-pr',
      workspace: repo.sandbox.checkout('ws-bug', 'release-v1.3.0'),
      ref: 'refs/heads/release-v1.3.0',
      apiUrl: github.url,
      inputs: { 'release-notes': '### Added\n- X' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toMatch(/^open-release-pr failed unexpectedly: .*'ref'/)
    const stack = workflowCommands(run.stdout)
      .filter((c) => c.name === 'debug')
      .map((c) => c.data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
      .find((text) => text.startsWith('TypeError'))
    expect(stack).toBeDefined()
    const frames = (stack ?? '').split('\n').filter((l) => l.trim().startsWith('at '))
    const line = lineOf('github/pulls.ts', 'p.head.ref === head')
    expect(frames[0]).toContain(`${join(REPO_ROOT, 'packages', 'github', 'pulls.ts')}:${line}:`)
    // Every frame of our own code is a .ts file; none is a line of the bundle.
    expect(frames.filter((f) => f.includes('/dist/shared/'))).toEqual([])
    expect(frames.some((f) => f.includes('/actions/open-release-pr/src/'))).toBe(true)
  })
})
