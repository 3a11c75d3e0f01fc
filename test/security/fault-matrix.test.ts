/**
 * The fault matrix (issue #15, "Done when"): for every GitHub API route an action uses (found
 * by running it once without faults), each fault kind - 500, 502, 429 with retry-after, 403
 * secondary rate limit, the connection dropped before the server saw the request, dropped
 * after it applied it - hits that route once, and the action is run twice. Held each time:
 * the effects are those of a run without faults (API state and origin refs: nothing twice,
 * nothing missing), the results are the same (or the first run ended in one clear error and
 * the second finished the work), and no run fails "unexpectedly". `npm test` runs a rotating
 * sample (the day picks it; RA_FAULT_ROTATION=n pins it); `npm run test:faults` the whole set.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { seedIssue, seedMilestone } from '../kit/github/issue-objects.js'
import { DropProxy } from '../kit/drop-proxy.js'
import { invokeAction, type InvokeResult } from '../kit/invoker.js'
import { WebhookReceiver } from '../kit/webhooks.js'
import { Fixtures, type Fixture } from '../actions/create-tag-fixture.js'
import { callApi } from '../kit/github/api-client.js'
import { seedDeployment } from '../kit/github/deployment-objects.js'
import { FakeGitHub } from '../kit/github/server.js'
import { startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'
import { createReleasedRepo } from '../kit/released-project.js'

interface Scenario {
  action: string
  /**
   * 'cut': release branch made; 'merged': the release merged into main; 'released': merged,
   * tagged v1.3.0, with the GitHub Releases of 1.2.0 and 1.3.0 and 1.3.0 live in production.
   */
  template: 'cut' | 'merged' | 'released'
  branch: string
  /** `$SICK` in a value is the URL of a service that answers 503. */
  inputs: Record<string, string>
  /** Runs in an empty directory (no checkout), as `via: api` allows. */
  noCheckout?: boolean
  prepare?: (f: Fixture) => void | Promise<void>
  webhook?: boolean
  /** The run without faults fails by design (monitor finding a regression): its exit code. */
  exitCode?: number
  /** The action calls no GitHub API: the matrix asserts that it sent no request at all. */
  noRoutes?: boolean
}

const P = '/repos/acme/app'

/** GitHub after create-tag and deploy: releases v1.2.0 and v1.3.0 (Latest), 1.3.0 live. */
async function releasedBooks(f: Fixture): Promise<void> {
  for (const [tag, body] of [
    ['v1.2.0', '### Added\n- Initial release'],
    ['v1.3.0', '### Added\n- New feature X (JIRA-1234)']
  ]) {
    await callApi(f.server, 'POST', `${P}/releases`, { tag_name: tag, name: tag.slice(1), body })
  }
  await seedDeployment(f.server, {
    version: '1.2.0',
    task: 'deploy',
    states: ['success', 'inactive']
  })
  await seedDeployment(f.server, { version: '1.3.0', task: 'deploy', states: ['success'] })
  f.server.requests.length = 0
}

