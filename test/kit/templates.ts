/**
 * Fixture templates: a sandbox shape (origin, a developer's clone, their history) is built with
 * real git once per test run, and each test gets a private copy of the directories, which costs
 * no git process. The copies are what the build made (only the clones' remote URL names the
 * copy's origin), so their commits, tags and shas are the template's. Templates live in the run's own temp directory (global-setup.ts) and
 * go with it; outside a Jest run (no such directory) every call builds afresh.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { Sandbox } from './sandbox.js'

/** Set by global-setup.ts; global-teardown.ts removes the directory with the templates in it. */
const SUITE_TMP = 'RELEASE_ACTIONS_SUITE_TMP'
/** The one entry of the run's temp directory that global-teardown.ts expects to find. */
export const TEMPLATES_DIR = 'ra-templates'

export interface Template<T> {
  sandbox: Sandbox
  /** What the build returned besides the sandbox. */
  meta: T
}

/**
 * A private copy of the template `key`, building it first when no worker has yet. `build` makes
 * the shape in a fresh sandbox and returns what the tests need to know of it besides (plain
 * JSON: no absolute paths, which the copy does not rewrite).
 */
export function fromTemplate<T>(key: string, build: () => Template<T>): Template<T> {
  const suiteTmp = process.env[SUITE_TMP]
  if (!suiteTmp) return build()
  const dir = join(suiteTmp, TEMPLATES_DIR, encodeURIComponent(key))
  if (!existsSync(join(dir, 'meta.json'))) publish(dir, build())
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as {
    root: string
    value: T
  }
  const sandbox = Sandbox.copyOf(join(dir, 'sandbox'), meta.root)
  return { sandbox, meta: meta.value }
}

/**
 * Moves a freshly built sandbox into place as the template. Two workers may build the same
 * template at once: each moves its build into a directory of its own and renames that into
 * place; the loser's rename fails on the winner's directory and it throws its own build away.
 */
function publish<T>(dir: string, built: Template<T>): void {
  const parent = join(dir, '..')
  mkdirSync(parent, { recursive: true })
  const holder = mkdtempSync(join(parent, 'building-'))
  try {
    renameSync(built.sandbox.root, join(holder, 'sandbox'))
    writeFileSync(
      join(holder, 'meta.json'),
      JSON.stringify({ root: built.sandbox.root, value: built.meta })
    )
    try {
      renameSync(holder, dir)
    } catch (error) {
      if (!existsSync(join(dir, 'meta.json'))) throw error
    }
  } finally {
    rmSync(holder, { recursive: true, force: true })
    built.sandbox.cleanup()
  }
}
