// Bundle size and cold start of every action in dist/, against `node -e 0` in the same run.
// Cold start = `node dist/<name>/index.js` with dry-run and the action.yml defaults as inputs,
// in an empty directory, stdout and stderr piped as the runner pipes them: the action loads,
// reads its inputs, checks what it needs (a checkout, GITHUB_REPOSITORY) and stops with its
// error where real work would begin. That is the cost every job pays before our code does
// anything. The files column says which bundle files that took, read off one extra run.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '..')
const runs = Number(process.env.BENCH_RUNS ?? 21)

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
  spawnSync(process.execPath, args, { env, cwd, stdio: 'pipe' })
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** The bundle files an action loads before it stops, from a run with a recording preload. */
function loadedFiles(name, env, cwd) {
  const preload = join(cwd, 'record-loads.cjs')
  writeFileSync(
    preload,
    `const M = require('module'), fs = require('fs'), load = M._load, seen = new Set()
M._load = function (request, parent) {
  const out = load.apply(this, arguments)
  try { seen.add(M._resolveFilename(request, parent)) } catch {}
  return out
}
process.on('exit', () => fs.writeFileSync(${JSON.stringify(join(cwd, 'loaded.json'))}, JSON.stringify([...seen])))
`
  )
  spawnSync(process.execPath, ['-r', preload, join(root, 'dist', name, 'index.js')], {
    env,
    cwd,
    stdio: 'pipe'
  })
  const files = JSON.parse(readFileSync(join(cwd, 'loaded.json'), 'utf8')).filter((f) =>
    f.startsWith(join(root, 'dist'))
  )
  return { count: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) }
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
  try {
    return measureBundles(actions, temp)
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

function measureBundles(actions, temp) {
  const baseEnv = { PATH: process.env.PATH, HOME: temp }
  const samples = Object.fromEntries(actions.map((a) => [a, []]))
  const ratios = Object.fromEntries(actions.map((a) => [a, []]))
  const floor = []
  const envs = Object.fromEntries(actions.map((a) => [a, actionEnv(a, temp)]))
  // Each action runs right after a `node -e 0` of its own and is judged against it, and the
  // runs are interleaved: noise on a shared machine then hits subject and floor alike.
  for (let i = 0; i < runs; i++) {
    for (const name of actions) {
      const base = time(['-e', '0'], baseEnv, temp)
      const ms = time([join(root, 'dist', name, 'index.js')], envs[name], temp)
      floor.push(base)
      samples[name].push(ms)
      ratios[name].push(ms / base)
    }
  }
  const base = median(floor)
  const distBytes = dirSize(join(root, 'dist'))
  const packed = gzipSync(execFileSync('tar', ['-cf', '-', '-C', root, 'dist'])).length
  console.log(
    `\nBundles: dist/ is ${(distBytes / 1024).toFixed(0)} kB in all, ${(packed / 1024).toFixed(0)} kB gzipped as a job downloads it (target ≤ 1024 kB); node -e 0 = ${base.toFixed(1)} ms (median of ${floor.length}); ratios are medians of ${runs} runs, each against the node -e 0 just before it`
  )
  console.log(
    '| action | bundle files loaded | cold start (ms) | ratio to node -e 0 (target ≤ 1.3) |'
  )
  console.log('| --- | --- | --- | --- |')
  for (const name of actions) {
    const ms = median(samples[name])
    const loaded = loadedFiles(name, envs[name], temp)
    console.log(
      `| ${name} | ${loaded.count} files, ${(loaded.bytes / 1024).toFixed(1)} kB | ${ms.toFixed(1)} | ${median(ratios[name]).toFixed(2)}x |`
    )
  }
  return { base, distBytes }
}

if (import.meta.url === `file://${process.argv[1]}`) benchBundles()
