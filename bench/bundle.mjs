// Bundle size and cold start of every action in dist/, against `node -e 0` in the same run.
// Cold start = `node dist/<name>/index.js` with dry-run and the action.yml defaults as inputs,
// in an empty directory: the action loads, parses its inputs and stops where real work would
// begin (no checkout there). That is the cost every job pays before our code does anything.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '..')
const runs = Number(process.env.BENCH_RUNS ?? 15)

function dirSize(dir) {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? dirSize(path) : statSync(path).size
  }
  return total
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function time(args, env, cwd) {
  const start = process.hrtime.bigint()
  spawnSync(process.execPath, args, { env, cwd, stdio: 'ignore' })
  return Number(process.hrtime.bigint() - start) / 1e6
}

function actionEnv(name, temp) {
  const meta = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'))
  const env = { PATH: process.env.PATH, HOME: temp, RUNNER_TEMP: temp, GITHUB_WORKSPACE: temp }
  for (const file of ['output', 'summary']) writeFileSync(join(temp, file), '')
  env.GITHUB_OUTPUT = join(temp, 'output')
  env.GITHUB_STEP_SUMMARY = join(temp, 'summary')
  for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
    const value = String(spec.default ?? '').replace(/\$\{\{[^}]*\}\}/g, 'bench-token')
    env[`INPUT_${input.toUpperCase()}`] = value
  }
  env['INPUT_DRY-RUN'] = 'true'
  return env
}

export function benchBundles() {
  const actions = readdirSync(join(root, 'actions')).filter((n) => {
    try {
      return statSync(join(root, 'dist', n, 'index.js')).isFile()
    } catch {
      return false
    }
  })
  const temp = mkdtempSync(join(tmpdir(), 'ra-bench-'))
  const baseEnv = { PATH: process.env.PATH, HOME: temp }
  const samples = Object.fromEntries(actions.map((a) => [a, []]))
  const floor = []
  // Interleave the runs so machine noise hits every subject alike.
  for (let i = 0; i < runs; i++) {
    floor.push(time(['-e', '0'], baseEnv, temp))
    for (const name of actions)
      samples[name].push(time([join(root, 'dist', name, 'index.js')], actionEnv(name, temp), temp))
  }
  const base = median(floor)
  const distBytes = dirSize(join(root, 'dist'))
  console.log(
    `\nBundles: dist/ is ${(distBytes / 1024).toFixed(0)} kB in all (target ≤ 1536 kB); node -e 0 = ${base.toFixed(1)} ms (median of ${runs})`
  )
  console.log(
    '| action | entry + chunks it loads | cold start (ms) | ratio to node -e 0 (target ≤ 1.3) |'
  )
  console.log('| --- | --- | --- | --- |')
  for (const name of actions) {
    const ms = median(samples[name])
    console.log(
      `| ${name} | ${(statSync(join(root, 'dist', name, 'index.js')).size / 1024).toFixed(1)} kB stub | ${ms.toFixed(1)} | ${(ms / base).toFixed(2)}x |`
    )
  }
  return { base, distBytes }
}

if (import.meta.url === `file://${process.argv[1]}`) benchBundles()
