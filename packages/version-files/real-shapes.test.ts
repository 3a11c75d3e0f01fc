import { ConfigurationError } from '../base/errors.js'
import {
  planVersionBump,
  readVersionFile,
  replaceVersions,
  type LoadedVersionFile
} from './index.js'

function loaded(path: string, text: string): LoadedVersionFile {
  return { spec: { path }, text, report: readVersionFile({ path }, text) }
}
const bump = (path: string, text: string, version: string) =>
  replaceVersions(text, readVersionFile({ path }, text), version)

describe('Python version tuples', () => {
  it('reads a five-element tuple with its release level, and writes a pre-release into it', () => {
    const text = 'VERSION = (4, 2, 2, "alpha", 0)\n'
    const report = readVersionFile({ path: 'pkg/__init__.py' }, text)
    expect(report.occurrences.map((o) => [o.field, o.version])).toEqual([
      ['VERSION', '4.2.2-alpha.0']
    ])
    expect(replaceVersions(text, report, '4.3.0')).toBe('VERSION = (4, 3, 0, "final", 0)\n')
    expect(replaceVersions(text, report, '4.3.0-rc.2')).toBe('VERSION = (4, 3, 0, "rc", 2)\n')
  })

  it('keeps the spacing and a trailing comma of a three-element tuple', () => {
    expect(bump('pkg/_version.py', '__version_info__ = (1,1,0,)\n', '1.2.0')).toBe(
      '__version_info__ = (1,2,0,)\n'
    )
  })

  it('refuses a version the tuple cannot say', () => {
    const report = readVersionFile({ path: 'pkg/_version.py' }, '__version_info__ = (1, 1, 0)\n')
    expect(() => replaceVersions('__version_info__ = (1, 1, 0)\n', report, '1.2.0-rc.1')).toThrow(
      ConfigurationError
    )
  })

  it('ignores tuples of other shapes and other names', () => {
    const text = 'VERSION = (1, 2)\nPOINT = (1, 2, 3)\nversion_info = (1, "2", 3)\n'
    expect(readVersionFile({ path: 'pkg/__init__.py' }, text).occurrences).toEqual([])
  })
})

describe('Python constants and tools', () => {
  it('__version__ = VERSION moves the constant once', () => {
    const text = 'VERSION = "1.2.0"\n__version__ = VERSION\n'
    const report = readVersionFile({ path: 'pkg/version.py' }, text)
    expect(report.occurrences).toHaveLength(1)
    expect(replaceVersions(text, report, '1.3.0')).toBe(
      'VERSION = "1.3.0"\n__version__ = VERSION\n'
    )
  })

  it('a literal __version__ wins over a mention of versioneer', () => {
    const report = readVersionFile(
      { path: 'pkg/__init__.py' },
      '"""Formerly used versioneer."""\n__version__ = "1.2.0"\n'
    )
    expect(report.fromTag).toBeUndefined()
    expect(report.occurrences.map((o) => o.version)).toEqual(['1.2.0'])
  })
})

describe('pyproject.toml and INI files', () => {
  it('poetry-dynamic-versioning: the placeholder is not the version', () => {
    const report = readVersionFile(
      { path: 'pyproject.toml' },
      '[tool.poetry]\nname = "x"\nversion = "0.0.0"\n\n[tool.poetry-dynamic-versioning]\nenable = true\n'
    )
    expect(report.occurrences).toEqual([])
    expect(report.fromTag).toBe(true)
  })

  it('setup.cfg: [bumpversion] current_version moves with [metadata] version', () => {
    const text = '[metadata]\nversion = 1.2.0\n\n[bumpversion]\ncurrent_version = 1.2.0\n'
    expect(bump('setup.cfg', text, '1.3.0')).toBe(
      '[metadata]\nversion = 1.3.0\n\n[bumpversion]\ncurrent_version = 1.3.0\n'
    )
  })

  it('follows setup.cfg attr: and file: to the module or file they name', () => {
    expect(
      readVersionFile(
        { path: 'setup.cfg' },
        '[metadata]\nversion = attr: mypkg.about.__version__\n'
      ).follows
    ).toEqual([
      {
        paths: [
          'mypkg/about/__init__.py',
          'mypkg/about.py',
          'src/mypkg/about/__init__.py',
          'src/mypkg/about.py'
        ],
        format: 'python-module',
        variable: '__version__',
        namedBy: 'setup.cfg [metadata] version'
      }
    ])
    expect(
      readVersionFile({ path: 'setup.cfg' }, '[metadata]\nversion = file: src/VERSION\n').follows
    ).toEqual([
      { paths: ['src/VERSION'], format: 'VERSION', namedBy: 'setup.cfg [metadata] version' }
    ])
  })
})

