// `npm run bench push [sizes...]`: what pushing a release commit costs as the history grows.
// On the generated repositories of bench/changelog (a linear main, a release tag every 200
// commits; default 1k and 100k commits), each run commits one CHANGELOG line and times the push
// our actions run (`git push --porcelain origin HEAD:refs/heads/main`) to a local bare origin,
// then puts origin back. Medians, peak RSS (the receiving side included), and each size's
// ratio to the smallest, all in one run. A local origin does the receiving side's work here
// (receive-pack, its connectivity check of the new objects against every ref, gc --auto), which
// GitHub does on its own side on a runner: git's trace2 times that part apart, and the pushing
// side (what the action runs) is the rest.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { generate } from './changelog/generate.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const DATA = join(ROOT, 'bench', '.data')
const runs = Number(process.env.BENCH_RUNS ?? 7)
const sizes = process.argv.slice(2).map(Number).filter(Boolean)
const SIZES = sizes.length > 0 ? sizes : [1000, 100_000]
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const rssFile = join(tmpdir(), `ra-bench-push-rss-${process.pid}`)
const traceFile = join(tmpdir(), `ra-bench-push-trace-${process.pid}`)

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** One push of one new commit; returns wall ms and peak RSS (KiB) of the push and its children. */
function pushOnce(ws, origin, i) {
  const before = git(origin, 'rev-parse', 'refs/heads/main')
  appendFileSync(join(ws, 'CHANGELOG.md'), `- bench line ${i}\n`)
  git(ws, 'add', 'CHANGELOG.md')
  git(
    ws,
    '-c',
    'user.name=Bench',
    '-c',
    'user.email=bench@example.com',
    'commit',
    '-q',
    '-m',
    `docs: bench ${i}`
  )
  const args = ['push', '--porcelain', 'origin', 'HEAD:refs/heads/main']
  const [cmd, argv] = TIME ? [TIME, ['-f', '%M', '-o', rssFile, 'git', ...args]] : ['git', args]
  rmSync(traceFile, { force: true })
  const env = { ...process.env, GIT_TRACE2_EVENT: traceFile }
  const started = process.hrtime.bigint()
  const result = spawnSync(cmd, argv, { cwd: ws, encoding: 'utf8', env })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0) throw new Error(`git push failed: ${result.stderr}`)
  const receiving = receivingMs(readFileSync(traceFile, 'utf8'))
  const rss = TIME ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : undefined
  // Back to where the run started, on both sides, so every run pushes onto the same history.
  git(origin, 'update-ref', 'refs/heads/main', before)
  git(ws, 'reset', '--quiet', '--hard', 'HEAD~1')
  git(ws, 'update-ref', 'refs/remotes/origin/main', before)
  return { ms, rss, receiving }
}

/** The receive-pack process's own time, from git's trace2 events of the push. */
function receivingMs(trace) {
  const events = trace
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  const sids = new Set(
    events
      .filter((e) => e.event === 'start' && e.argv.some((a) => /receive-pack$/.test(a)))
      .map((e) => e.sid)
  )
  const exit = events.find((e) => e.event === 'exit' && sids.has(e.sid))
  return exit ? exit.t_abs * 1000 : 0
}

const rows = []
for (const size of SIZES) {
  const { origin, ws } = generate(join(DATA, `changelog-${size}`), size)
  if (!existsSync(join(ws, 'CHANGELOG.md'))) writeFileSync(join(ws, 'CHANGELOG.md'), '')
  pushOnce(ws, origin, 0) // warm the page cache
  const samples = Array.from({ length: runs }, (_, i) => pushOnce(ws, origin, i + 1))
  rows.push({
    size,
    ms: median(samples.map((s) => s.ms)),
    receiving: median(samples.map((s) => s.receiving)),
    pushing: median(samples.map((s) => s.ms - s.receiving)),
    rss: samples[0].rss === undefined ? undefined : Math.max(...samples.map((s) => s.rss))
  })
}
rmSync(rssFile, { force: true })
rmSync(traceFile, { force: true })

const base = rows[0]
console.log(
  `git push of one release commit, ${runs} runs each, median (git ${git(ROOT, 'version').replace('git version ', '')})`
)
console.log(
  '| commits | whole push | vs the smallest | receiving side (local origin) | pushing side | vs the smallest | peak RSS |'
)
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const row of rows)
  console.log(
    `| ${row.size.toLocaleString('en')} | ${Math.round(row.ms)} ms | ${(row.ms / base.ms).toFixed(2)}x | ${Math.round(row.receiving)} ms | ${Math.round(row.pushing)} ms | ${(row.pushing / base.pushing).toFixed(2)}x | ${row.rss === undefined ? '-' : `${Math.round(row.rss / 1024)} MiB`} |`
  )
