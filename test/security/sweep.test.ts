/**
 * A generated sweep (issue #15, "Done when"): every input of every action.yml gets the hostile
 * values of its kind (empty, huge, newline plus workflow commands, leading `-`, traversal,
 * symlink out of the checkout, wrong type, zero, negative, ReDoS). Each action has a base
 * fixture on which it succeeds with every other input at its default (proved once per action),
 * so each value is judged on its own: the run is refused with one error naming the input, or it
 * succeeds; either way no crash, no forged workflow command acted on, no option reaching git,
 * nothing written (origin refs, API writes, webhook, worktree, the target of a symlink).
 * `npm test` runs two cases of every action, rotating from run to run; `npm run test:hostile`
 * the whole set (about 1,100 runs of a second or two each), `RA_HOSTILE_SHARD=k/n` one n-th of it.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub } from '../kit/github/server.js'
import { invokeAction, readActionMetadata, REPO_ROOT } from '../kit/invoker.js'
import { createReleasedRepo } from '../kit/released-project.js'
import { startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'
import { WebhookReceiver } from '../kit/webhooks.js'

/**
 * Each action's base run: the inputs and the branch on which it succeeds with every other input
 * at its default (proved once per action below), so that a hostile value is judged on its own:
 * refused naming the input, or accepted without writing anything it should not. Runs that could
 * write keep `dry-run`, so an accepted value leaves the shared fixture as it was.
 */
interface Base {
  /** 'released': v1.3.0 released and nothing started since (start-release's world). */
  world?: 'released'
  branch: string
  inputs: Record<string, string>
}
const RELEASED: Base['branch'] = 'release-v1.3.0'
/** Cut from main after v1.3.0, versions bumped and changelog written: ready to tag. */
const NEXT = 'release-v1.4.0'
const BASE: Record<string, Base> = {
  'back-merge': { branch: RELEASED, inputs: { 'dry-run': 'true' } },
  'bump-version': { branch: NEXT, inputs: { 'dry-run': 'true' } },
  'close-milestone': { branch: RELEASED, inputs: { version: '1.3.0', 'dry-run': 'true' } },
  'create-tag': { branch: NEXT, inputs: { 'dry-run': 'true' } },
  deploy: { branch: RELEASED, inputs: { environment: 'staging', run: 'true', 'dry-run': 'true' } },
  // `urls` is the health server's address (per run, below).
  monitor: { branch: RELEASED, inputs: { duration: '100ms', interval: '100ms' } },
  notify: { branch: RELEASED, inputs: { 'dry-run': 'true' } },
  'open-release-pr': { branch: NEXT, inputs: { 'dry-run': 'true' } },
  preflight: { branch: NEXT, inputs: {} },
  'run-integration': { branch: RELEASED, inputs: { run: 'true' } },
  'start-release': { world: 'released', branch: 'develop', inputs: { 'dry-run': 'true' } },
  'update-changelog': { branch: NEXT, inputs: { 'dry-run': 'true' } }
}

const MARKER = 'ra-sweep-pwned'
const HUGE = '1'.repeat(10_000)
/** A path in the checkout that is a symlink to a directory outside it (made per run). */
const LINK = 'ra-sweep-link'