describe('VERSION files', () => {
  it.each([
    ['1.2.0\n', '1.2.0'],
    ['v1.2.0\n', '1.2.0'],
    ['2.1.0a0\n', '2.1.0a0'],
    ['1.2.0-rc.1+build.5\n', '1.2.0-rc.1+build.5']
  ])('reads %j as %s', (text, version) => {
    expect(readVersionFile({ path: 'VERSION' }, text).occurrences.map((o) => o.version)).toEqual([
      version
    ])
  })

  it.each(['go1.27.2\n', 'latest\n', '2026-10-01 release\n'])(
    'finds no version in %j and says why',
    (text) => {
      const report = readVersionFile({ path: 'VERSION' }, text)
      expect(report.occurrences).toEqual([])
      expect(report.noVersion).toMatch(/^its first line '.+' is not a version$/)
    }
  )
})

describe('dependency pins', () => {
  it('Cargo: only pins of the current version on own crates move, operators kept', () => {
    const root = [
      '[workspace.package]',
      'version = "0.11.0"',
      '[workspace.dependencies]',
      'a = { path = "crates/a", version = "0.11.0" }',
      'b = { path = "crates/b", version = "^0.11.0" }',
      'c = { path = "crates/c", version = "0.3.0" }',
      'serde = { version = "0.11.0" }',
      'd = { path = "crates/d", version = ">=0.11, <0.13" }',
      ''
    ].join('\n')
    const [change] = planVersionBump([loaded('Cargo.toml', root)], '0.12.0')
    expect(change.after).toBe(
      root
        .replace('version = "0.11.0"\n[', 'version = "0.12.0"\n[')
        .replace('"crates/a", version = "0.11.0"', '"crates/a", version = "0.12.0"')
        .replace('"^0.11.0"', '"^0.12.0"')
    )
  })

  it('npm lock: a workspace entry and its internal ranges move when its package is bumped', () => {
    const lock = JSON.stringify(
      {
        name: 'acme',
        version: '1.2.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'acme', version: '1.2.0', workspaces: ['packages/*'] },
          'node_modules/@acme/core': { resolved: 'packages/core', link: true },
          'node_modules/left-pad': { version: '1.2.0' },
          'packages/core': { name: '@acme/core', version: '1.2.0' },
          'packages/cli': {
            name: '@acme/cli',
            version: '1.2.0',
            dependencies: { '@acme/core': '^1.2.0' }
          }
        }
      },
      null,
      2
    )
    const files = [
      loaded('package.json', '{"name": "acme", "version": "1.2.0"}'),
      loaded('packages/core/package.json', '{"name": "@acme/core", "version": "1.2.0"}'),
      loaded('package-lock.json', lock)
    ]
    const after = JSON.parse(planVersionBump(files, '1.3.0')[2].after) as {
      packages: Record<string, { version?: string; dependencies?: Record<string, string> }>
    }
    expect(after.packages['packages/core'].version).toBe('1.3.0')
    expect(after.packages['packages/cli'].version).toBe('1.2.0')
    expect(after.packages['packages/cli'].dependencies).toEqual({ '@acme/core': '^1.3.0' })
    expect(after.packages['node_modules/left-pad'].version).toBe('1.2.0')
  })
})
