/**
 * Where a failed test sits in the repository, for an `::error file=,line=` annotation: from
 * the report's attributes, else from the failure's traceback (pytest), stack (Node) or frames
 * (Java). Paths come back relative to the working directory.
 */
import { existsSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import type { FileLocation } from '../base/errors.js'
import type { TestCase } from './junit.js'

const PYTEST_ENTRY = /^(\S+?\.py):(\d+):(?: |$)/gm
const NODE_FRAME = /(?:\(|at )((?:\/|[A-Za-z]:\\|\.{0,2}\/?)[^\s()]*?\.[cm]?[jt]sx?):(\d+):\d+\)?/g
const JAVA_FRAME = /at ([\w$.]+)\.[\w$<>]+\(([\w$]+\.(?:java|kt|groovy|scala)):(\d+)\)/g
const JAVA_SOURCE_ROOTS = [
  'src/test/java',
  'src/it/java',
  'src/integrationTest/java',
  'src/test/kotlin'
]

/** The test's file and line, when the report lets us know them. */
export function locateTest(test: TestCase, workingDirectory: string): FileLocation | undefined {
  if (test.file) {
    const file = inRepository(test.file, workingDirectory, !isAbsolute(test.file))
    if (file) return { file, line: test.line ?? lineIn(test.details, test.file) }
  }
  const details = test.details ?? ''
  for (const match of details.matchAll(PYTEST_ENTRY)) {
    if (match[1].includes('site-packages')) continue
    const file = inRepository(match[1], workingDirectory, true)
    if (file) return { file, line: Number(match[2]) }
  }
  for (const match of details.matchAll(NODE_FRAME)) {
    if (match[1].includes('node_modules') || match[1].startsWith('node:')) continue
    const file = inRepository(match[1], workingDirectory, false)
    if (file) return { file, line: Number(match[2]) }
  }
  for (const match of details.matchAll(JAVA_FRAME)) {
    const className = match[1].split('$')[0]
    if (className !== test.classname) continue
    const path = `${className.split('.').slice(0, -1).join('/')}/${match[2]}`
    const root = JAVA_SOURCE_ROOTS.find((r) => existsSync(join(workingDirectory, r, path)))
    if (root) return { file: `${root}/${path}`, line: Number(match[3]) }
  }
  return undefined
}

/**
 * The path relative to the working directory: as given when relative (`trusted`) or when it
 * exists there; an absolute path under the working directory made relative; one from another
 * machine (a container's /app/...) mapped by its longest suffix that exists here.
 */
function inRepository(
  path: string,
  workingDirectory: string,
  trusted: boolean
): string | undefined {
  const normal = path.replace(/\\/g, '/')
  if (!isAbsolute(normal)) {
    const clean = normal.replace(/^\.\//, '')
    return trusted || existsSync(join(workingDirectory, clean)) ? clean : undefined
  }
  const rel = relative(workingDirectory, normal)
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/')
  const segments = normal.split('/').filter(Boolean)
  for (let i = 1; i < segments.length; i++) {
    const suffix = segments.slice(i).join('/')
    if (existsSync(join(workingDirectory, suffix))) return suffix
  }
  return undefined
}

function lineIn(details: string | undefined, file: string): number | undefined {
  if (!details) return undefined
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`${escaped}:(\\d+)`).exec(details)
  return match ? Number(match[1]) : undefined
}
