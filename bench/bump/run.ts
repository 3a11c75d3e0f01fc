/**
 * `npm run bench bump`: bump-version with its real commit and push on the seed's project (the
 * release branch release-v1.3.0 of test/kit's seed), as the runner runs it: the dist bundle as a
 * child process, in a fresh copy of origin and a fresh checkout each run (a depth-1 checkout,
 * actions/checkout's default, and a full clone), interleaved with `node -e 0`. Medians, and the
 * ratio to `node -e 0` (the goal: at most 3x). `BENCH_BUMP_COMPARE=<dir>/bump-version/index.js`
 * adds a row for another build (e.g. an earlier commit's dist, copied aside), depth-1 only.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { invokeAction } from '../../test/kit/invoker.js'
import { NO_AUTO_GC_ENV, Sandbox } from '../../test/kit/sandbox.js'
import { createSeedRepo } from '../../test/kit/seed-project.js'

const runs = Number(process.env.BENCH_RUNS ?? 11)
const BRANCH = 'release-v1.3.0'
const main = join(import.meta.dirname, '..', '..', 'dist', 'bump-version', 'index.js')
const compare = process.env.BENCH_BUMP_COMPARE

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const template = createSeedRepo({ releaseBranch: BRANCH })
const scratch = mkdtempSync(join(tmpdir(), 'ra-bench-bump-'))
try {
  // One run through the test kit's invoker gives the runner's environment (inputs with their
  // action.yml defaults, GITHUB_* variables); each timed run gets its own files and checkout.
  const probe = Sandbox.copyOf(template.sandbox.root, template.sandbox.root)
  const probeWs = probe.checkout('ws', BRANCH)
  const first = await invokeAction({
    action: 'bump-version',
    workspace: probeWs,
    ref: `refs/heads/${BRANCH}`,
    sha: probe.git(probeWs, 'rev-parse', 'HEAD')
  })
  if (first.outputs.result !== 'updated') throw new Error(`bump-version: ${first.stdout}`)
  const oldTemp = dirname(first.env.GITHUB_OUTPUT)
  probe.cleanup()

  /** A fresh origin, a checkout of the release branch, and the runner's files: not timed. */
  function prepare(kind: 'depth-1' | 'full', n: number) {
    const sandbox = Sandbox.copyOf(template.sandbox.root, template.sandbox.root)
    const ws = kind === 'full' ? sandbox.clone('ws', BRANCH) : sandbox.checkout('ws', BRANCH)
    const temp = join(scratch, `${kind}-${n}`)
    mkdirSync(join(temp, 'home'), { recursive: true })
    mkdirSync(join(temp, 'runner-temp'))
    for (const f of ['output', 'summary', 'env', 'state', 'path']) writeFileSync(join(temp, f), '')
    writeFileSync(join(temp, 'event.json'), '{}')
    const env: Record<string, string> = {}
    for (const [key, value] of Object.entries(first.env))
      env[key] = value.replaceAll(oldTemp, temp).replaceAll(probeWs, ws)
    // As on a runner: the test kit's git config (no automatic gc) is not the action's to lean on.
    for (const key of Object.keys(NO_AUTO_GC_ENV)) delete env[key]
    env.GITHUB_SHA = sandbox.git(ws, 'rev-parse', 'HEAD')
    return { sandbox, ws, env }
  }

  function time(args: string[], cwd: string, env: Record<string, string>): number {
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}${result.stdout}`)
    return ms
  }

  const samples: Record<string, number[]> = {
    'node -e 0': [],
    'bump-version, depth-1 checkout': [],
    'bump-version, full clone': [],
    ...(compare ? { [`${compare}, depth-1 checkout`]: [] } : {})
  }
  for (let i = 0; i < runs; i++) {
    samples['node -e 0'].push(time(['-e', '0'], scratch, { PATH: process.env.PATH ?? '' }))
    for (const kind of ['depth-1', 'full'] as const) {
      const { sandbox, ws, env } = prepare(kind, i)
      samples[`bump-version, ${kind === 'full' ? 'full clone' : 'depth-1 checkout'}`].push(
        time([main], ws, env)
      )
      if (!sandbox.show(BRANCH, 'setup.py').includes('version="1.3.0"'))
        throw new Error('bump-version did not push the bump')
      sandbox.cleanup()
    }
    if (compare) {
      const { sandbox, ws, env } = prepare('depth-1', runs + i)
      samples[`${compare}, depth-1 checkout`].push(time([compare], ws, env))
      sandbox.cleanup()
    }
  }
  const floor = median(samples['node -e 0'])
  console.log(
    `\nbump-version, commit and push on the seed's project: medians of ${runs} interleaved runs (Node ${process.version}, ${process.platform}-${process.arch})`
  )
  console.log('| what | median | vs node -e 0 |')
  console.log('| --- | ---: | ---: |')
  for (const [name, values] of Object.entries(samples))
    console.log(
      `| ${name} | ${median(values).toFixed(0)} ms | ${(median(values) / floor).toFixed(2)}x |`
    )
} finally {
  template.sandbox.cleanup()
  rmSync(scratch, { recursive: true, force: true })
}
