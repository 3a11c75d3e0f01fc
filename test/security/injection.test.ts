/**
 * No input can run a command through git, forge a workflow command in the log, or reach a
 * user's command as the token (issue #15, items 4 and 5).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createOriginFixture, type OriginFixture } from '../kit/github/origin-fixture.js'
import { FakeGitHub } from '../kit/github/server.js'
import { invokeAction } from '../kit/invoker.js'
import { Fixtures, createTag } from '../actions/create-tag-fixture.js'

const FORGED =
  '\n::error::forged\n::add-mask::1.2.0\n::set-output name=result::success\n##[error]legacy'

describe('create-tag: what reaches git', () => {
  const fixtures = new Fixtures()
  beforeAll(() => fixtures.setup())
  afterEach(() => fixtures.cleanupEach())
  afterAll(() => fixtures.cleanupAll())

  test.each([
    ['an option', (marker: string) => `--upload-pack=touch ${marker}`],
    ['an option after blanks', (marker: string) => ` -u touch ${marker}`],
    ['a short SHA', () => 'abc1234'],
    ['a ref name', () => 'HEAD'],
    ['a SHA with a newline and a command', () => `${'a'.repeat(40)}${FORGED}`]
  ])('sha as %s is refused before git runs', async (_shape, value) => {
    const f = await fixtures.copy('merged')
    const marker = join(f.sandbox.root, 'pwned')
    const tagsBefore = f.sandbox.git(f.sandbox.origin, 'tag', '--list')
    const run = await createTag(f, { sha: value(marker) })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toMatch(/^Input 'sha' is '.*which is not a full commit SHA/)
    expect(run.commands.map((c) => c.name)).not.toContain('set-output')
    expect(existsSync(marker)).toBe(false)
    expect(f.sandbox.git(f.sandbox.origin, 'tag', '--list')).toBe(tagsBefore)
    expect(f.server.state.releases).toEqual([])
  })

  test.each([
    ['tag-prefix', 'v v', 'cannot start a tag name'],
    ['tag-prefix', 'v*', 'cannot start a tag name'],
    ['tag-prefix', '-v', 'cannot start a tag name'],
    ['main-branch', '--upload-pack=touch x', 'not a valid branch name'],
    ['main-branch', 'main..develop', 'not a valid branch name']
  ])('%s %j is refused with one error naming it', async (input, value, problem) => {
    const f = await fixtures.copy('merged')
    const run = await createTag(f, { [input]: value })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toContain(`Input '${input}' is `)
    expect(run.errors).toContain(problem)
    expect(f.server.state.releases).toEqual([])
    expect(f.sandbox.remoteSha('refs/tags/v1.3.0')).toBeUndefined()
  })

  test('a 10 kB value is not echoed back whole', async () => {
    const f = await fixtures.copy('merged')
    const run = await createTag(f, { 'tag-prefix': `v ${'x'.repeat(10_000)}` })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain('(10002 characters)')
    expect(run.errors.length).toBeLessThan(400)
  })
})

describe('deploy: what reaches the log and the command', () => {
  let fixture: OriginFixture
  let github: FakeGitHub
  let dir: string
  beforeAll(async () => {
    fixture = await createOriginFixture()
  })
  afterAll(() => fixture.cleanup())
  afterEach(async () => {
    await github.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  async function deploy(inputs: Record<string, string>) {
    github = await FakeGitHub.start({ bareRepo: fixture.bare })
    dir = mkdtempSync(join(tmpdir(), 'ra-injection-'))
    return invokeAction({
      action: 'deploy',
      workspace: fixture.work,
      apiUrl: github.url,
      ref: 'refs/tags/v1.2.0',
      sha: fixture.feature,
      env: { ENV_DUMP: join(dir, 'env') },
      inputs: { environment: 'staging', run: 'env > "$ENV_DUMP"', ...inputs }
    })
  }

  test.each([
    ['version', `1.2.0${FORGED}`],
    ['environment', `staging${FORGED}`]
  ])(
    'a %s holding workflow commands is refused naming it, and the refusal quotes it inert',
    async (input, value) => {
      const run = await deploy({ [input]: value })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.result).toBeUndefined()
      // One error, ours: the forged lines are quoted with their line breaks escaped.
      expect(run.annotations).toHaveLength(1)
      expect(run.errors).toMatch(new RegExp(`^Input '${input}' is '.*\\\\n::error::forged`))
      const masked = run.commands.filter((c) => c.name === 'add-mask').map((c) => c.data)
      expect(masked).not.toContain('1.2.0')
      expect(run.commands.map((c) => c.name)).not.toContain('set-output')
      expect(existsSync(join(dir, 'env'))).toBe(false)
      expect(github.requests).toEqual([])
    }
  )

  test('the deploy command gets no INPUT_* variable: not the token, not any input', async () => {
    const run = await deploy({})
    expect(run.exitCode).toBe(0)
    const env = readFileSync(join(dir, 'env'), 'utf8')
    expect(env).not.toMatch(/^INPUT_/m)
    expect(env).not.toContain('test-token')
    expect(env).toContain('DEPLOY_VERSION=1.2.0')
  })
})
