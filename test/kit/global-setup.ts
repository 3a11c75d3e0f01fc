import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const SOURCE_DIRS = ['src', 'actions', 'packages']

function newestMtime(dir: string): number {
  let newest = 0
  if (!existsSync(dir)) return newest
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Tests beside the sources (packages/**/*.test.ts) are not in the bundles.
    if (entry.name === 'node_modules' || entry.name.endsWith('.test.ts')) continue
    const path = join(dir, entry.name)
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs
    if (mtime > newest) newest = mtime
  }
  return newest
}

/**
 * Action tests run the committed bundles in dist/, the way the runner does. When a developer
 * has edited the sources since the last build, rebuild once before the suite, so a test never
 * runs stale code. In CI `check-dist` has already proved dist/ current, so nothing is rebuilt.
 */
export default function globalSetup(): void {
  isolateTempDir()
  const marker = join(ROOT, 'dist', 'shared', 'index.js')
  if (!existsSync(join(ROOT, 'scripts', 'build.mjs'))) return
  const sourceTime = Math.max(...SOURCE_DIRS.map((d) => newestMtime(join(ROOT, d))))
  if (existsSync(marker) && statSync(marker).mtimeMs >= sourceTime) return
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  process.stderr.write(`\n${rebuiltNote()}\n`)
}

/**
 * A rebuild changes files under dist/ that a later `git commit -a` would sweep into a source
 * commit: say so, with what changed, so it is never a surprise.
 */
function rebuiltNote(): string {
  const head =
    'Jest global setup: sources are newer than dist/, so dist/ was rebuilt (npm run build).'
  let changed: string[]
  try {
    changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
      .split('\n')
      .filter(Boolean)
  } catch {
    return head
  }
  if (changed.length === 0) return `${head} It is what HEAD has: nothing to commit.`
  return `${head} ${changed.length} file${changed.length === 1 ? '' : 's'} under dist/ now differ from HEAD: commit them on their own ("dist: ..."), after the sources and never inside a source commit (no \`git commit -a\`):\n${changed
    .slice(0, 10)
    .map((line) => `  ${line}`)
    .join('\n')}`
}

/** The environment variable that names this run's own temp directory (global-teardown.ts reads it). */
const SUITE_TMP = 'RELEASE_ACTIONS_SUITE_TMP'

/**
 * Every temp file of the run (sandboxes, runner files, servers' state) goes under one directory
 * of its own, so that runs side by side never meet and the teardown can prove that nothing was
 * left behind. Set before Jest starts its workers, so they and their child processes inherit it.
 */
function isolateTempDir(): void {
  if (process.env[SUITE_TMP]) return
  const dir = mkdtempSync(join(tmpdir(), 'ra-suite-'))
  process.env[SUITE_TMP] = dir
  process.env.TMPDIR = dir
}
