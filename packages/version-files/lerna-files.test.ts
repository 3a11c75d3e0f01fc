import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { inspectVersionFiles, readVersionFile } from './index.js'

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

describe('lerna.json', () => {
  it("follows the packages globs, lerna's packages/* when it names none, never a negation or ..", () => {
    const named = readVersionFile(
      { path: 'lerna.json' },
      json({ version: '2.0.0', packages: ['./modules/*/', '!modules/legacy', '../outside/*'] })
    )
    expect(named.occurrences.map((o) => [o.version, o.line])).toEqual([['2.0.0', 2]])
    expect(named.follows?.map((f) => f.paths)).toEqual([['modules/*/package.json']])
    const unnamed = readVersionFile({ path: 'lerna.json' }, json({ version: '2.0.0' }))
    expect(unnamed.follows?.map((f) => f.paths)).toEqual([['packages/*/package.json']])
    const empty = readVersionFile({ path: 'lerna.json' }, json({ npmClient: 'npm' }))
    expect(empty).toMatchObject({ occurrences: [], noVersion: 'no "version" field' })
  })

  it('expands ** through nested folders, past node_modules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ra-lerna-'))
    try {
      const files: Record<string, string> = {
        'lerna.json': json({ version: '0.4.0', packages: ['libs/**'] }),
        'libs/a/package.json': json({ name: 'a', version: '0.4.0' }),
        'libs/group/b/package.json': json({ name: 'b', version: '0.4.0' }),
        'libs/a/node_modules/dep/package.json': json({ name: 'dep', version: '9.0.0' })
      }
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true })
        writeFileSync(join(dir, path), text)
      }
      const set = await inspectVersionFiles(dir)
      expect(set.files.map((f) => f.spec.path)).toEqual([
        'lerna.json',
        'libs/a/package.json',
        'libs/group/b/package.json'
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
