/**
 * `mode: rebuild`: a whole changelog from the history. Every commit belongs to the oldest
 * release whose tag reaches it; commits no tag reaches are unreleased (see HistoryIndex in
 * history.ts). Here: each release's entries grouped and rendered.
 */
import type { ReleaseEntry } from './merge.js'
import { CHANGE_GROUPS } from './parse.js'
import { renderEntry, type GroupedLines, type LinkOptions, type SectionStyle } from './render.js'
import { StringPack } from './string-pack.js'

/** A release entry with what grouping needs, worked out while the log is still being read. */
export interface PreparedEntry extends ReleaseEntry {
  /** Its text in lower case: a release lists each change once (two changes may share a key). */
  identity: string
  /** The entry's line, rendered. */
  line: string
}

/** The entries of a whole history, numbered, prepared in the file's style, held packed. */
export class PreparedEntries {
  private readonly strings = new StringPack()
  private groups = new Uint8Array(1024)

  constructor(
    private readonly style: SectionStyle,
    private readonly links: LinkOptions
  ) {}

  /** Prepares and keeps an entry; returns its number. */
  add(entry: ReleaseEntry): number {
    const id = this.strings.size / 3
    if (id === this.groups.length) {
      const grown = new Uint8Array(this.groups.length * 2)
      grown.set(this.groups)
      this.groups = grown
    }
    this.groups[id] = CHANGE_GROUPS.indexOf(entry.group)
    this.strings.push(entry.text)
    this.strings.push(entry.text.toLowerCase())
    this.strings.push(renderEntry(entry.text, this.style, this.links))
    return id
  }

  get(id: number): PreparedEntry {
    return {
      group: CHANGE_GROUPS[this.groups[id]],
      text: this.strings.get(id * 3),
      identity: this.strings.get(id * 3 + 1),
      line: this.strings.get(id * 3 + 2)
    }
  }

  /** Groups a release's entries (oldest first) by their Keep a Changelog group, each identity once. */
  group(ids: number[]): GroupedLines {
    const groups: GroupedLines = new Map(CHANGE_GROUPS.map((g) => [g, []]))
    const seen = new Set<string>()
    for (const id of ids) {
      const identity = this.strings.get(id * 3 + 1)
      if (seen.has(identity)) continue
      seen.add(identity)
      groups.get(CHANGE_GROUPS[this.groups[id]])!.push(this.strings.get(id * 3 + 2))
    }
    return groups
  }
}
