/**
 * `mode: rebuild`: a whole changelog from the history. Every commit belongs to the oldest
 * release whose tag reaches it; commits no tag reaches are unreleased. Computed in one pass over
 * one `git log` of the whole history: releases are visited oldest first, each claiming what its
 * tag reaches and no earlier tag did, so every commit is visited once.
 */
import type { ReleaseEntry } from './merge.js'
import { CHANGE_GROUPS } from './parse.js'
import {
  renderEntry,
  renderSection,
  type GroupedLines,
  type LinkOptions,
  type SectionStyle
} from './render.js'

export interface TaggedRelease {
  version: string
  /** The commit the tag points at (peeled). */
  sha: string
  /** YYYY-MM-DD, UTC. */
  date: string
}

/** The history as read: per commit its parents and its entry, newest first. */
export class HistoryIndex {
  private readonly index = new Map<string, number>()
  private readonly parents: string[][] = []
  private readonly entries: Array<ReleaseEntry | undefined> = []

  add(sha: string, parents: string[], entry: ReleaseEntry | undefined): void {
    this.index.set(sha, this.parents.length)
    this.parents.push(parents)
    this.entries.push(entry)
  }

  has(sha: string): boolean {
    return this.index.has(sha)
  }

  get size(): number {
    return this.parents.length
  }

  /**
   * Entries per release (oldest first within a release), the key `undefined` for the commits
   * `head` reaches and no tag does. `releases` in any order; a tag outside the history is skipped.
   */
  bucket(
    releases: TaggedRelease[],
    compare: (a: string, b: string) => number,
    head: string
  ): Map<string | undefined, ReleaseEntry[]> {
    const claimed = new Int32Array(this.parents.length).fill(-1)
    const owners = [...releases].sort((a, b) => compare(a.version, b.version))
    const buckets = new Map<string | undefined, ReleaseEntry[]>()
    const claim = (start: string, owner: number, key: string | undefined): void => {
      const members: number[] = []
      const first = this.index.get(start)
      if (first === undefined || claimed[first] !== -1) {
        buckets.set(key, [])
        return
      }
      const stack = [first]
      claimed[first] = owner
      while (stack.length > 0) {
        const i = stack.pop()!
        members.push(i)
        for (const parent of this.parents[i]) {
          const p = this.index.get(parent)
          if (p !== undefined && claimed[p] === -1) {
            claimed[p] = owner
            stack.push(p)
          }
        }
      }
      // Newest first in the log, so a higher index is older: list oldest first.
      const order = Int32Array.from(members).sort()
      const entries: ReleaseEntry[] = []
      for (let k = order.length - 1; k >= 0; k--) {
        const entry = this.entries[order[k]]
        if (entry) entries.push(entry)
      }
      buckets.set(key, entries)
    }
    owners.forEach((release, n) => claim(release.sha, n, release.version))
    claim(head, owners.length, undefined)
    return buckets
  }
}

/** Groups entries by their Keep a Changelog group, rendered, each ticket or text once. */
export function groupEntries(
  entries: ReleaseEntry[],
  style: SectionStyle,
  links: LinkOptions
): GroupedLines {
  const groups: GroupedLines = new Map(CHANGE_GROUPS.map((g) => [g, []]))
  const seen = new Set<string>()
  const issue = new RegExp(links.issuePattern.source, 'g')
  for (const entry of entries) {
    const keys = [...entry.text.matchAll(issue)].map((m) => m[0])
    const identity = keys.length > 0 ? keys.join(' ') : entry.text.toLowerCase()
    if (seen.has(identity)) continue
    seen.add(identity)
    groups.get(entry.group)!.push(renderEntry(entry.text, style, links))
  }
  return groups
}

/** The sections of a rebuilt changelog, newest first, each with its trailing blank line. */
export function renderReleaseSections(
  releases: Array<{ version: string; date: string; groups: GroupedLines }>,
  style: SectionStyle,
  eol: string
): string {
  return releases
    .map((r) =>
      renderSection(
        { version: r.version, date: r.date },
        { preface: [], groups: r.groups },
        style,
        eol
      )
    )
    .join('')
}
