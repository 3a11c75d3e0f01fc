/**
 * A generated sweep (issue #15, "Done when"): every input of every action.yml gets the hostile
 * values of its kind (empty, huge, newline plus workflow commands, leading `-`, traversal,
 * symlink out of the checkout, wrong type, zero, negative, ReDoS) and each run is held to what must always be true: one
 * error at most and never a crash, no forged workflow command acted on, no option reaching
 * git, and when the value is refused naming the input, nothing written (origin refs, API
 * state, webhook). `npm test` runs a sample; `npm run test:hostile` runs the whole set (about
 * 1,080 runs of a few seconds each), `RA_HOSTILE_SHARD=k/n` one n-th of it.
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
import { WebhookReceiver } from '../kit/webhooks.js'

/** What each action needs besides the input under test to get as far as its inputs go. */
const BASE: Record<string, Record<string, string>> = {
  'close-milestone': { version: '1.3.0' },
  'create-tag': { version: '1.3.0', 'dry-run': 'true' },
  deploy: { environment: 'staging', run: 'true', 'dry-run': 'true' },
  monitor: { duration: '100ms', interval: '100ms' },
  'run-integration': { run: 'true' },
  'start-release': { 'dry-run': 'true' },
  'open-release-pr': { 'dry-run': 'true' },
  'back-merge': { 'dry-run': 'true' },
  'bump-version': { 'dry-run': 'true' },
  'update-changelog': { 'dry-run': 'true' },
  notify: { 'dry-run': 'true' },
  preflight: {}
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
        cases.push({ action, input, kind, value })
      }
    }
  }
  return cases
}

const ALL = allCases()
const FULL = process.env.RA_HOSTILE_SWEEP === 'full'
/** A spread sample: every k-th case, so each action and kind is visited. */
const SAMPLE_SIZE = 40
/** `RA_HOSTILE_SHARD=2/4` runs the second quarter of the full set: the set split over jobs. */
const SHARD = /^(\d+)\/(\d+)$/.exec(process.env.RA_HOSTILE_SHARD ?? '')
const CASES = !FULL
  ? ALL.filter((_c, i) => i % Math.ceil(ALL.length / SAMPLE_SIZE) === 0)
  : SHARD
    ? ALL.filter((_c, i) => i % Number(SHARD[2]) === Number(SHARD[1]) - 1)
    : ALL
const counts = { refusedNamingInput: 0, accepted: 0, failedOtherwise: 0 }

let repo: ReturnType<typeof createReleasedRepo>
let github: FakeGitHub
let hook: WebhookReceiver
/** What the symlink points at: a directory outside every checkout, watched for writes. */
let outside: string
const OUTSIDE_TEXT = '# outside the checkout\n'

beforeAll(async () => {
  outside = mkdtempSync(join(tmpdir(), 'ra-sweep-outside-'))
  writeFileSync(join(outside, 'CHANGELOG.md'), OUTSIDE_TEXT)
  repo = createReleasedRepo()
  github = await FakeGitHub.start({ bareRepo: repo.sandbox.origin })
  hook = await WebhookReceiver.start()
})
afterAll(async () => {
  // A plain line (not jest's decorated console) so CI logs show the counts as they are.
  process.stdout.write(
    `\nhostile-input sweep: ${CASES.length} of ${ALL.length} runs ` +
      `(${FULL ? (SHARD ? `shard ${SHARD[0]}` : 'full') : 'sample'}): ` +
      `${counts.refusedNamingInput} refused naming the input, ${counts.accepted} accepted, ` +
      `${counts.failedOtherwise} failed for another reason\n`
  )
  await hook.stop()
  await github.stop()
  repo.sandbox.cleanup()
  rmSync(outside, { recursive: true, force: true })
})

test.each(CASES.map((c) => [`${c.action} ${c.input}: ${c.kind}`, c] as const))(
  '%s',
  async (_name, c) => {
    const { sandbox } = repo
    const workspace = sandbox.checkout(
      `ws-${Math.random().toString(36).slice(2)}`,
      'release-v1.3.0'
    )
    if (c.value.startsWith(LINK)) symlinkSync(outside, join(workspace, LINK))
    const inputs: Record<string, string> = { ...BASE[c.action] }
    if (c.action === 'notify' || c.input === 'webhook-url') inputs['webhook-url'] = hook.url
    if (c.action === 'monitor') inputs.urls = `${github.url}/zen`
    inputs[c.input] = c.value
    const refs = sandbox.git(sandbox.origin, 'for-each-ref')
    const requests = github.requests.length
    const posts = hook.posts.length
    const run = await invokeAction({
      action: c.action,
      workspace,
      ref: 'refs/heads/release-v1.3.0',
      sha: sandbox.git(workspace, 'rev-parse', 'HEAD'),
      apiUrl: github.url,
      inputs,
      timeoutMs: 30_000
    })
    const errors = run.annotations.filter((a) => a.level === 'error')
    const namesInput = new RegExp(`Input[s]? ['\`]${c.input}['\`]`).test(run.errors)
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
    if (run.exitCode === 1 && namesInput) {
      expect(sandbox.git(sandbox.origin, 'for-each-ref')).toBe(refs)
      expect(github.requests.slice(requests).filter((r) => r.method !== 'GET')).toEqual([])
      expect(hook.posts.length).toBe(posts)
    }
  }
)
