/**
 * Bad input refused before anything happens (issue #15, item 6): zero and too-short durations,
 * URLs that are not http(s) or lack their `{key}`, user regexes that match the empty string
 * or backtrack exponentially (ReDoS): by their shape when it shows, else stopped by the time
 * budget every user regex runs under.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { invokeAction } from '../kit/invoker.js'
import { startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'
import { createReleasedRepo } from '../kit/released-project.js'
import { createSeedRepo } from '../kit/seed-project.js'

let repo: ReturnType<typeof createReleasedRepo>
let workspace: string
/** Stands in for GitHub, webhooks and health URLs: any request it gets is a failure of the test. */
let sink: LoopbackServer

beforeAll(async () => {
  repo = createReleasedRepo()
  workspace = repo.sandbox.checkout('ws-release', 'release-v1.3.0')
  sink = await startLoopbackServer((_req, res) => {
    res.writeHead(500)
    res.end()
  })
})
afterAll(async () => {
  await sink.stop()
  repo.sandbox.cleanup()
})

const BASE: Record<string, Record<string, string>> = {
  deploy: { environment: 'staging', run: 'echo deployed > deployed.txt' },
  monitor: {},
  'run-integration': { run: 'true' },
  'update-changelog': {},
  'open-release-pr': {},
  'close-milestone': { version: '1.3.0' },
  notify: {},
  'back-merge': {},
  'bump-version': {},
  'create-tag': {},
  preflight: {}
}

const HUGE = 'x'.repeat(300)
const FORGED = '\n::error::forged\n::set-output name=result::forged'

const CASES: Array<[string, string, string, RegExp]> = [
  ['deploy', 'health-interval', '0', /below its minimum of 100ms/],
  ['deploy', 'health-interval', '1ms', /below its minimum of 100ms/],
  ['deploy', 'health-timeout', '0s', /below its minimum of 1ms/],
  ['deploy', 'timeout', '0', /below its minimum of 1s/],
  ['monitor', 'interval', '1ms', /below its minimum of 100ms/],
  ['monitor', 'duration', '0', /below its minimum/],
  ['monitor', 'probe-timeout', '0ms', /below its minimum/],
  ['run-integration', 'timeout', '0', /below its minimum of 1s/],
  ['update-changelog', 'issue-url', 'https://jira.example.com/browse/', /has no \{key\}/],
  ['update-changelog', 'issue-pattern', '(a+)+$', /repeats a group that itself repeats/],
  ['update-changelog', 'issue-pattern', '(JIRA-\\d+)?', /matches the empty string/],
  ['update-changelog', 'skip-pattern', '.*', /matches the empty string/],
  ['open-release-pr', 'issue-url', 'javascript:alert(1)//{key}', /not an http\(s\) URL/],
  ['open-release-pr', 'issue-pattern', '([A-Z]+-?)*\\d', /repeats a group/],
  ['close-milestone', 'issue-pattern', '\\w*', /matches the empty string/],
  ['notify', 'release-url', 'javascript:alert(document.domain)', /not an http\(s\) URL/],
  // Inputs this run would not use (no conflict, no Jira, no App, no rollback, no signing):
  // checked when the action starts all the same, so a wrong value is never silently ignored.
  ['back-merge', 'labels', `back-merge,${'l'.repeat(51)}`, /no label: .*at most 50/],
  ['open-release-pr', 'labels', HUGE, /no label/],
  ['open-release-pr', 'reviewers', 'octocat, not a user!', /no GitHub user or team/],
  ['open-release-pr', 'reviewers', 'acme/team/extra', /no GitHub user or team/],
  ['open-release-pr', 'title', `Release {version}${FORGED}`, /no pull request title/],
  ['open-release-pr', 'milestone', HUGE, /no milestone title/],
  ['open-release-pr', 'main-branch', `main-${HUGE}`, /longer than the 255 bytes/],
  ['close-milestone', 'jira-project', 'not a key', /no Jira project key/],
  ['close-milestone', 'jira-api-version', '4', /must be one of 'auto', '2', '3'/],
  ['close-milestone', 'jira-user', `bot${FORGED}`, /no Jira user/],
  ['close-milestone', 'transition', `Done${FORGED}`, /no Jira transition name/],
  ['close-milestone', 'production-environment', HUGE, /no environment name/],
  ['deploy', 'environment', `staging${FORGED}`, /no environment name/],
  ['deploy', 'version', '--upload-pack=touch pwned', /no version: .*not starting with `-`/],
  ['deploy', 'ref', '--upload-pack=touch pwned', /not a git revision/],
  ['deploy', 'develop-branch', 'dev elop', /not a valid branch name/],
  ['deploy', 'tag-prefix', 'v*', /cannot start a tag name/],
  ['monitor', 'environment', HUGE, /no environment name/],
  ['monitor', 'tag-prefix', 'v v', /cannot start a tag name/],
  ['monitor', 'develop-branch', '-develop', /starts with `-`/],
  ['notify', 'production-environment', `production${FORGED}`, /no environment name/],
  ['run-integration', 'version', '-rf', /no version/],
  ['create-tag', 'gpg-private-key', 'not a key at all', /not an ASCII-armored GPG private key/],
  ['update-changelog', 'path', `docs/${HUGE}.md`, /longer than the 255 bytes a file name/],
  ['update-changelog', 'path', 'CHANGELOG\n.md', /line break or another control character/],
  ['preflight', 'changelog-path', `${HUGE}.md`, /longer than the 255 bytes/],
  ['bump-version', 'app-installation', 'acme', /no installation ID/],
  ['deploy', 'app-installation', `1${FORGED}`, /no installation ID/]
]

