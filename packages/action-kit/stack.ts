/**
 * A bug's stack as the user reads it: each frame of the bundle named by the TypeScript file and
 * line it came from, through dist/'s source maps. Mapped only when a stack is shown, so a step
 * that succeeds never reads a map (Node's own `--enable-source-maps` reads every chunk's map as
 * the chunk loads).
 */
import { existsSync, readFileSync } from 'node:fs'
import { SourceMap, type SourceMapPayload, type SourceMapping } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** `    at fn (/x/dist/shared/1.index.js:10:5)` and `    at /x/dist/shared/1.index.js:10:5`. */
const FRAME = /^(\s+at (?:async )?(?:.*? \()?)((?:file:\/\/)?\/[^():]+\.js):(\d+):(\d+)(\)?)$/

const maps = new Map<string, SourceMap | undefined>()

export function mappedStack(stack: string): string {
  return stack
    .split('\n')
    .map((line) => {
      const frame = FRAME.exec(line)
      if (!frame) return line
      const [, head, file, row, column, tail] = frame
      const path = file.startsWith('file://') ? fileURLToPath(file) : file
      const map = sourceMapOf(path)
      // Node answers `{}` for a position the map does not cover.
      const entry: Partial<SourceMapping> | undefined = map?.findEntry(
        Number(row) - 1,
        Number(column) - 1
      )
      if (entry?.originalSource === undefined || entry.originalLine === undefined) return line
      const source = resolve(dirname(path), entry.originalSource)
      return `${head}${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}${tail}`
    })
    .join('\n')
}

/** The map beside a bundle file (`<file>.map`), read once; undefined when there is none. */
function sourceMapOf(path: string): SourceMap | undefined {
  if (!maps.has(path)) {
    let map: SourceMap | undefined
    try {
      if (existsSync(`${path}.map`))
        map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMapPayload)
    } catch {
      map = undefined
    }
    maps.set(path, map)
  }
  return maps.get(path)
}