/** The hostile values for an input, by what its name and default say it holds. */
function hostileValues(name: string, defaultValue: unknown): Array<[string, string]> {
  const values: Array<[string, string]> = [
    ['empty', ''],
    ['huge', HUGE],
    [
      'newline + workflow commands',
      '1.3.0\n::error::forged\n::add-mask::forged\n::set-output name=result::forged'
    ],
    ['leading -', `--upload-pack=touch ${MARKER}`]
  ]
  if (/timeout|interval|duration/.test(name)) {
    values.push(['zero', '0'], ['negative', '-5s'], ['wrong type', '10x'])
  } else if (/retries|max-latency-ms/.test(name)) {
    values.push(['zero', '0'], ['negative', '-1'], ['wrong type', 'many'])
  } else if (/max-error-rate|max-value/.test(name)) {
    values.push(['negative', '-1'], ['wrong type', 'lots'])
  } else if (
    defaultValue === true ||
    defaultValue === false ||
    /^(true|false)$/.test(String(defaultValue))
  ) {
    values.push(['wrong type', 'maybe'])
  }
  if (/url/.test(name)) values.push(['javascript: URL', 'javascript:alert(1)'])
  if (/path|directory|^files$|junit/.test(name)) {
    values.push(
      ['traversal', '../../outside'],
      ['absolute outside', '/etc/passwd'],
      ['symlink out of the checkout', `${LINK}/CHANGELOG.md`]
    )
  }
  if (/pattern/.test(name)) values.push(['ReDoS', '(a+)+$'])
  return values
}

interface Case {
  action: string
  input: string
  kind: string
  value: string
}

function allCases(): Case[] {
  const cases: Case[] = []
  const actions = readdirSync(join(REPO_ROOT, 'actions')).sort()
  for (const action of actions) {
    const inputs = readActionMetadata(action).inputs ?? {}
    for (const [input, spec] of Object.entries(inputs)) {
      if (input === 'token' || input === 'github-token') continue
      for (const [kind, value] of hostileValues(input, spec.default)) {
        // Empty is the 10-minute default window: right, and too long for a test.
        if (action === 'monitor' && input === 'duration' && kind === 'empty') continue
        // Empty is the default, a real run: it would write to the world the sweep shares.
        if (input === 'dry-run' && kind === 'empty') continue
        cases.push({ action, input, kind, value })
      }
    }
  }
  return cases
}

const ALL = allCases()
const FULL = process.env.RA_HOSTILE_SWEEP === 'full'
/**
 * The sample `npm test` runs: a few cases of every action, rotating from run to run (CI's run
 * number, else the day) so that over a few runs every case is visited. `RA_HOSTILE_SEED=n`
 * repeats a given rotation; the count line names the one used.
 */
const PER_ACTION = 2
const SEED = Number(
  process.env.RA_HOSTILE_SEED ??
    process.env.GITHUB_RUN_NUMBER ??
    Math.floor(Date.now() / 86_400_000)
)
function sample(): Case[] {
  const byAction = new Map<string, Case[]>()
  for (const c of ALL) byAction.set(c.action, [...(byAction.get(c.action) ?? []), c])
  const picked: Case[] = []
  for (const cases of byAction.values()) {
    // Spread over the action's inputs: PER_ACTION cases evenly apart, shifted by the seed.
    const step = Math.ceil(cases.length / PER_ACTION)
    for (let k = 0; k < PER_ACTION && k < cases.length; k++) {
      picked.push(cases[(SEED + k * step) % cases.length])
    }
  }
  return picked
}
/** `RA_HOSTILE_SHARD=2/4` runs the second quarter of the full set: the set split over jobs. */
const SHARD = /^(\d+)\/(\d+)$/.exec(process.env.RA_HOSTILE_SHARD ?? '')
const CASES = !FULL
  ? sample()
  : SHARD
    ? ALL.filter((_c, i) => i % Number(SHARD[2]) === Number(SHARD[1]) - 1)
    : ALL
const counts = { refusedNamingInput: 0, accepted: 0, failedOtherwise: 0 }

interface World {
  repo: ReturnType<typeof createReleasedRepo>
  github: FakeGitHub
}
/** v1.3.0 released, release-v1.4.0 ready to tag: most actions' world. */
let next: World
/** v1.3.0 released and nothing started since: where a release can be started. */
let released: World
const worldOf = (action: string): World => (BASE[action].world === 'released' ? released : next)
let hook: WebhookReceiver
/** What monitor watches: a service that is up. */
let health: LoopbackServer
/** What the symlink points at: a directory outside every checkout, watched for writes. */
let outside: string
const OUTSIDE_TEXT = '# outside the checkout\n'

