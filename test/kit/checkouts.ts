/**
 * Shallow checkouts made once per origin state: a checkout of `branch` at depth N holds only
 * what origin's refs name (objects are named by their content), so two sandboxes whose origins
 * have the same refs get the same checkout. The first is cloned by git and kept for the run
 * (kept.ts); later ones are copies with the origin URL put right, which cost no git process.
 */
import { createHash } from 'node:crypto'
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { keep, keptPath } from './kept.js'

/** The files of a checkout that name its origin's URL. */
const NAMING_ORIGIN = [join('.git', 'config'), join('.git', 'FETCH_HEAD')]

/** What decides a checkout: origin's HEAD and every ref it has, the branch and the depth. */
function keyOf(origin: string, branch: string, depth: number): string {
  const hash = createHash('sha256').update(`${branch}\0${depth}\0`)
  for (const file of ['HEAD', 'packed-refs']) {
    const path = join(origin, file)
    hash.update(`${file}\0${existsSync(path) ? readFileSync(path, 'utf8') : ''}\0`)
  }
  const refs = readdirSync(join(origin, 'refs'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  for (const path of refs)
    hash.update(`${path.slice(origin.length)}\0${readFileSync(path, 'utf8')}\0`)
  return hash.digest('hex')
}

/**
 * Makes `dir` (empty) the checkout `make` would make there, from a kept copy when one exists
 * for the same origin state, else by calling `make` and keeping what it made.
 */
export function keptCheckout(
  origin: { path: string; url: string },
  branch: string,
  depth: number,
  dir: string,
  make: () => void
): void {
  const kept = keptPath('checkouts', keyOf(origin.path, branch, depth))
  if (!kept) return make()
  if (existsSync(join(kept, 'url'))) {
    cpSync(join(kept, 'checkout'), dir, { recursive: true, preserveTimestamps: true })
    // FETCH_HEAD names the URL without its `.git`: replacing that form covers both files.
    const bare = (url: string) => url.replace(/\.git$/, '')
    const keptUrl = bare(readFileSync(join(kept, 'url'), 'utf8'))
    for (const file of NAMING_ORIGIN) {
      const path = join(dir, file)
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(keptUrl, bare(origin.url)))
    }
    return
  }
  make()
  keep(kept, 'url', (holder) => {
    cpSync(dir, join(holder, 'checkout'), { recursive: true, preserveTimestamps: true })
    writeFileSync(join(holder, 'url'), origin.url)
  })
}
