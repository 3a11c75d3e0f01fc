/**
 * The import rules of README "Architecture" hold for the repository, and the check that holds
 * them fails on what it must refuse: an upward import (static, type-only or `import()`), a
 * package cycle, a module cycle through `import()`.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkImports, LAYERS, readImports, type ImportEdge } from '../../scripts/check-cycles.mjs'
import { REPO_ROOT } from '../kit/invoker.js'

const at = (path: string) => join(REPO_ROOT, path)
const real = readImports()

function problemsWith(...extra: ImportEdge[]): string[] {
  return checkImports([...real, ...extra]).problems
}

describe('the layers', () => {
  test('the repository keeps them', () => {
    expect(checkImports(real).problems).toEqual([])
  })

  test('base at the bottom, the entries at the top', () => {
    expect(LAYERS[0]?.packages).toEqual(['base'])
    expect(LAYERS.at(-1)?.packages).toEqual(['actions', 'src'])
  })

  test("deploy and monitor are capabilities: their actions' use-cases live in packages/release", () => {
    const layerOf = (name: string) => LAYERS.find((l) => l.packages.includes(name))?.name
    expect(layerOf('deploy')).toBe('capabilities')
    expect(layerOf('monitor')).toBe('capabilities')
    expect(LAYERS.find((l) => l.name === 'use-cases')?.packages).toEqual(['release', 'preflight'])
    // A capability importing the use-case is upward.
    const edge = { from: at('packages/deploy/deploy.ts'), to: at('packages/release/target.ts') }
    expect(problemsWith(edge)[0]).toBe(
      'Upward import: packages/deploy/deploy.ts (capabilities) -> packages/release/target.ts (use-cases)'
    )
  })

  test('the README picture names each package in the layer LAYERS gives it', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const picture = /## Architecture[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    // Each layer's rows: the layer name starts the first; the package column is 15-52.
    const rows = new Map<string, string>()
    let layer = ''
    for (const line of picture.split('\n')) {
      const name = line.slice(0, 15).trim()
      if (name) layer = name
      rows.set(layer, `${rows.get(layer) ?? ''} ${line.slice(15, 52)}`)
    }
    for (const { name, packages } of LAYERS) {
      const column = rows.get(name) ?? ''
      for (const pkg of packages)
        expect([name, column]).toEqual([
          name,
          expect.stringMatching(new RegExp(`(?<![\\w.-])${pkg}(?![\\w.-])`))
        ])
    }
  })

  test.each([
    ['an import', {}, 'Upward import:'],
    ['a type-only import', { typeOnly: true }, 'Upward import:'],
    ['an import()', { dynamic: true }, 'Upward import():']
  ])('%s from git up to a use-case fails', (_kind, flags, message) => {
    const edge = { from: at('packages/git/git.ts'), to: at('packages/release/target.ts'), ...flags }
    const [first, ...rest] = problemsWith(edge)
    expect(first).toBe(
      `${message} packages/git/git.ts (outside world) -> packages/release/target.ts (use-cases)`
    )
    // Going up closes cycles through the packages that already import git; each is named too.
    for (const problem of rest) expect(problem).toMatch(/^Package cycle: .*git -> release/)
  })

  test('a package cycle within one layer fails, naming the imports that make it', () => {
    const edge = {
      from: at('packages/versioning/version.ts'),
      to: at('packages/changelog/render.ts'),
      typeOnly: true
    }
    const problems = problemsWith(edge)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^Package cycle: .*versioning -> changelog/)
    expect(problems[0]).toContain('packages/versioning/version.ts -> packages/changelog/render.ts')
  })

  test('a module cycle through import() fails', () => {
    const edge = {
      from: at('packages/base/errors.ts'),
      to: at('packages/base/duration.ts'),
      dynamic: true
    }
    expect(problemsWith(edge)).toEqual([
      'Import cycle: packages/base/errors.ts -> packages/base/duration.ts -> packages/base/errors.ts'
    ])
  })

  test('code of the product never imports the tests', () => {
    const edge = { from: at('packages/base/errors.ts'), to: at('test/kit/sandbox.ts') }
    expect(problemsWith(edge)).toEqual([
      'packages/base/errors.ts imports test or tool code: test/kit/sandbox.ts'
    ])
  })
})