beforeAll(async () => {
  outside = mkdtempSync(join(tmpdir(), 'ra-sweep-outside-'))
  writeFileSync(join(outside, 'CHANGELOG.md'), OUTSIDE_TEXT)
  const repo = createReleasedRepo()
  // The next release, ready to tag: what create-tag, bump-version and the PR start from.
  const { sandbox, dev } = repo
  sandbox.git(dev, 'checkout', '--quiet', '-b', NEXT, 'main')
  sandbox.commit(dev, 'Add: Export to CSV (JIRA-1300)', { 'mypkg/export.py': 'FORMAT = "csv"\n' })
  const changelog = sandbox.read(dev, 'CHANGELOG.md')
  sandbox.commit(dev, 'Release 1.4.0', {
    'setup.py': sandbox.read(dev, 'setup.py').replace(/version="[^"]*"/, 'version="1.4.0"'),
    'mypkg/__init__.py': sandbox
      .read(dev, 'mypkg/__init__.py')
      .replace(/__version__ = "[^"]*"/, '__version__ = "1.4.0"'),
    'CHANGELOG.md': changelog.replace(
      '## [Unreleased]\n\n',
      '## [Unreleased]\n\n## [1.4.0] - 2026-11-02\n### Added\n- Export to CSV (JIRA-1300)\n\n'
    )
  })
  sandbox.push(dev, NEXT)
  next = { repo, github: await FakeGitHub.start({ bareRepo: sandbox.origin }) }
  const plain = createReleasedRepo()
  released = { repo: plain, github: await FakeGitHub.start({ bareRepo: plain.sandbox.origin }) }
  hook = await WebhookReceiver.start()
  health = await startLoopbackServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end('ok')
  })
})
afterAll(async () => {
  // A plain line (not jest's decorated console) so CI logs show the counts as they are.
  process.stdout.write(
    `\nhostile-input sweep: ${CASES.length} of ${ALL.length} runs ` +
      `(${FULL ? (SHARD ? `shard ${SHARD[0]}` : 'full') : `sample, seed ${SEED}`}): ` +
      `${counts.refusedNamingInput} refused naming the input, ${counts.accepted} accepted, ` +
      `${counts.failedOtherwise} failed for another reason\n`
  )
  await hook.stop()
  await health.stop()
  for (const w of [next, released]) {
    await w.github.stop()
    w.repo.sandbox.cleanup()
  }
  rmSync(outside, { recursive: true, force: true })
})

/** A request that changes API state (GraphQL queries are reads). */
function isWrite(r: { method: string; path: string; body: unknown }): boolean {
  if (r.method === 'GET' || r.method === 'HEAD') return false
  const query = (r.body as { query?: unknown } | undefined)?.query
  return !(r.path === '/graphql' && typeof query === 'string' && !/^\s*mutation/.test(query))
}

/** One run of `action` on its base fixture, with `input` (if any) set to `value`. */
async function runOnBase(action: string, input?: string, value?: string) {
  const { repo, github } = worldOf(action)
  const { sandbox } = repo
  const base = BASE[action]
  const workspace = sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, base.branch)
  if (value?.startsWith(LINK)) symlinkSync(outside, join(workspace, LINK))
  const inputs: Record<string, string> = { ...base.inputs }
  if (action === 'notify' || input === 'webhook-url') inputs['webhook-url'] = hook.url
  if (action === 'monitor') inputs.urls = `${health.url}/healthz`
  if (input !== undefined && value !== undefined) inputs[input] = value
  const run = await invokeAction({
    action,
    workspace,
    ref: `refs/heads/${base.branch}`,
    sha: sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: github.url,
    inputs,
    timeoutMs: 30_000
  })
  return { run, workspace }
}

