import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../base/errors.js'
import {
  currentVersion,
  detectVersionFiles,
  loadVersionFiles,
  parseFileSpecs,
  planVersionBump,
  readVersionFile,
  type LoadedVersionFile
} from './index.js'

function loaded(file: string, text: string): LoadedVersionFile {
  return { spec: { path: file }, text, report: readVersionFile({ path: file }, text) }
}

async function rejection(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

const tempDirs: string[] = []
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

/** A temp project with the given files (contents by relative path). */
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-'))
  tempDirs.push(dir)
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const SEED_SETUP =
  'from setuptools import setup\n\nsetup(\n    name="mypkg",\n    version="1.2.0",\n)\n'
const SEED_INIT = '"""mypkg."""\n__version__ = "1.2.0"\n'

describe('currentVersion', () => {
  it('returns the version every file agrees on, and the dynamic files', () => {
    const current = currentVersion([
      loaded('setup.py', 'setup(version=get_version())'),
      loaded('mypkg/__init__.py', SEED_INIT),
      loaded('VERSION', '1.2.0\n')
    ])
    expect(current.version).toBe('1.2.0')
    expect(current.occurrences.map((o) => `${o.file}:${o.line}`)).toEqual([
      'mypkg/__init__.py:2',
      'VERSION:1'
    ])
    expect(current.dynamic).toEqual([
      { file: 'setup.py', reason: 'setup(version=get_version()) is computed, not written here' }
    ])
  })

  it('returns no version when every file is dynamic', () => {
    expect(
      currentVersion([loaded('setup.cfg', '[metadata]\nversion = attr: a.b\n')]).version
    ).toBeUndefined()
  })

  it('throws one error listing every file, line and version when they disagree', () => {
    const lock =
      '{\n  "version": "1.2.0",\n  "packages": {\n    "": { "version": "1.1.0" }\n  }\n}\n'
    let error: unknown
    try {
      currentVersion([
        loaded('package.json', '{\n  "name": "x",\n  "version": "1.2.0"\n}\n'),
        loaded('package-lock.json', lock),
        loaded('setup.py', SEED_SETUP.replace('1.2.0', '1.1.0'))
      ])
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    const { message, locations, input } = error as ConfigurationError
    expect(message).toBe(
      'The version files disagree: 1.2.0 in package.json:3, package-lock.json:2; ' +
        '1.1.0 in package-lock.json:4, setup.py:5. Set them all to the same version, ' +
        "or list only the files to bump in the 'files' input."
    )
    expect(input).toBe('files')
    expect(locations).toEqual([
      { file: 'package.json', line: 3, col: 15 },
      { file: 'package-lock.json', line: 2, col: 15 },
      { file: 'package-lock.json', line: 4, col: 23 },
      { file: 'setup.py', line: 5, col: 14 }
    ])
  })
})

describe('planVersionBump', () => {
  it('plans the new text of each file that changes, and writes nothing', () => {
    const files = [
      loaded('setup.py', SEED_SETUP),
      loaded('mypkg/__init__.py', SEED_INIT),
      loaded('setup.cfg', '[metadata]\nversion = attr: mypkg.__version__\n')
    ]
    const plan = planVersionBump(files, '1.3.0')
    expect(plan.map((p) => Buffer.from(p.bytes).toString('utf8'))).toEqual(plan.map((p) => p.after))
    expect(plan.map(({ bytes: _bytes, ...rest }) => rest)).toEqual([
      {
        file: 'setup.py',
        before: SEED_SETUP,
        after:
          'from setuptools import setup\n\nsetup(\n    name="mypkg",\n    version="1.3.0",\n)\n',
        from: '1.2.0',
        occurrences: files[0].report.occurrences
      },
      {
        file: 'mypkg/__init__.py',
        before: SEED_INIT,
        after: '"""mypkg."""\n__version__ = "1.3.0"\n',
        from: '1.2.0',
        occurrences: files[1].report.occurrences
      }
    ])
  })

  it('plans nothing when the files already hold the version', () => {
    expect(planVersionBump([loaded('VERSION', '1.3.0\n')], '1.3.0')).toEqual([])
  })

  it('merges two entries for one file into one change', () => {
    const text = 'version: 1.2.0\nappVersion: 1.2.0\n'
    const specs = parseFileSpecs([
      'Chart.yaml:^version: (.+)$',
      'Chart.yaml:^appVersion: (.+)$',
      'Chart.yaml:^version: (.+)$'
    ])
    const files = specs.map((spec) => ({ spec, text, report: readVersionFile(spec, text) }))
    const plan = planVersionBump(files, '2.0.0')
    expect(plan.map((p) => [p.file, p.after])).toEqual([
      ['Chart.yaml', 'version: 2.0.0\nappVersion: 2.0.0\n']
    ])
  })

  it('refuses two entries whose matches overlap', () => {
    const text = 'v=1.2.0\n'
    const specs = parseFileSpecs(['a.txt:v=(1\\.2)', 'a.txt:v=(1\\.2\\.0)'])
    const files = specs.map((spec) => ({ spec, text, report: readVersionFile(spec, text) }))
    expect(() => planVersionBump(files, '2.0.0')).toThrow(/overlapping/)
  })
})

describe('detectVersionFiles', () => {
  it("finds the seed's Python project: setup.py and the package module, not the tests", async () => {
    const dir = project({
      'setup.py': SEED_SETUP,
      'mypkg/__init__.py': SEED_INIT,
      'mypkg/sub/__init__.py': '',
      'tests/__init__.py': '',
      'tests/test_app/__init__.py': '__version__ = "0.0.1"\n',
      'README.md': 'version 1.2.0\n'
    })
    expect(await detectVersionFiles(dir)).toEqual([
      { path: 'setup.py' },
      { path: 'mypkg/__init__.py' }
    ])
    const files = await loadVersionFiles(dir)
    expect(currentVersion(files).version).toBe('1.2.0')
    expect(planVersionBump(files, '1.3.0').map((c) => c.file)).toEqual([
      'setup.py',
      'mypkg/__init__.py'
    ])
  })

  it('finds every root manifest in order and modules up to three levels deep', async () => {
    const dir = project({
      VERSION: '1.2.0\n',
      'Cargo.toml': '[package]\nname = "a"\nversion = "1.2.0"\n',
      'pyproject.toml': '[project]\nname = "a"\ndynamic = ["version"]\n',
      'setup.cfg': '[metadata]\nversion = 1.2.0\n',
      'package-lock.json': '{"version": "1.2.0", "packages": {"": {"version": "1.2.0"}}}',
      'package.json': '{"version": "1.2.0"}',
      'src/mypkg/_version.py': 'version = "1.2.0"\n',
      'src/mypkg/core/version.py': '__version__ = "1.2.0"\n',
      'src/mypkg/core/deep/__init__.py': '__version__ = "1.2.0"\n',
      'node_modules/x/version.py': '__version__ = "9"\n',
      '.venv/lib/site/__init__.py': '__version__ = "9"\n',
      'env/lib/__init__.py': '__version__ = "9"\n',
      'env/pyvenv.cfg': 'home = /usr/bin\n',
      'build/lib/mypkg/__init__.py': '__version__ = "9"\n',
      'dist/__init__.py': '__version__ = "9"\n',
      'test/__init__.py': '__version__ = "9"\n',
      'mypkg.egg-info/version.py': '__version__ = "9"\n'
    })
    expect((await detectVersionFiles(dir)).map((s) => s.path)).toEqual([
      'package.json',
      'package-lock.json',
      'setup.cfg',
      'pyproject.toml',
      'Cargo.toml',
      'VERSION',
      'src/mypkg/_version.py',
      'src/mypkg/core/version.py'
    ])
  })

  it('skips a private package.json and reports a dynamic setup.py once', async () => {
    const dir = project({
      'package.json': '{ "private": true, "scripts": {} }',
      'setup.py': 'from mypkg import __version__\nsetup(version=__version__)\n',
      'mypkg/__init__.py': SEED_INIT
    })
    const files = await loadVersionFiles(dir)
    expect(
      files.map((f) => [f.spec.path, f.report.dynamic ?? f.report.occurrences.length])
    ).toEqual([
      ['setup.py', 'setup(version=__version__) is computed, not written here'],
      ['mypkg/__init__.py', 1]
    ])
    expect(planVersionBump(files, '1.3.0').map((c) => c.file)).toEqual(['mypkg/__init__.py'])
  })

  it('suggests the files input when it finds nothing', async () => {
    const dir = project({ 'README.md': '# app\n', 'package.json': '{"private": true}' })
    const error = await rejection(detectVersionFiles(dir))
    expect(error.input).toBe('files')
    expect(error.message).toContain('No version file found in')
    expect(error.message).toContain("in the 'files' input")
  })

  it('fails on a malformed version file, naming its line', async () => {
    const dir = project({ 'package.json': '{\n  "version": "1.0.0",\n}\n' })
    const error = await rejection(detectVersionFiles(dir))
    expect(error.locations).toEqual([{ file: 'package.json', line: 3, col: 1 }])
  })
})

describe('loadVersionFiles with listed files', () => {
  it('reads the listed files only, with their text', async () => {
    const dir = project({
      'setup.py': SEED_SETUP,
      'mypkg/__init__.py': SEED_INIT,
      VERSION: '1.2.0\n'
    })
    const files = await loadVersionFiles(
      dir,
      parseFileSpecs(['mypkg/__init__.py', 'VERSION:^(.+)$'])
    )
    expect(files.map((f) => [f.spec.path, f.text, f.report.format])).toEqual([
      ['mypkg/__init__.py', SEED_INIT, 'python-module'],
      ['VERSION', '1.2.0\n', 'regex']
    ])
  })

  it('detects when the list is empty', async () => {
    const dir = project({ VERSION: '0.1.0\n' })
    expect((await loadVersionFiles(dir, [])).map((f) => f.spec.path)).toEqual(['VERSION'])
  })

  it('names a listed file that does not exist', async () => {
    const dir = project({ 'setup.py': SEED_SETUP })
    const error = await rejection(
      loadVersionFiles(dir, [{ path: 'setup.py' }, { path: 'src/mypkg/__init__.py' }])
    )
    expect(error.input).toBe('files')
    expect(error.message).toContain(
      "The version file src/mypkg/__init__.py listed in 'files' does not exist"
    )
  })

  it('refuses a listed file that holds no version', async () => {
    const dir = project({ 'package.json': '{ "private": true }\n', 'Chart.yaml': 'name: x\n' })
    const pkg = await rejection(loadVersionFiles(dir, [{ path: 'package.json' }]))
    expect(pkg.message).toBe(
      'package.json has no version to bump: expected a top-level "version" field. ' +
        "Add it, or remove package.json from the 'files' input."
    )
    expect(pkg.locations).toEqual([{ file: 'package.json' }])
    const chart = await rejection(
      loadVersionFiles(dir, parseFileSpecs(['Chart.yaml:^version: (.+)$']))
    )
    expect(chart.message).toContain('expected a match of its regex')
  })
})
