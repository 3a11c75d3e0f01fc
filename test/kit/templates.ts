/**
 * Fixture templates: a sandbox shape (origin, a developer's clone, their history) is built with
 * real git once per test run, and each test gets a private copy of the directories, which costs
 * no git process. The copies are what the build made (only the clones' remote URL names the
 * copy's origin), so their commits, tags and shas are the template's. Templates are kept for
 * the run (kept.ts); outside a Jest run every call builds afresh.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { keep, keptPath } from './kept.js'
import { Sandbox } from './sandbox.js'

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
  const dir = keptPath(encodeURIComponent(key))
  if (!dir) return build()
  if (!existsSync(join(dir, 'meta.json'))) publish(dir, build())
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as {
    root: string
    value: T
  }
  const sandbox = Sandbox.copyOf(join(dir, 'sandbox'), meta.root)
  return { sandbox, meta: meta.value }
}

/** Moves a freshly built sandbox into place as the template (kept.ts: two workers may race). */
function publish<T>(dir: string, built: Template<T>): void {
  try {
    keep(dir, 'meta.json', (holder) => {
      renameSync(built.sandbox.root, join(holder, 'sandbox'))
      writeFileSync(
        join(holder, 'meta.json'),
        JSON.stringify({ root: built.sandbox.root, value: built.meta })
      )
    })
  } finally {
    built.sandbox.cleanup()
  }
}
