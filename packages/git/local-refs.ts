/**
 * What the clone already has of origin's refs: its release tags, its remote-tracking branches and
 * origin's HEAD as last seen, in one `for-each-ref`. Read once before asking origin, so a stage
 * compares origin's answer with it instead of asking git ref by ref.
 */
import type { Git } from './git.js'

export interface LocalTag {
  /** The object the tag ref names (an annotated tag's own object). */
  object: string
  /** The commit it points at (annotated tags peeled once). */
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
  const out = await git.output([
    'for-each-ref',
    '--format=%(objectname) %(*objectname) %(refname) %(symref)',
    `refs/tags/${prefix}*`,
    `refs/remotes/${remote}`
  ])
  const refs: LocalRefs = { tags: new Map(), tracking: new Map() }
  const tracking = `refs/remotes/${remote}/`
  for (const line of out ? out.split('\n') : []) {
    const [object, peeled, name, symref] = line.split(' ')
    if (!object || !name) continue
    if (name.startsWith('refs/tags/')) {
      refs.tags.set(name.slice('refs/tags/'.length), { object, commit: peeled || object })
    } else if (name === `${tracking}HEAD`) {
      if (symref?.startsWith(tracking)) refs.remoteHead = symref.slice(tracking.length)
    } else if (name.startsWith(tracking)) {
      refs.tracking.set(name.slice(tracking.length), object)
    }
  }
  return refs
}
