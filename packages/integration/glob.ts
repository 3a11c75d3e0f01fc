/**
 * The few glob forms report paths need (`reports/*.xml`, `**\/TEST-*.xml`, `{unit,it}/*.xml`),
 * matched against a walk of the directory: Node 20 has no fs.glob.
 */
import { readdirSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'

const SPECIAL = /[*?{[]/

/** A RegExp for a glob over `/`-separated relative paths: `*`, `?`, `**`, `{a,b}`, `[abc]`. */
export function globToRegExp(pattern: string): RegExp {
  let source = ''
  let braces = 0
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        const slashAfter = pattern[i + 2] === '/'
        const atSegmentStart = i === 0 || pattern[i - 1] === '/'
        if (atSegmentStart && (slashAfter || i + 2 === pattern.length)) {
          // `**/` is any number of whole directories, a trailing `**` anything below.
          source += slashAfter ? '(?:[^/]+/)*' : '.*'
          i += slashAfter ? 2 : 1
          continue
        }
      }
      source += '[^/]*'
    } else if (char === '?') source += '[^/]'
    else if (char === '{') {
      braces++
      source += '(?:'
    } else if (char === '}' && braces > 0) {
      braces--
      source += ')'
    } else if (char === ',' && braces > 0) source += '|'
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end < 0) source += '\\['
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')
        source += `[${body}]`
        i = end
      }
    } else source += char.replace(/[.+^$()|\\\]]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/**
 * Files under `root` matching any of the patterns (relative to root, or absolute), sorted,
 * without duplicates. `.git` is never walked, `node_modules` only when a pattern names it.
 */
export function findFiles(root: string, patterns: readonly string[]): string[] {
  const found = new Set<string>()
  for (const raw of patterns) {
    const pattern = raw.replace(/\\/g, '/').replace(/^\.\//, '')
    const segments = pattern.split('/')
    const literal: string[] = []
    while (segments.length > 1 && !SPECIAL.test(segments[0])) literal.push(segments.shift()!)
    const base = isAbsolute(pattern) ? '/' + literal.join('/') : join(root, ...literal)
    const matcher = globToRegExp(segments.join('/'))
    const walkModules = pattern.includes('node_modules')
    for (const file of walk(base, walkModules)) {
      const rel = relative(base, file).split(sep).join('/')
      if (matcher.test(rel)) found.add(file)
    }
  }
  return [...found].sort()
}

function* walk(dir: string, walkModules: boolean): Generator<string> {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name === '.git' || (entry.name === 'node_modules' && !walkModules)) continue
      yield* walk(path, walkModules)
    } else if (entry.isFile()) yield path
  }
}
