// `node bench/changelog/run.mjs [sizes...]`: update-changelog against the `git log` floor,
// git-cliff and conventional-changelog, on generated repositories of 1k, 10k and 100k commits.
// Whole processes are timed (Node's start included); medians of a few runs; peak RSS of our
// unreleased job per size. Our side runs the bundled action (dist/) in dry-run, as the runner would.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generate, releaseCount } from './generate.mjs'
import { runLine, writeSection } from '../readme.mjs'

const ROOT = resolve(import.meta.dirname, '..', '..')
const DATA = join(ROOT, 'bench', '.data')
const BIN = join(ROOT, 'node_modules', '.bin')
// git-cliff is installed for the benchmark only, into bench/.data: its lock entries for other
// platforms' binaries are not on every registry, which would break `npm ci` of the project.
const PEERS = join(DATA, 'peers')
const CLIFF_WRAPPER = join(PEERS, 'node_modules', '.bin', 'git-cliff')
// The native binary itself, from the platform package npm installed beside the wrapper: the
// `.bin` wrapper starts Node first, which would make git-cliff look several times slower.
const CLIFF_PLATFORM = `git-cliff-${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`
const GIT_CLIFF = join(PEERS, 'node_modules', CLIFF_PLATFORM, 'bin', 'git-cliff')
if (!existsSync(GIT_CLIFF)) {
  spawnSync(
    'npm',
    ['install', '--prefix', PEERS, '--no-save', '--no-audit', '--no-fund', 'git-cliff@2.14.2'],
    { stdio: 'inherit' }
  )
}
const ACTION = join(ROOT, 'dist', 'update-changelog', 'index.js')
const LOG_FORMAT = '%H%x1f%P%x1f%s%x1f%b'
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
if (!existsSync(GIT_CLIFF))
  throw new Error(`No native git-cliff at ${GIT_CLIFF} (${CLIFF_WRAPPER})`)
console.log(`git-cliff: the native binary ${GIT_CLIFF} (not the node wrapper)`)

const sizes = process.argv.slice(2).map(Number).filter(Boolean)
const SIZES = sizes.length > 0 ? sizes : [1000, 10_000, 100_000]
/** The tables, printed and kept for bench/README.md. */
const report = []

if (!existsSync(ACTION))
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' })

