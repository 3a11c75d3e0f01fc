/**
 * The history `mode: rebuild` reads with one `git log`, held as integers. A commit is its
 * position in the log (newest first); its parents are mapped to numbers as the log is read, so
 * claiming releases walks typed arrays instead of looking 40-character shas up in a Map.
 */
import type { ReleaseEntry } from './merge.js'
import { ShaTable } from './sha-table.js'

export interface TaggedRelease {
  version: string
  /** The commit the tag points at (peeled). */
  sha: string
  /** YYYY-MM-DD, UTC. */
  date: string
}

/** The history as read: per commit its parents and its entry, newest first. */
export class HistoryIndex<Entry = ReleaseEntry> {
  /** A commit's node is numbered when the log first names it, as a commit or as a parent. */
  private readonly nodes = new ShaTable()
  /** node -> position in the log, -1 for a parent the log does not list (a shallow boundary). */
  private positions = new Int32Array(1024).fill(-1)
  /** The parents of the commit at position p are parentNodes[parentStart[p] .. parentStart[p + 1]). */
  private parentStart = new Int32Array(1025)
  private parentNodes = new Int32Array(1024)
  private readonly entries: Array<Entry | undefined> = []

  /** Adds the next commit of the log; `parents` as git prints `%P`, shas separated by spaces. */
  add(sha: string, parents: string, entry: Entry | undefined): void {
    const position = this.entries.length
    this.entries.push(entry)
    this.place(this.nodes.intern(sha), position)
    let edge = this.parentStart[position]
    for (let at = 0; at < parents.length;) {
      let end = parents.indexOf(' ', at)
      if (end === -1) end = parents.length
      if (end > at) {
        const node = this.nodes.intern(parents, at, end - at)
        this.place(node, -1)
        if (edge === this.parentNodes.length) this.parentNodes = grown(this.parentNodes, 0)
        this.parentNodes[edge++] = node
      }
      at = end + 1
    }
    if (position + 2 > this.parentStart.length) this.parentStart = grown(this.parentStart, 0)
    this.parentStart[position + 1] = edge
  }

  has(sha: string): boolean {
    return this.positionOf(sha) !== -1
  }

  get size(): number {
    return this.entries.length
  }

  /**
   * Entries per release (oldest first within a release), the key `undefined` for the commits
   * `head` reaches and no tag does. `releases` in any order; a tag outside the history is skipped.
   */
  bucket(
    releases: TaggedRelease[],
    compare: (a: string, b: string) => number,
    head: string
  ): Map<string | undefined, Entry[]> {
    const owners = [...releases].sort((a, b) => compare(a.version, b.version))
    const starts = [...owners.map((r) => r.sha), head]
    // Oldest release first, each claims what it reaches that no earlier one did: every commit
    // is visited once. Then one pass from the oldest position hands the entries out in order.
    const owner = new Int32Array(this.size).fill(-1)
    const stack = new Int32Array(this.size)
    starts.forEach((sha, n) => {
      const first = this.positionOf(sha)
      if (first === -1 || owner[first] !== -1) return
      owner[first] = n
      let depth = 0
      stack[depth++] = first
      while (depth > 0) {
        const position = stack[--depth]
        for (let e = this.parentStart[position]; e < this.parentStart[position + 1]; e++) {
          const parent = this.positions[this.parentNodes[e]]
          if (parent !== -1 && owner[parent] === -1) {
            owner[parent] = n
            stack[depth++] = parent
          }
        }
      }
    })
    const lists = starts.map((): Entry[] => [])
    for (let position = this.size - 1; position >= 0; position--) {
      const entry = this.entries[position]
      if (entry !== undefined && owner[position] !== -1) lists[owner[position]].push(entry)
    }
    const buckets = new Map<string | undefined, Entry[]>()
    owners.forEach((release, n) => buckets.set(release.version, lists[n]))
    buckets.set(undefined, lists[owners.length])
    return buckets
  }

  private positionOf(sha: string): number {
    const node = this.nodes.lookup(sha)
    return node === -1 ? -1 : this.positions[node]
  }

  /** Records a node's position; -1 only makes room for a node not (yet) listed. */
  private place(node: number, position: number): void {
    if (node >= this.positions.length) this.positions = grown(this.positions, -1)
    if (position !== -1) this.positions[node] = position
  }
}

/** The array at twice its length, the new half filled with `fill`. */
function grown(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2)
  next.set(array)
  if (fill !== 0) next.fill(fill, array.length)
  return next
}