test.each(Object.keys(BASE))('%s succeeds on its base fixture', async (action) => {
  const { repo, github } = worldOf(action)
  const { sandbox } = repo
  const refs = sandbox.git(sandbox.origin, 'for-each-ref')
  const requests = github.requests.length
  const { run } = await runOnBase(action)
  expect(run.errors).toBe('')
  expect(run.exitCode).toBe(0)
  expect(sandbox.git(sandbox.origin, 'for-each-ref')).toBe(refs)
  expect(github.requests.slice(requests).filter(isWrite)).toEqual([])
})

test('every action has a base fixture', () => {
  expect(Object.keys(BASE).sort()).toEqual(readdirSync(join(REPO_ROOT, 'actions')).sort())
})

test.each(CASES.map((c) => [`${c.action} ${c.input}: ${c.kind}`, c] as const))(
  '%s',
  async (_name, c) => {
    const { repo, github } = worldOf(c.action)
    const { sandbox } = repo
    const refs = sandbox.git(sandbox.origin, 'for-each-ref')
    const requests = github.requests.length
    const posts = hook.posts.length
    const { run, workspace } = await runOnBase(c.action, c.input, c.value)
    const errors = run.annotations.filter((a) => a.level === 'error')
    // "Input 'x' ...", "(input 'run')" or, for inputs that go together, "Inputs 'a' and 'x' ...".
    const namesInput = new RegExp(
      `[Ii]nputs? (['\`][\\w-]+['\`](, | and | or ))*['\`]${c.input}['\`]`
    ).test(run.errors)
    // A long run (the full set) can be followed case by case: RA_HOSTILE_LOG names a file.
    if (process.env.RA_HOSTILE_LOG) {
      const verdict = run.exitCode === 0 ? 'accepted' : namesInput ? 'refused' : 'failed'
      appendFileSync(
        process.env.RA_HOSTILE_LOG,
        `${c.action} ${c.input} ${c.kind}: ${verdict} (exit ${run.exitCode}) ${run.errors.slice(0, 200).replace(/\n/g, ' ')}\n`
      )
    }
    expect([0, 1]).toContain(run.exitCode)
    expect(errors.length).toBeLessThanOrEqual(1)
    expect(run.errors).not.toContain('failed unexpectedly')
    // The runner acts on no forged line.
    expect(run.annotations.map((a) => a.message)).not.toContain('forged')
    const masked = run.commands.filter((x) => x.name === 'add-mask').map((x) => x.data)
    expect(masked).not.toContain('forged')
    expect(run.commands.map((x) => x.name)).not.toContain('set-output')
    expect(run.outputs.result ?? '').not.toBe('forged')
    expect(existsSync(join(workspace, MARKER))).toBe(false)
    // Nothing outside the checkout was written through the symlink.
    expect(readdirSync(outside)).toEqual(['CHANGELOG.md'])
    expect(readFileSync(join(outside, 'CHANGELOG.md'), 'utf8')).toBe(OUTSIDE_TEXT)
    if (run.exitCode === 0) counts.accepted++
    else if (namesInput) counts.refusedNamingInput++
    else counts.failedOtherwise++
    // Refused or accepted, the run wrote nothing: every base run that could write is a dry run.
    expect(sandbox.git(sandbox.origin, 'for-each-ref')).toBe(refs)
    expect(github.requests.slice(requests).filter(isWrite)).toEqual([])
    expect(hook.posts.length).toBe(posts)
    const changed = sandbox
      .git(workspace, 'status', '--porcelain', '--untracked-files=all')
      .split('\n')
      .filter((line) => line && !line.endsWith(LINK))
    expect(changed).toEqual([])
    // Judged on its own: a value that fails the run is refused naming the input.
    expect({ exitCode: run.exitCode, namesInput, errors: run.errors }).toEqual(
      expect.objectContaining(run.exitCode === 0 ? { exitCode: 0 } : { namesInput: true })
    )
  }
)
