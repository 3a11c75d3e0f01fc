import { describe, expect, test } from '@jest/globals'
import { HistoryIndex, type TaggedRelease } from './history.js'
import type { ReleaseEntry } from './merge.js'
import { ShaTable } from './sha-table.js'

/** A 40-digit name per label: `sha('c1')`. */
const sha = (label: string): string =>
  Buffer.from(label).toString('hex').padStart(40, '0').slice(-40)
const entry = (text: string): ReleaseEntry => ({ group: 'Added', text })
const byText = (a: string, b: string): number => a.localeCompare(b)
const texts = (buckets: Map<string | undefined, ReleaseEntry[]>, key: string | undefined) =>
  buckets.get(key)?.map((e) => e.text)

/** Adds commits in log order: [label, parent labels, entry text or undefined]. */
function history(commits: Array<[string, string[], string?]>): HistoryIndex {
  const index = new HistoryIndex()
  for (const [label, parents, text] of commits)
    index.add(sha(label), parents.map(sha).join(' '), text === undefined ? undefined : entry(text))
  return index
}
const release = (version: string, label: string): TaggedRelease => ({
  version,
  sha: sha(label),
  date: '2026-01-01'
})

describe('HistoryIndex.bucket', () => {
  // c1 - c2(v1.0.0) - c3 - m5(v1.1.0) - c6 (HEAD); c4 branches from c2 and merges at m5.
  const merged = history([
    ['c6', ['m5'], 'six'],
    ['m5', ['c3', 'c4']],
    ['c4', ['c2'], 'four'],
    ['c3', ['c2'], 'three'],
    ['c2', ['c1'], 'two'],
    ['c1', [], 'one']
  ])

  test('each commit belongs to the oldest release that reaches it; the rest is unreleased', () => {
    const buckets = merged.bucket(
      [release('1.1.0', 'm5'), release('1.0.0', 'c2')],
      byText,
      sha('c6')
    )
    expect(texts(buckets, '1.0.0')).toEqual(['one', 'two'])
    expect(texts(buckets, '1.1.0')).toEqual(['three', 'four'])
    expect(texts(buckets, undefined)).toEqual(['six'])
  })

  test('a release tag on HEAD leaves nothing unreleased', () => {
    const buckets = merged.bucket([release('2.0.0', 'c6')], byText, sha('c6'))
    expect(buckets.get('2.0.0')).toHaveLength(5)
    expect(buckets.get(undefined)).toEqual([])
  })

  test('two tags on one commit: the older version has it all, the newer nothing', () => {
    const buckets = merged.bucket(
      [release('1.1.0', 'c3'), release('1.0.0', 'c3')],
      byText,
      sha('c6')
    )
    expect(texts(buckets, '1.0.0')).toEqual(['one', 'two', 'three'])
    expect(buckets.get('1.1.0')).toEqual([])
    expect(texts(buckets, undefined)).toEqual(['four', 'six'])
  })

  test('a tag outside the history is not in it and claims nothing', () => {
    expect(merged.has(sha('c2'))).toBe(true)
    expect(merged.has(sha('elsewhere'))).toBe(false)
    expect(merged.has('not a sha')).toBe(false)
    const buckets = merged.bucket(
      [release('1.0.0', 'elsewhere'), release('1.1.0', 'c2')],
      byText,
      sha('c6')
    )
    expect(buckets.get('1.0.0')).toEqual([])
    expect(texts(buckets, '1.1.0')).toEqual(['one', 'two'])
  })

  test('a parent the log lists before its child (clock skew) is still claimed by the child', () => {
    // b1 was committed with an older clock than its parent p, so git lists p first.
    const skewed = history([
      ['m', ['a1', 'b1'], 'merge'],
      ['a1', ['p'], 'a'],
      ['p', ['root'], 'p'],
      ['b1', ['p'], 'b'],
      ['root', [], 'root']
    ])
    const buckets = skewed.bucket([release('1.0.0', 'b1')], byText, sha('m'))
    // Oldest first is the log's order read backwards.
    expect(texts(buckets, '1.0.0')).toEqual(['root', 'b', 'p'])
    expect(texts(buckets, undefined)).toEqual(['a', 'merge'])
  })

  test('a shallow boundary: parents the log does not list are skipped', () => {
    const shallow = history([
      ['c3', ['c2'], 'three'],
      ['c2', ['c1'], 'two']
    ])
    expect(shallow.size).toBe(2)
    expect(shallow.has(sha('c1'))).toBe(false)
    const buckets = shallow.bucket([release('1.0.0', 'c2')], byText, sha('c3'))
    expect(texts(buckets, '1.0.0')).toEqual(['two'])
    expect(texts(buckets, undefined)).toEqual(['three'])
  })

  test('a random history gives what reachability from each tag says', () => {
    let seed = 7
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    // Commits 0..n-1 oldest first, parents older; the log lists them newest first.
    const n = 3000
    const parents: number[][] = [[]]
    for (let c = 1; c < n; c++) {
      const first = c - 1 - Math.floor(random() * Math.min(c, 3))
      const second = random() < 0.2 ? Math.floor(random() * c) : -1
      parents.push(second === -1 || second === first ? [first] : [first, second])
    }
    const label = (c: number): string => `n${c}`
    const index = history(
      [...parents.keys()]
        .reverse()
        .map((c): [string, string[], string] => [label(c), parents[c].map(label), label(c)])
    )
    const tagged = Array.from({ length: 40 }, () => Math.floor(random() * n))
    const releases = tagged.map((c, k) => release(`1.${k}.0`, label(c)))
    const buckets = index.bucket(
      releases,
      (a, b) => Number(a.slice(2, -2)) - Number(b.slice(2, -2)),
      sha(label(n - 1))
    )
    // The reference: a commit belongs to the lowest-numbered tag whose commit reaches it.
    const reaches = (from: number): Set<number> => {
      const seen = new Set([from])
      for (const c of seen) for (const p of parents[c]) seen.add(p)
      return seen
    }
    const owner = new Map<number, string | undefined>()
    for (const c of [...reaches(n - 1)].sort((a, b) => a - b)) owner.set(c, undefined)
    tagged.forEach((tag, k) => {
      for (const c of reaches(tag))
        if (!owner.has(c) || owner.get(c) === undefined) owner.set(c, `1.${k}.0`)
    })
    for (const key of [...releases.map((r) => r.version), undefined]) {
      const expected = [...owner]
        .filter(([, o]) => o === key)
        .map(([c]) => c)
        .sort((a, b) => a - b)
        .map(label)
      expect(texts(buckets, key)).toEqual(expected)
    }
  })
})

