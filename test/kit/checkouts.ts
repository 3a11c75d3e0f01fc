/**
 * Shallow checkouts made once per origin state: a checkout of `branch` at depth N holds only
 * what origin's refs name (objects are named by their content), so two sandboxes whose origins
 * have the same refs get the same checkout. The first is cloned by git and kept in the run's
 * templates directory (templates.ts); later ones are copies with the origin URL put right,
 * which cost no git process. Outside a Jest run nothing is kept.
 */
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'

/** Set by global-setup.ts; global-teardown.ts removes the directory and what is kept in it. */
const SUITE_TMP = 'RELEASE_ACTIONS_SUITE_TMP'
/** The entry of the run's temp directory that global-teardown.ts leaves to it (templates.ts). */
const KEPT = join('ra-templates', 'checkouts')

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
  const suiteTmp = process.env[SUITE_TMP]
  if (!suiteTmp) return make()
  const kept = join(suiteTmp, KEPT, keyOf(origin.path, branch, depth))
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
  keep(kept, dir, origin.url)
}

/**
 * Keeps a copy of a fresh checkout. Two workers may keep the same one at once: each copies
 * into a directory of its own and renames it into place; the loser throws its copy away.
 */
function keep(kept: string, dir: string, url: string): void {
  mkdirSync(join(kept, '..'), { recursive: true })
  const holder = mkdtempSync(join(kept, '..', 'keeping-'))
  try {
    cpSync(dir, join(holder, 'checkout'), { recursive: true, preserveTimestamps: true })
    writeFileSync(join(holder, 'url'), url)
    try {
      renameSync(holder, kept)
    } catch (error) {
      if (!existsSync(join(kept, 'url'))) throw error
    }
  } finally {
    rmSync(holder, { recursive: true, force: true })
  }
}