const SCENARIOS: Scenario[] = [
  { action: 'create-tag', template: 'merged', branch: 'main', inputs: {} },
  {
    action: 'create-tag',
    template: 'merged',
    branch: 'main',
    inputs: { via: 'api', version: '1.3.0' },
    noCheckout: true
  },
  {
    action: 'open-release-pr',
    template: 'cut',
    branch: 'release-v1.3.0',
    inputs: { labels: 'release' },
    prepare: (f) => void seedMilestone(f.server, { title: '1.3.0' })
  },
  {
    action: 'close-milestone',
    template: 'merged',
    branch: 'main',
    inputs: { version: '1.3.0', 'carry-over': '1.4.0' },
    prepare: (f) => {
      const milestone = seedMilestone(f.server, { title: '1.3.0' })
      seedIssue(f.server, { title: 'Feature X', milestone: milestone.number, state: 'closed' })
      seedIssue(f.server, { title: 'Polish Y', milestone: milestone.number })
    }
  },
  {
    action: 'deploy',
    template: 'merged',
    branch: 'main',
    inputs: { environment: 'staging', run: 'true', version: '1.3.0' }
  },
  {
    action: 'back-merge',
    template: 'merged',
    branch: 'main',
    inputs: { 'commit-via': 'api' }
  },
  {
    action: 'bump-version',
    template: 'cut',
    branch: 'release-v1.3.0',
    inputs: { 'commit-via': 'api' }
  },
  {
    action: 'update-changelog',
    template: 'cut',
    branch: 'release-v1.3.0',
    inputs: { 'commit-via': 'api' }
  },
  {
    // A hotfix from v1.2.0 (release-v1.3.0 is merged but not yet tagged), with its milestone.
    action: 'start-release',
    template: 'merged',
    branch: 'main',
    inputs: { hotfix: 'true', 'create-milestone': 'true' }
  },
  {
    action: 'notify',
    template: 'merged',
    branch: 'main',
    inputs: { version: '1.3.0' },
    webhook: true
  },
  {
    // A regression found: the rollback runs, then is recorded on the deployment, the GitHub
    // Release (a rolled-back note, Latest moved back) and develop's CHANGELOG ([YANKED]).
    action: 'monitor',
    template: 'released',
    branch: 'main',
    inputs: {
      urls: '$SICK/healthz',
      duration: '100ms',
      interval: '100ms',
      'fail-fast': 'true',
      environment: 'production',
      rollback: 'true',
      'commit-via': 'api'
    },
    prepare: releasedBooks,
    exitCode: 1
  },
  {
    action: 'preflight',
    template: 'cut',
    branch: 'release-v1.3.0',
    inputs: {}
  },
  {
    action: 'run-integration',
    template: 'released',
    branch: 'main',
    inputs: { run: 'true', version: '1.3.0' },
    noRoutes: true
  }
]

type FaultKind = '500' | '502' | '429' | '403 secondary' | 'drop before' | 'drop after'
const FAULTS: FaultKind[] = ['500', '502', '429', '403 secondary', 'drop before', 'drop after']

const FULL = process.env.RA_FAULT_MATRIX === 'full'
/** Cases per scenario in the sample: every stride-th, starting at the rotation. */
const SAMPLE_PER_SCENARIO = 1
const ROTATION = Number(process.env.RA_FAULT_ROTATION ?? Math.floor(Date.now() / 86_400_000))
const counts = {
  cases: 0,
  of: 0,
  recovered: 0,
  clearErrorThenDone: 0,
  notReached: 0,
  noRoutes: [] as string[]
}
/** The cases that ended in one clear error (then finished by the rerun), with the error. */
const clearErrors: string[] = []

const fixtures = new Fixtures()
/** Fixtures of the 'released' template, which Fixtures does not make. */
const released: Fixture[] = []
/** A service that is down, for monitor to find. */
let sick: LoopbackServer
beforeAll(async () => {
  fixtures.setup()
  sick = await startLoopbackServer((_req, res) => {
    res.writeHead(503, { 'content-type': 'text/plain' })
    res.end('unavailable')
  })
})
afterAll(async () => {
  await sick.stop()
  console.log(
    `fault matrix (${FULL ? 'full' : `sample, rotation ${ROTATION}`}): ${counts.cases} of ` +
      `${counts.of} route x fault cases, each run twice: ${counts.recovered} recovered in the ` +
      `first run, ${counts.clearErrorThenDone} ended in one clear error and the rerun finished, ` +
      `${counts.notReached} faults not reached` +
      (counts.noRoutes.length ? `; no GitHub route to fault: ${counts.noRoutes.join(', ')}` : '') +
      clearErrors.map((e) => `\n  clear error: ${e}`).join('')
  )
  fixtures.cleanupAll()
})

interface World {
  f: Fixture
  proxy: DropProxy
  hook?: WebhookReceiver
}

async function copyTemplate(template: Scenario['template']): Promise<Fixture> {
  if (template !== 'released') return fixtures.copy(template)
  const { sandbox, dev } = createReleasedRepo()
  const server = await FakeGitHub.start({ bareRepo: sandbox.origin, owner: 'acme', repo: 'app' })
  const f = { sandbox, dev, server }
  released.push(f)
  return f
}

async function world(scenario: Scenario): Promise<World> {
  const f = await copyTemplate(scenario.template)
  await scenario.prepare?.(f)
  const proxy = await DropProxy.start(f.server.url)
  const hook = scenario.webhook ? await WebhookReceiver.start() : undefined
  return { f, proxy, hook }
}

async function endWorld(w: World): Promise<void> {
  await w.hook?.stop()
  await w.proxy.stop()
  await fixtures.cleanupEach()
  while (released.length) {
    const f = released.pop()!
    await f.server.stop()
    f.sandbox.cleanup()
  }
}

