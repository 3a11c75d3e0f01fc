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
  notify: {}
}

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
  ['notify', 'release-url', 'javascript:alert(document.domain)', /not an http\(s\) URL/]
]

test.each(CASES)(
  '%s: %s %j is refused naming it, nothing done',
  async (action, input, value, why) => {
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
  }
)

test('an issue-pattern that backtracks catastrophically without a nested repetition is stopped by its budget, nothing written', async () => {
  const seed = createSeedRepo({ releaseBranch: 'release-v1.3.0' })
  try {
    const { sandbox, dev } = seed
    sandbox.git(dev, 'checkout', '--quiet', 'release-v1.3.0')
    // A near miss for (a|a)+$: 2^40 ways to split the a's, none followed by the end.
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
        'issue-pattern': '(a|a)+$',
        'issue-url': 'https://jira.example.com/browse/{key}',
        version: '1.3.0'
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.errors).toMatch(
      /Input 'issue-pattern' has '\(a\|a\)\+\$', which took more than 3 s to match .*backtracks catastrophically/
    )
    expect(sandbox.git(sandbox.origin, 'for-each-ref')).toBe(refs)
    expect(sandbox.git(ws, 'status', '--porcelain')).toBe('')
  } finally {
    seed.sandbox.cleanup()
  }
})