/** Runs a command once; returns wall milliseconds and peak RSS (KiB) when /usr/bin/time is there. */
function once(command, args, options) {
  const rssFile = join(options.temp, 'rss')
  const [cmd, argv] = TIME ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args]
  const started = process.hrtime.bigint()
  const result = spawnSync(cmd, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}\n${result.stdout.slice(0, 2000)}`
    )
  const rss = TIME ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : undefined
  return { ms, rss, stdout: result.stdout.toString() }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function measure(runs, command, args, options) {
  once(command, args, options) // warm the page cache
  const samples = Array.from({ length: runs }, () => once(command, args, options))
  return {
    ms: median(samples.map((s) => s.ms)),
    rss: median(samples.map((s) => s.rss ?? 0)),
    stdout: samples[0].stdout
  }
}

/**
 * Two commands run alternately (a, b, a, b, ...), after one warm-up each: the ratio a/b of each
 * pair, median of the pairs. On a shared machine the load changes from second to second; a pair
 * run back to back sees about the same load, a block of samples of one tool does not.
 */
function pairedRatio(runs, a, b) {
  once(...a)
  once(...b)
  const ratios = Array.from({ length: runs }, () => once(...a).ms / once(...b).ms)
  return median(ratios)
}

/** The environment the runner gives our action. */
function actionEnv(ws, temp, inputs) {
  const env = {
    PATH: process.env.PATH,
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'acme/bench',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary')
  }
  for (const [name, value] of Object.entries({ 'dry-run': 'true', ...inputs }))
    env[`INPUT_${name.toUpperCase()}`] = value
  writeFileSync(env.GITHUB_OUTPUT, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  return env
}

const rows = []
for (const size of SIZES) {
  const { ws } = generate(join(DATA, `changelog-${size}`), size)
  const temp = mkdtempSync(join(tmpdir(), 'ra-bench-'))
  const runs = size >= 100_000 ? 3 : 5
  const tags = releaseCount(size)
  const lastTag = `v1.${tags - 1}.0`
  const next = `1.${tags}.0`
  const opts = { cwd: ws, temp }
  // The floor: the same git log we run, into a pipe, fully buffered (GIT_FLUSH=0, as we run it).
  const floorOpts = { ...opts, env: { ...process.env, GIT_FLUSH: '0' } }
  const nodeFloor = measure(runs, process.execPath, ['-e', '0'], opts)
  const floorUnreleased = measure(
    runs,
    'git',
    ['log', '-z', `--format=${LOG_FORMAT}`, `${lastTag}..HEAD`],
    floorOpts
  )
  const floorFull = measure(runs, 'git', ['log', '-z', `--format=${LOG_FORMAT}`, 'HEAD'], floorOpts)
  const oursUnreleased = measure(runs, process.execPath, [ACTION], {
    ...opts,
    env: actionEnv(ws, temp, { version: next })
  })
  const oursRebuild = measure(runs, process.execPath, [ACTION], {
    ...opts,
    env: actionEnv(ws, temp, { mode: 'rebuild' })
  })
  const cliffUnreleased = measure(runs, GIT_CLIFF, ['--unreleased'], opts)
  // git-cliff's and conventional-changelog's whole changelog grow faster than the history
  // (git-cliff: 0.2 s at 1k, 2.9 s at 10k, minutes at 100k): BENCH_PEERS_FULL_UP_TO skips them
  // above that size, and the table says so.
  const peersFull = size <= Number(process.env.BENCH_PEERS_FULL_UP_TO ?? Infinity)
  const cliffFull = peersFull ? measure(size >= 100_000 ? 1 : runs, GIT_CLIFF, [], opts) : undefined
  const pairedUnreleased = pairedRatio(
    runs,
    [process.execPath, [ACTION], { ...opts, env: actionEnv(ws, temp, { version: next }) }],
    [GIT_CLIFF, ['--unreleased'], opts]
  )
  const ccUnreleased = measure(
    runs,
    join(BIN, 'conventional-changelog'),
    ['-p', 'angular', '-r', '1', '-u'],
    opts
  )
  const ccFull = peersFull
    ? measure(
        size >= 100_000 ? 1 : runs,
        join(BIN, 'conventional-changelog'),
        ['-p', 'angular', '-r', '0'],
        opts
      )
    : undefined
  const row = {
    size,
    nodeFloor,
    floorUnreleased,
    floorFull,
    oursUnreleased,
    oursRebuild,
    cliffUnreleased,
    cliffFull,
    ccUnreleased,
    ccFull,
    pairedUnreleased,
    pairedRuns: runs
  }
  rows.push(row)
  printRow(row)
  rmSync(temp, { recursive: true, force: true })
}

function print(line) {
  console.log(line)
  report.push(line)
}

function printRow(r) {
  const f = (m) => `${m.ms.toFixed(0)} ms`
  const x = (m, floor) => `${(m.ms / floor.ms).toFixed(1)}x`
  print(`\n### ${r.size.toLocaleString('en')} commits (${releaseCount(r.size)} release tags)\n`)
  print('| job | tool | median | vs git log floor | vs node -e 0 | peak RSS |')
  print('| --- | --- | ---: | ---: | ---: | ---: |')
  const line = (job, tool, m, floor) =>
    print(
      m === undefined
        ? `| ${job} | ${tool} | not run (BENCH_PEERS_FULL_UP_TO) | | | |`
        : `| ${job} | ${tool} | ${f(m)} | ${x(m, floor)} | ${x(m, r.nodeFloor)} | ${m.rss ? `${(m.rss / 1024).toFixed(0)} MiB` : ''} |`
    )
  line('-', '`node -e 0`', r.nodeFloor, r.floorUnreleased)
  line('unreleased', '`git log` floor', r.floorUnreleased, r.floorUnreleased)
  line('unreleased', '**update-changelog**', r.oursUnreleased, r.floorUnreleased)
  line('unreleased', 'git-cliff --unreleased (native)', r.cliffUnreleased, r.floorUnreleased)
  line('unreleased', 'conventional-changelog -r 1 -u', r.ccUnreleased, r.floorUnreleased)
  line('full', '`git log` floor', r.floorFull, r.floorFull)
  line('full', '**update-changelog rebuild**', r.oursRebuild, r.floorFull)
  line('full', 'git-cliff (native)', r.cliffFull, r.floorFull)
  line('full', 'conventional-changelog -r 0', r.ccFull, r.floorFull)
  print(
    `\nours/native git-cliff (unreleased): ${(r.oursUnreleased.ms / r.cliffUnreleased.ms).toFixed(2)} of the medians, ` +
      `${r.pairedUnreleased.toFixed(2)} median of ${r.pairedRuns} alternated pairs (target <= 2 at 100k); ` +
      `rebuild/floor: ${(r.oursRebuild.ms / r.floorFull.ms).toFixed(2)} (target <= 3 at 1k); ` +
      `rebuild/(floor + node -e 0): ${(r.oursRebuild.ms / (r.floorFull.ms + r.nodeFloor.ms)).toFixed(2)} ` +
      '(any Node action starts with `node -e 0`)'
  )
}

mkdirSync(DATA, { recursive: true })
writeFileSync(
  join(DATA, 'changelog-results.json'),
  JSON.stringify(
    rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          v && typeof v === 'object' ? { ms: v.ms, rss: v.rss } : v
        ])
      )
    ),
    null,
    2
  )
)

writeSection('changelog', [
  '## update-changelog against git-cliff (`npm run bench changelog [sizes...]`)',
  '',
  'update-changelog (the bundled action in dry-run, Node start included) against the native',
  'git-cliff binary (not its Node wrapper), conventional-changelog, the `git log` floor and',
  '`node -e 0`, all measured in the same run.',
  '',
  runLine(),
  `git-cliff binary: \`${GIT_CLIFF.slice(ROOT.length + 1)}\` (npm \`${CLIFF_PLATFORM}\`, git-cliff 2.14.2).`,
  ...report
])
