import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { mappedStack } from './stack.js'

const dir = mkdtempSync(join(tmpdir(), 'ra-stack-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// A bundle of three lines whose map says: line 1 is src/a.ts line 1, line 2 is a.ts line 2
// (from column 0) and line 3 column 4 on is src/b.ts line 10 column 3.
const bundle = join(dir, 'dist', 'shared', '1.index.js')
mkdirSync(join(dir, 'dist', 'shared'), { recursive: true })
writeFileSync(bundle, 'a()\nb()\n    c()\n')
writeFileSync(
  `${bundle}.map`,
  JSON.stringify({
    version: 3,
    sources: ['../../src/a.ts', '../../src/b.ts'],
    names: [],
    mappings: 'AAAA;AACA;ICQE'
  })
)
const unmapped = join(dir, 'other.js')
writeFileSync(unmapped, 'x()\n')

describe('mappedStack', () => {
  test('names the TypeScript file and line of each bundle frame, from the map beside it', () => {
    const stack = [
      "TypeError: Cannot read properties of undefined (reading 'ref')",
      `    at find (${bundle}:2:1)`,
      `    at async ${bundle}:3:5`,
      `    at ${bundle}:2:1`,
      `    at step (${pathToFileURL(bundle).href}:1:1)`,
      `    at other (${unmapped}:1:1)`,
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)'
    ].join('\n')
    expect(mappedStack(stack).split('\n')).toEqual([
      "TypeError: Cannot read properties of undefined (reading 'ref')",
      `    at find (${join(dir, 'src', 'a.ts')}:2:1)`,
      `    at async ${join(dir, 'src', 'b.ts')}:10:3`,
      `    at ${join(dir, 'src', 'a.ts')}:2:1`,
      `    at step (${join(dir, 'src', 'a.ts')}:1:1)`,
      `    at other (${unmapped}:1:1)`,
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)'
    ])
  })

  test('leaves a frame alone when the map cannot be read', () => {
    const broken = join(dir, 'broken.js')
    writeFileSync(broken, 'x()\n')
    writeFileSync(`${broken}.map`, '{ not json')
    const stack = `Error: x\n    at f (${broken}:1:1)`
    expect(mappedStack(stack)).toBe(stack)
  })
})