describe('ShaTable', () => {
  test('numbers names in the order first seen, and finds them again', () => {
    const table = new ShaTable()
    const a = sha('a')
    const log = `${sha('b')} ${a}`
    expect(table.intern(a)).toBe(0)
    expect(table.intern(log, 0, 40)).toBe(1)
    expect(table.intern(log, 41, 40)).toBe(0)
    expect(table.lookup(sha('b'))).toBe(1)
    expect(table.lookup(sha('c'))).toBe(-1)
    expect(table.lookup('abc')).toBe(-1)
    expect(table.size).toBe(2)
  })

  test('names that share their first eight digits stay apart; the table grows', () => {
    const table = new ShaTable()
    const names = [...Array(5000).keys()].map((i) => `deadbeef${i.toString(16).padStart(32, '0')}`)
    names.forEach((name, i) => expect(table.intern(name)).toBe(i))
    names.forEach((name, i) => expect(table.lookup(name)).toBe(i))
    expect(table.size).toBe(5000)
  })

  test('SHA-256 names, and what is not a name', () => {
    const table = new ShaTable()
    const long = 'ab'.repeat(32)
    expect(table.intern(long)).toBe(0)
    expect(table.lookup(long)).toBe(0)
    expect(table.lookup('ab'.repeat(20))).toBe(-1)
    expect(() => table.intern('xy'.repeat(32))).toThrow(/not an object name/)
  })
})