/** A value as a test's name shows it: a long one cut. */
const named = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 24)}… (${value.length} characters)` : value)

test.each(
  CASES.map(([action, input, value, why]) => [action, input, named(value), value, why] as const)
)('%s: %s %s is refused naming it, nothing done', async (action, input, _name, value, why) => {
  const hits = sink.hits.length
  const inputs: Record<string, string> = { ...BASE[action], [input]: value }
  if (action === 'monitor') inputs.urls = `${sink.url}/health`
  if (action === 'notify') inputs['webhook-url'] = `${sink.url}/services/T0/B0/secret-path-x`
  const run = await invokeAction({
    action,
    workspace,
    ref: 'refs/heads/release-v1.3.0',
    sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: sink.url,
    inputs
  })
  expect(run.exitCode).toBe(1)
  expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
  expect(run.errors).toMatch(new RegExp(`Input ['\`]${input}['\`]`))
  expect(run.errors).toMatch(why)
  expect(sink.hits.length).toBe(hits)
  expect(repo.sandbox.git(workspace, 'status', '--porcelain')).toBe('')
})

test('app-installation alone is checked, then named unused in a warning: the run goes on with its token', async () => {
  const run = await invokeAction({
    action: 'update-changelog',
    workspace,
    ref: 'refs/heads/release-v1.3.0',
    sha: repo.sandbox.git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: sink.url,
    inputs: { 'dry-run': 'true', 'app-installation': '12345678' }
  })
  expect(run.errors).toBe('')
  expect(run.exitCode).toBe(0)
  expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
    "Input 'app-installation' is set but 'app-id' and 'app-private-key' are not: the action uses 'token', and the installation is not used."
  ])
})

test('an issue-pattern that would backtrack catastrophically runs on the linear-time engine: the changelog is written', async () => {
  const seed = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  try {
    const { sandbox, dev } = seed
    sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
    sandbox.commit(dev, `Fix: ${'a'.repeat(40)}! (#7)`, { 'mypkg/a.py': 'A = 1\n' })
    sandbox.push(dev, 'release-v1.3.0')
    const ws = sandbox.checkout('ws-linear', 'release-v1.3.0')
    const run = await invokeAction({
      action: 'update-changelog',
      workspace: ws,
      ref: 'refs/heads/release-v1.3.0',
      sha: sandbox.git(ws, 'rev-parse', 'HEAD'),
      apiUrl: sink.url,
      inputs: {
        'issue-pattern': '(a|a)+$',
        'issue-url': 'https://jira.example.com/browse/{key}',
        version: '1.3.0'
      }
    })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(sandbox.show('release-v1.3.0', 'CHANGELOG.md')).toContain(
      `- A${'a'.repeat(39)}! ([#7](https://github.com/acme/app/pull/7))`
    )
  } finally {
    seed.sandbox.cleanup()
  }
})

test('an issue-pattern that backtracks catastrophically without a nested repetition is stopped by its budget, nothing written', async () => {
  const seed = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  try {
    const { sandbox, dev } = seed
    sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
    // A near miss for (a|a)+\1$: 2^40 ways to split the a's, none followed by the end. The
    // backreference keeps it off V8's linear-time engine, so its budget is what stops it.
    sandbox.commit(dev, `Fix: ${'a'.repeat(40)}!`, { 'mypkg/a.py': 'A = 1\n' })
    sandbox.push(dev, 'release-v1.3.0')
    const ws = sandbox.checkout('ws-redos', 'release-v1.3.0')
    const refs = sandbox.git(sandbox.origin, 'for-each-ref')
    const run = await invokeAction({
      action: 'update-changelog',
      workspace: ws,
      ref: 'refs/heads/release-v1.3.0',
      sha: sandbox.git(ws, 'rev-parse', 'HEAD'),
      apiUrl: sink.url,
      inputs: {
        'issue-pattern': '(a|a)+\\1$',
        'issue-url': 'https://jira.example.com/browse/{key}',
        version: '1.3.0'
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toMatch(
      /Input 'issue-pattern' has '\(a\|a\)\+\\1\$', which took more than 3 s to match .*backtracks catastrophically/
    )
    expect(sandbox.git(sandbox.origin, 'for-each-ref')).toBe(refs)
    expect(sandbox.git(ws, 'status', '--porcelain')).toBe('')
  } finally {
    seed.sandbox.cleanup()
  }
})