/** One run as a new job would make it: a fresh checkout (or none), through the proxy. */
function runOnce(scenario: Scenario, w: World): Promise<InvokeResult> {
  const { sandbox } = w.f
  const name = `ws-${Math.random().toString(36).slice(2)}`
  const workspace = scenario.noCheckout
    ? mkdtempSync(join(sandbox.root, name))
    : sandbox.checkout(name, scenario.branch)
  const inputs = Object.fromEntries(
    Object.entries(scenario.inputs).map(([k, v]) => [k, v.replaceAll('$SICK', sick.url)])
  )
  if (w.hook) inputs['webhook-url'] = w.hook.url
  return invokeAction({
    action: scenario.action,
    workspace,
    ref: `refs/heads/${scenario.branch}`,
    sha: sandbox.remoteSha(`refs/heads/${scenario.branch}`)!,
    apiUrl: w.proxy.url,
    inputs,
    timeoutMs: 60_000
  })
}

/** What a user could check afterwards: API state and origin refs, without ids and times. */
function effects(w: World): unknown {
  const { state } = w.f.server
  const { sandbox } = w.f
  const refs = sandbox
    .git(sandbox.origin, 'for-each-ref', '--format=%(refname) %(objectname) %(*objectname)')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
  const history = historyLengths(sandbox.git(sandbox.origin, 'log', '--all', '--format=%H %P'))
  return {
    releases: state.releases.map((r) => [r.tag_name, r.draft, r.prerelease, r.name, r.body]),
    latest: state.releases.find((r) => r.id === state.latestReleaseId)?.tag_name,
    deployments: state.deployments.map((d) => [
      d.environment,
      d.ref,
      (state.deploymentStatuses.get(d.id) ?? []).map((s) => s.state)
    ]),
    milestones: state.milestones.map((m) => [m.title, m.state]),
    pulls: state.pulls.map((p) => [
      p.head.ref,
      p.base.ref,
      p.state,
      p.title,
      p.labels.map((l) => l.name),
      p.milestone?.title
    ]),
    issues: state.issues.map((i) => [i.title, i.state, i.milestone?.title]),
    comments: state.issueComments.length,
    // Names and history lengths: a merge or commit made twice shows as one more commit.
    refs: refs.map(
      ([ref = '', sha = '', peeled]) =>
        // notify's record is named with a hash of the webhook URL, which differs per world.
        `${ref.replace(/-[0-9a-f]{16}$/, '-<hash>')} ${history(peeled || sha)}`
    ),
    posts: w.hook?.posts.length ?? 0
  }
}

/**
 * `git rev-list --count <commit>` for every commit of `git log --all --format='%H %P'`, from that
 * one listing: how many commits each ref's history holds, without a git process per ref.
 */
function historyLengths(log: string): (commit: string) => number {
  const parents = new Map<string, string[]>()
  for (const line of log.split('\n').filter(Boolean)) {
    const [commit = '', ...rest] = line.split(' ')
    parents.set(commit, rest)
  }
  return (commit) => {
    if (!parents.has(commit)) throw new Error(`fault matrix: ${commit} is not a commit on origin`)
    const seen = new Set<string>()
    const todo = [commit]
    while (todo.length) {
      const next = todo.pop()!
      if (seen.has(next)) continue
      seen.add(next)
      todo.push(...(parents.get(next) ?? []))
    }
    return seen.size
  }
}

/**
 * The route of a recorded path, as a pattern: object ids that differ from world to world (a
 * tag object's sha, which holds the tagger's time; notify's record, named with a hash of the
 * webhook URL) match any hex.
 */
function routeOf(path: string): RegExp {
  const pattern = path
    .split(/[0-9a-f]{16,40}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[0-9a-f]+')
  return new RegExp(`^${pattern}$`)
}

function arm(w: World, method: string, path: string, fault: FaultKind): void {
  const match = { method, path: routeOf(path) }
  if (fault === 'drop before') w.proxy.drop(match, 'before')
  else if (fault === 'drop after') w.proxy.drop(match, 'after')
  else if (fault === '429') {
    w.f.server.fault(match, { status: 429, headers: { 'retry-after': '1' } })
  } else if (fault === '403 secondary') {
    w.f.server.fault(match, {
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
      }
    })
  } else w.f.server.fault(match, { status: Number(fault) })
}

