/**
 * What the clone already has of origin's refs: its release tags, its remote-tracking branches and
 * origin's HEAD as last seen, in one `show-ref`. Read once before asking origin, so a stage
 * compares origin's answer with it instead of asking git ref by ref.
 *
 * Why `show-ref --dereference` and not `for-each-ref` with `%(*objectname)`: show-ref takes an
 * annotated tag's commit from packed-refs, where a clone or `git gc` records it, and for-each-ref
 * (git 2.39) reads every tag object again: 19 ms against 2 ms for 500 tags, 190 ms against 56 ms
 * for 5,000. It lists every ref (its patterns are no globs), and names origin's HEAD by its commit
 * only, so which branch that is is read from the symref's file.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Git } from './git.js'

export interface LocalTag {
  /** The object the tag ref names (an annotated tag's own object). */
  object: string
  /** The commit it points at (an annotated tag peeled to what it finally names). */
  commit: string
}

export interface LocalRefs {
  /** `refs/tags/<prefix>*`, by tag name. */
  tags: Map<string, LocalTag>
  /** `refs/remotes/<remote>/<branch>` -> commit, by branch name. */
  tracking: Map<string, string>
  /** The branch `refs/remotes/<remote>/HEAD` points at, when the clone knows it. */
  remoteHead?: string
}

export async function readLocalRefs(
  git: Git,
  prefix: string,
  remote = 'origin'
): Promise<LocalRefs> {
  // Exit 1: the clone has no ref at all.
  const listed = await git.run(['show-ref', '--dereference'], { allowExit: [1] })
  const refs: LocalRefs = { tags: new Map(), tracking: new Map() }
  const tags = `refs/tags/${prefix}`
  const tracking = `refs/remotes/${remote}/`
  for (const line of listed.stdout.split('\n')) {
    const space = line.indexOf(' ')
    if (space < 1) continue
    const sha = line.slice(0, space)
    const name = line.slice(space + 1)
    // `refs/tags/<prefix>*` as git globs it: no `/` after the prefix.
    if (name.startsWith(tags) && !name.includes('/', tags.length)) {
      // `<tag>^{}` follows its tag's line: the commit an annotated tag points at.
      if (name.endsWith('^{}')) {
        const tag = refs.tags.get(name.slice('refs/tags/'.length, -'^{}'.length))
        if (tag) tag.commit = sha
      } else refs.tags.set(name.slice('refs/tags/'.length), { object: sha, commit: sha })
    } else if (name.startsWith(tracking) && name !== `${tracking}HEAD`) {
      refs.tracking.set(name.slice(tracking.length), sha)
    }
  }
  refs.remoteHead = remoteHead(git, remote)
  return refs
}

/**
 * The branch `refs/remotes/<remote>/HEAD` points at, from its file: git never packs a symref.
 * Undefined when the clone has none, or keeps its refs where no file says it (reftable): the
 * stage then takes origin's HEAD from its ls-remote, as for a clone that never recorded it.
 */
function remoteHead(git: Git, remote: string): string | undefined {
  const common = git.commonDir()
  const file = common && join(common, 'refs', 'remotes', remote, 'HEAD')
  if (!file || !existsSync(file)) return undefined
  const target = /^ref: refs\/remotes\/(\S+)\s*$/.exec(readFileSync(file, 'utf8'))?.[1]
  return target?.startsWith(`${remote}/`) ? target.slice(remote.length + 1) : undefined
}