/** What went wrong with one run, or nothing; `clear` when it failed with one clear error. */
function runProblems(run: InvokeResult): string[] {
  const problems: string[] = []
  const errors = run.annotations.filter((a) => a.level === 'error')
  if (![0, 1].includes(run.exitCode ?? -1)) problems.push(`exit code ${run.exitCode}`)
  if (errors.length > 1) problems.push(`${errors.length} errors: ${run.errors}`)
  if (/unexpectedly/.test(run.errors)) problems.push(`an unexpected failure: ${run.errors}`)
  if (run.exitCode === 1 && errors.length === 0) problems.push('failed without an error')
  return problems
}

function sample<T>(cases: T[]): T[] {
  if (FULL) return cases
  const stride = Math.max(1, Math.ceil(cases.length / SAMPLE_PER_SCENARIO))
  const offset = ROTATION % stride
  return cases.filter((_c, i) => i % stride === offset)
}

describe('fault matrix: every route x fault, run twice, effects exactly once', () => {
  test.each(SCENARIOS.map((s) => [`${s.action} ${JSON.stringify(s.inputs)}`, s] as const))(
    '%s',
    async (_name, scenario) => {
      // The run without faults: its routes, results and effects are the reference.
      const clean = await world(scenario)
      const exitCode = scenario.exitCode ?? 0
      let reference: {
        results: string[]
        errors: string[]
        effects: unknown
        routes: Array<[string, string]>
      }
      try {
        const first = await runOnce(scenario, clean)
        const second = await runOnce(scenario, clean)
        expect([first.exitCode, second.exitCode]).toEqual([exitCode, exitCode])
        if (exitCode === 0) expect([first.errors, second.errors]).toEqual(['', ''])
        else expect([runProblems(first), runProblems(second)]).toEqual([[], []])
        const seen = new Map<string, [string, string]>()
        for (const r of clean.f.server.requests)
          seen.set(`${r.method} ${routeOf(r.path).source}`, [r.method, r.path])
        reference = {
          results: [first.outputs.result ?? '', second.outputs.result ?? ''],
          errors: [first.errors, second.errors],
          effects: effects(clean),
          routes: [...seen.values()]
        }
      } finally {
        await endWorld(clean)
      }
      if (scenario.noRoutes) {
        // Nothing to fault: the action sent no request to the GitHub API, as its action.yml says.
        expect(reference.routes).toEqual([])
        counts.noRoutes.push(scenario.action)
        return
      }
      expect(reference.routes.length).toBeGreaterThan(0)
      const all = reference.routes.flatMap(([method, path]) =>
        FAULTS.map((fault) => ({ method, path, fault }))
      )
      const cases = sample(all)
      counts.of += all.length
      const violations: string[] = []
      for (const c of cases) {
        counts.cases++
        const label = `${c.fault} on ${c.method} ${c.path}`
        const w = await world(scenario)
        try {
          arm(w, c.method, c.path, c.fault)
          const first = await runOnce(scenario, w)
          const second = await runOnce(scenario, w)
          if (w.proxy.pending + w.f.server.pendingFaults > 0) {
            counts.notReached++
            violations.push(`${label}: the fault was never reached`)
            continue
          }
          const problems = [
            ...runProblems(first).map((p) => `first run: ${p}`),
            ...runProblems(second).map((p) => `rerun: ${p}`)
          ]
          if (second.exitCode !== exitCode) {
            problems.push(`the rerun ended ${second.exitCode}: ${second.errors}`)
          }
          const results = [first.outputs.result ?? '', second.outputs.result ?? '']
          if (first.exitCode === exitCode && first.errors === reference.errors[0]) {
            if (results.join() !== reference.results.join()) {
              problems.push(`results ${results.join(', ')}, not ${reference.results.join(', ')}`)
            }
            counts.recovered++
          } else if (!reference.results.includes(results[1])) {
            problems.push(`rerun result ${results[1]} after '${first.errors}'`)
          } else {
            counts.clearErrorThenDone++
            clearErrors.push(`${scenario.action}, ${label}: ${first.errors}`)
          }
          const got = JSON.stringify(effects(w))
          if (got !== JSON.stringify(reference.effects)) {
            problems.push(`effects ${got}, not ${JSON.stringify(reference.effects)}`)
          }
          violations.push(...problems.map((p) => `${label}: ${p}`))
        } finally {
          await endWorld(w)
        }
      }
      expect(violations).toEqual([])
    },
    FULL ? 3_600_000 : 300_000
  )
})
