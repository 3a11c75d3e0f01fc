/**
 * bump-version's use-case on the shapes real projects keep their version in, in this process: each
 * project written here in that shape (never copied), released at a tag on main, then bumped on its
 * release branch from an actions/checkout-style clone (real git: bare origin, clones).
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from '@jest/globals'
import { Sandbox, TEST_IDENTITY } from '../../test/kit/sandbox.js'
import { shapeProject, type ShapeProject } from '../../test/kit/shape-project.js'
import { isConfigurationError, type ConfigurationError } from '../base/errors.js'
import { RecordingLogger } from '../base/logger.js'
import { Git } from '../git/git.js'
import { parseFileSpecs } from '../version-files/index.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import { bumpToRelease, type ReleaseBumpRequest } from './bump-version.js'

type Project = ShapeProject

const sandboxes: Sandbox[] = []
afterEach(() => {
  while (sandboxes.length) sandboxes.pop()?.cleanup()
})

/** The shape released at `v<released>` (default 1.2.0), on its release branch (release-v1.3.0). */
function project(
  files: Record<string, string | Uint8Array>,
  options: { released?: string; branch?: string } = {}
): Project {
  const p = shapeProject(files, options)
  sandboxes.push(p.sandbox)
  return p
}

let count = 0

/**
 * The use-case in a fresh actions/checkout-style clone of the release branch, with the action's
 * defaults; `files` as the lines of the 'files' input. Settled: the outcome, or what it threw.
 */
async function run(p: Project, files?: string[]) {
  const workspace = p.sandbox.checkout(`ws-${++count}`, p.branch)
  const git = new Git(workspace, { log: new RecordingLogger(), identity: TEST_IDENTITY })
  const request: ReleaseBumpRequest = {
    files: files && parseFileSpecs(files),
    branch: p.branch,
    patterns: parseBranchPatterns(),
    tagPrefix: 'v',
    mainBranch: '',
    releaseType: 'auto',
    message: 'Bump version to {version}',
    commit: true,
    push: true,
    dryRun: false
  }
  try {
    return { workspace, outcome: await bumpToRelease(git, request) }
  } catch (error) {
    return { workspace, error }
  }
}

/** A bump that must write: its outcome and the files it changed, in order. */
async function bump(p: Project, files?: string[]) {
  const { outcome, error } = await run(p, files)
  if (!outcome) throw error
  if (outcome.result === 'derived') throw new Error(`expected a bump, got: ${outcome.notice}`)
  return { outcome, changedFiles: outcome.bump.changes.map((c) => c.file) }
}

/** A run that must be refused with one user error, leaving the branch and the checkout as they were. */
async function refused(p: Project, files?: string[]): Promise<ConfigurationError> {
  const before = p.sandbox.remoteSha(`refs/heads/${p.branch}`)
  const { workspace, outcome, error } = await run(p, files)
  expect(outcome).toBeUndefined()
  expect(isConfigurationError(error)).toBe(true)
  expect(p.sandbox.remoteSha(`refs/heads/${p.branch}`)).toBe(before)
  expect(p.sandbox.git(workspace, 'status', '--porcelain')).toBe('')
  return error as ConfigurationError
}

const show = (p: Project, path: string) => p.sandbox.show(p.branch, path)

describe('versions it finds and moves', () => {
  test('__version__.py read by setup.py through exec: the module moves, a vendored copy does not', async () => {
    const p = project({
      'setup.py': [
        'import os',
        'from setuptools import setup',
        'about = {}',
        "with open(os.path.join('mypkg', '__version__.py')) as f:",
        '    exec(f.read(), about)',
        "setup(name='mypkg', version=about['__version__'])",
        ''
      ].join('\n'),
      'mypkg/__init__.py': 'from .__version__ import __version__\n',
      'mypkg/__version__.py': "__title__ = 'mypkg'\n__version__ = '1.2.0'\n",
      'mypkg/packages/urllib9/__init__.py': "__version__ = '0.7.1'\n",
      'mypkg/_vendor/six.py': '',
      'mypkg/_vendor/__init__.py': "__version__ = '9.9.9'\n"
    })
    const { outcome, changedFiles } = await bump(p)
    expect(outcome.result).toBe('updated')
    expect(outcome.bump.pushed).toBe(true)
    expect(p.sandbox.remoteSha(`refs/heads/${p.branch}`)).toBe(outcome.bump.commitSha)
    expect(changedFiles).toEqual(['mypkg/__version__.py'])
    expect(show(p, 'mypkg/__version__.py')).toBe("__title__ = 'mypkg'\n__version__ = '1.3.0'\n")
    expect(show(p, 'mypkg/packages/urllib9/__init__.py')).toBe("__version__ = '0.7.1'\n")
  })

  test('version tuples are written as tuples of the same shape', async () => {
    const p = project({
      'mypkg/__init__.py': [
        'from mypkg.utils.version import get_version',
        '',
        'VERSION = (1, 2, 0, "final", 0)',
        '',
        '__version__ = get_version(VERSION)',
        ''
      ].join('\n'),
      'mypkg/_version.py':
        '__version_info__ = (1, 2, 0)\n__version__ = ".".join(map(str, __version_info__))\n',
      'setup.cfg': '[metadata]\nname = mypkg\nversion = attr: mypkg.__version__\n'
    })
    const { changedFiles } = await bump(p)
    expect(changedFiles).toEqual(['mypkg/__init__.py', 'mypkg/_version.py'])
    expect(show(p, 'mypkg/__init__.py')).toContain('\nVERSION = (1, 3, 0, "final", 0)\n')
    expect(show(p, 'mypkg/_version.py')).toBe(
      '__version_info__ = (1, 3, 0)\n__version__ = ".".join(map(str, __version_info__))\n'
    )
    expect(show(p, 'setup.cfg')).toContain('version = attr: mypkg.__version__')
  })

  test('setup(version=VERSION) moves the module-level constant', async () => {
    const p = project({
      'setup.py': [
        "NAME = 'mypkg'",
        "VERSION = '1.2.0'",
        '',
        'from setuptools import setup',
        '',
        'setup(name=NAME, version=VERSION)',
        ''
      ].join('\n')
    })
    await bump(p)
    expect(show(p, 'setup.py')).toContain("VERSION = '1.3.0'\n")
    expect(show(p, 'setup.py')).toContain('setup(name=NAME, version=VERSION)')
  })

  test('hatch path and setuptools attr are followed; a nested project is never entered', async () => {
    const p = project({
      'pyproject.toml': [
        '[project]',
        'name = "mytool"',
        'dynamic = ["version"]',
        '',
        '[tool.hatch.version]',
        'path = "src/mytool/__about__.py"',
        ''
      ].join('\n'),
      'src/mytool/__init__.py': '',
      'src/mytool/__about__.py': '__version__ = "1.2.0"\n',
      // Another package with its own release line, in the same repository.
      'backend/pyproject.toml': '[project]\nname = "mybackend"\ndynamic = ["version"]\n',
      'backend/src/mybackend/__about__.py': '__version__ = "1.21.0"\n',
      'plugins/extra/setup.py': 'from setuptools import setup\nsetup(version="0.3.0")\n',
      'plugins/extra/extra/__init__.py': '__version__ = "0.3.0"\n'
    })
    const { changedFiles } = await bump(p)
    expect(changedFiles).toEqual(['src/mytool/__about__.py'])
    expect(show(p, 'backend/src/mybackend/__about__.py')).toBe('__version__ = "1.21.0"\n')
    expect(show(p, 'plugins/extra/extra/__init__.py')).toBe('__version__ = "0.3.0"\n')
  })

  test('[tool.setuptools.dynamic] attr names a module no name rule would find', async () => {
    const p = project({
      'pyproject.toml': [
        '[project]',
        'name = "mypkg"',
        'dynamic = ["version"]',
        '',
        '[tool.setuptools.dynamic]',
        'version = {attr = "mypkg.meta.RELEASE"}',
        ''
      ].join('\n'),
      'src/mypkg/__init__.py': '',
      'src/mypkg/meta.py': 'RELEASE = "1.2.0"\nOTHER = "1.2.0"\n'
    })
    await bump(p)
    expect(show(p, 'src/mypkg/meta.py')).toBe('RELEASE = "1.3.0"\nOTHER = "1.2.0"\n')
  })

  test('[tool.commitizen] version and .bumpversion.cfg current_version are kept in step', async () => {
    const p = project({
      'pyproject.toml': [
        '[project]',
        'name = "mypkg"',
        'version = "1.2.0"',
        '',
        '[tool.commitizen]',
        'name = "cz_conventional_commits"',
        'version = "1.2.0"',
        'tag_format = "v$version"',
        ''
      ].join('\n'),
      '.bumpversion.cfg':
        '[bumpversion]\ncurrent_version = 1.2.0\ncommit = True\n\n[bumpversion:file:pyproject.toml]\n'
    })
    const { changedFiles } = await bump(p)
    expect(changedFiles).toEqual(['pyproject.toml', '.bumpversion.cfg'])
    expect(show(p, 'pyproject.toml')).toBe(
      '[project]\nname = "mypkg"\nversion = "1.3.0"\n\n[tool.commitizen]\nname = "cz_conventional_commits"\nversion = "1.3.0"\ntag_format = "v$version"\n'
    )
    expect(show(p, '.bumpversion.cfg')).toContain('current_version = 1.3.0\n')
  })

  test('version.txt at the root, a PEP 440 pre-release of the target, moves', async () => {
    const p = project({ 'version.txt': '1.3.0a0\n' })
    await bump(p)
    expect(show(p, 'version.txt')).toBe('1.3.0\n')
  })

  test('bytes that are not UTF-8 elsewhere in the file are kept', async () => {
    const latin1 = (s: string) => Buffer.from(s, 'latin1')
    const p = project({
      'mypkg/__init__.py': latin1(
        '# -*- coding: latin-1 -*-\n# Auteur: René\n__version__ = "1.2.0"\n'
      )
    })
    await bump(p)
    expect(p.sandbox.showBytes(p.branch, 'mypkg/__init__.py')).toEqual(
      latin1('# -*- coding: latin-1 -*-\n# Auteur: René\n__version__ = "1.3.0"\n')
    )
  })

  test('npm workspaces: internal ranges that pin the old version move, other packages do not', async () => {
    const pkg = (body: Record<string, unknown>) => `${JSON.stringify(body, null, 2)}\n`
    const p = project({
      'package.json': pkg({ name: 'acme', version: '1.2.0', workspaces: ['packages/*'] }),
      'packages/core/package.json': pkg({ name: '@acme/core', version: '1.2.0' }),
      'packages/cli/package.json': pkg({
        name: '@acme/cli',
        version: '1.2.0',
        dependencies: { '@acme/core': '^1.2.0', 'left-pad': '1.2.0' },
        devDependencies: { '@acme/testing': '~1.1.0' }
      })
    })
    await bump(p, ['package.json', 'packages/core/package.json', 'packages/cli/package.json'])
    expect(JSON.parse(show(p, 'packages/cli/package.json'))).toEqual({
      name: '@acme/cli',
      version: '1.3.0',
      dependencies: { '@acme/core': '^1.3.0', 'left-pad': '1.2.0' },
      devDependencies: { '@acme/testing': '~1.1.0' }
    })
    expect(JSON.parse(show(p, 'packages/core/package.json')).version).toBe('1.3.0')
  })
})

/** cargo from PATH, or rustup's default place; CI installs Debian's. */
function findCargo(): string | undefined {
  for (const dir of [
    ...(process.env.PATH ?? '').split(':'),
    join(process.env.HOME ?? '', '.cargo/bin')
  ]) {
    if (dir && existsSync(join(dir, 'cargo'))) return join(dir, 'cargo')
  }
  return undefined
}
const cargo = findCargo()
// CI installs it, so there a missing cargo is a failure, never a quiet skip.
if (!cargo && process.env.CI) {
  throw new Error('cargo is absent in CI: .ci/run should have installed it.')
}
if (!cargo)
  console.warn('cargo metadata checks skipped: cargo is absent (apt-get install -y cargo).')

/** `cargo metadata --offline` in a clone of the branch: resolves the workspace or throws. */
function cargoResolves(p: Project): void {
  if (!cargo) return
  const dir = p.sandbox.clone(`cargo-${++count}`, p.branch)
  execFileSync(cargo, ['metadata', '--offline', '--format-version', '1'], {
    cwd: dir,
    env: { ...process.env, CARGO_HOME: join(p.sandbox.root, 'cargo-home') },
    stdio: ['ignore', 'ignore', 'pipe']
  })
}

describe('Cargo workspaces', () => {
  test('a 0.x workspace: [workspace.package] and its own path dependencies move, cargo resolves it', async () => {
    const p = project(
      {
        'Cargo.toml': [
          '[workspace]',
          'members = ["crates/*"]',
          'resolver = "2"',
          '',
          '[workspace.package]',
          'version = "0.11.0"',
          'edition = "2021"',
          '',
          '[workspace.dependencies]',
          'demo-core = { path = "crates/demo-core", version = "0.11.0" }',
          'demo-macros = { version = "=0.11.0", path = "crates/demo-macros" }',
          ''
        ].join('\n'),
        'crates/demo-core/Cargo.toml':
          '[package]\nname = "demo-core"\nversion.workspace = true\nedition.workspace = true\n',
        'crates/demo-core/src/lib.rs': '',
        'crates/demo-macros/Cargo.toml':
          '[package]\nname = "demo-macros"\nversion = { workspace = true }\nedition.workspace = true\n',
        'crates/demo-macros/src/lib.rs': '',
        'crates/demo-cli/Cargo.toml': [
          '[package]',
          'name = "demo-cli"',
          'version.workspace = true',
          'edition.workspace = true',
          '',
          '[dependencies]',
          'demo-core.workspace = true',
          'demo-macros = { workspace = true }',
          ''
        ].join('\n'),
        'crates/demo-cli/src/main.rs': 'fn main() {}\n'
      },
      { released: '0.11.0', branch: 'release-v0.12.0' }
    )
    const { changedFiles } = await bump(p)
    expect(changedFiles).toEqual(['Cargo.toml'])
    const root = show(p, 'Cargo.toml')
    expect(root).toContain('[workspace.package]\nversion = "0.12.0"\n')
    expect(root).toContain('demo-core = { path = "crates/demo-core", version = "0.12.0" }')
    expect(root).toContain('demo-macros = { version = "=0.12.0", path = "crates/demo-macros" }')
    cargoResolves(p)
  })

  test('crates listed in files: a lockstep pin like "=1.0.193" moves, a registry dependency does not', async () => {
    const p = project(
      {
        'Cargo.toml': '[workspace]\nmembers = ["mylib", "mylib_derive"]\nresolver = "2"\n',
        'mylib/Cargo.toml': [
          '[package]',
          'name = "mylib"',
          'version = "1.0.193"',
          'edition = "2021"',
          '',
          '[dependencies]',
          'mylib_derive = { version = "=1.0.193", optional = true, path = "../mylib_derive" }',
          '',
          "[target.'cfg(any())'.dependencies]",
          'mylib_derive = { version = "=1.0.193", path = "../mylib_derive" }',
          '',
          '[dev-dependencies]',
          'otherlib = { version = "1.0.193", optional = true }',
          ''
        ].join('\n'),
        'mylib/src/lib.rs': '',
        'mylib_derive/Cargo.toml':
          '[package]\nname = "mylib_derive"\nversion = "1.0.193"\nedition = "2021"\n',
        'mylib_derive/src/lib.rs': ''
      },
      { released: '1.0.193', branch: 'hotfix-v1.0.194' }
    )
    await bump(p, ['mylib/Cargo.toml', 'mylib_derive/Cargo.toml'])
    const lib = show(p, 'mylib/Cargo.toml')
    expect(lib).toContain('version = "1.0.194"\nedition')
    expect(lib.match(/mylib_derive = \{ version = "=1\.0\.194"/g)).toHaveLength(2)
    expect(lib).toContain('otherlib = { version = "1.0.193", optional = true }')
    expect(show(p, 'mylib_derive/Cargo.toml')).toContain('version = "1.0.194"')
  })

  test('a member that inherits its version, listed alone, is refused naming the root', async () => {
    const p = project({
      'Cargo.toml': '[workspace]\nmembers = ["app"]\n\n[workspace.package]\nversion = "1.2.0"\n',
      'app/Cargo.toml': '[package]\nname = "app"\nversion = { workspace = true }\n'
    })
    const error = await refused(p, ['app/Cargo.toml'])
    expect(error.message).toContain('app/Cargo.toml: [package] version.workspace = true')
    expect(error.message).toContain('list that file instead')
  })
})

describe('a version derived from the tag', () => {
  test.each([
    [
      'hatch-vcs',
      {
        'pyproject.toml':
          '[build-system]\nrequires = ["hatchling", "hatch-vcs"]\nbuild-backend = "hatchling.build"\n\n' +
          '[project]\nname = "mypkg"\ndynamic = ["version"]\n\n[tool.hatch.version]\nsource = "vcs"\n',
        'src/mypkg/__init__.py':
          'from importlib.metadata import version\n__version__ = version("mypkg")\n'
      }
    ],
    [
      'setuptools-scm',
      {
        'setup.py': 'from setuptools import setup\nsetup(name="mypkg", use_scm_version=True)\n',
        'mypkg/__init__.py': ''
      }
    ],
    [
      'versioneer',
      {
        'setup.py':
          'import versioneer\nfrom setuptools import setup\nsetup(version=versioneer.get_version(), cmdclass=versioneer.get_cmdclass())\n',
        'mypkg/__init__.py':
          "from ._version import get_versions\n__version__ = get_versions()['version']\n",
        'mypkg/_version.py':
          '# This file helps to compute a version number in source trees obtained from\n' +
          '# git-archive tarball. Generated by versioneer-0.29\n\ndef get_versions():\n    return {}\n'
      }
    ]
  ])('%s: result derived, a notice, nothing written', async (_tool, files) => {
    const p = project(files)
    const before = p.sandbox.remoteSha(`refs/heads/${p.branch}`)
    const { workspace, outcome: derived, error } = await run(p)
    if (!derived) throw error
    if (derived.result !== 'derived') throw new Error(`expected derived, got ${derived.result}`)
    expect(derived.target).toMatchObject({ version: '1.3.0', tag: 'v1.3.0' })
    expect(derived.previousVersion).toBe('1.2.0')
    expect(derived.derivedFrom).not.toEqual([])
    expect(derived.notice).toMatch(
      /derived from the git tag.*create-tag's tag v1\.3\.0 will be the version/
    )
    expect(p.sandbox.remoteSha(`refs/heads/${p.branch}`)).toBe(before)
    expect(p.sandbox.git(workspace, 'status', '--porcelain')).toBe('')
  })
})

describe('refused, naming why, with nothing written', () => {
  test('a computed version that is not from the tag: every file looked at and the files: way out', async () => {
    const p = project({
      'setup.py': 'from setuptools import setup\nsetup(name="mypkg", version=get_version())\n',
      'mypkg/__init__.py':
        'from importlib.metadata import version\n__version__ = version("mypkg")\n'
    })
    const error = await refused(p)
    expect(error.message).toContain(
      'No file holds a version to write (setup.py: setup(version=get_version()) is computed, not written here; ' +
        'mypkg/__init__.py: __version__ = version("mypkg") is computed, not written here). ' +
        'Looked at setup.py, mypkg/__init__.py.'
    )
    expect(error.message).toMatch(/'files' input as path:regex/)
  })

  test("Go's VERSION (go1.27.2 and a time line) is no version of the project", async () => {
    const p = project({ VERSION: 'go1.27.2\ntime 2026-10-01T00:00:00Z\n' })
    const error = await refused(p)
    expect(error.message).toContain("VERSION: its first line 'go1.27.2' is not a version")
    expect(show(p, 'VERSION')).toBe('go1.27.2\ntime 2026-10-01T00:00:00Z\n')
  })

  test('files below the latest release: both versions named', async () => {
    const p = project({ 'mypkg/__init__.py': '__version__ = "1.1.0"\n' })
    const error = await refused(p)
    expect(error.message).toMatch(
      /say 1\.1\.0 \(mypkg\/__init__\.py:1\), but the latest release is v1\.2\.0/
    )
    expect(error.locations).toEqual([
      expect.objectContaining({ file: 'mypkg/__init__.py', line: 1 })
    ])
  })

  test('files above the release version: both versions named', async () => {
    const p = project({ 'mypkg/__init__.py': '__version__ = "1.4.0"\n' })
    const error = await refused(p)
    expect(error.message).toMatch(/say 1\.4\.0 .*above the release version 1\.3\.0 \(v1\.3\.0\)/)
  })

  test('problems with the files and with the version policy come together', async () => {
    const p = project(
      { 'mypkg/__init__.py': '__version__ = "1.2.0"\n' },
      { branch: 'release-v1.4.0' }
    )
    const error = await refused(p, ['mypkg/__init__.py', 'src/missing/__init__.py'])
    expect(error.message).toMatch(
      /^2 problems with this run:\n1\. The version file src\/missing\/__init__\.py/
    )
    expect(error.message).toMatch(/\n2\. .*v1\.2\.0/)
  })

  test('every problem of the run in one error', async () => {
    const p = project({
      'package.json': '{\n  "name": "app",\n  "version": "1.2.0",,\n}\n',
      'Chart.yaml': 'name: app\n',
      'mypkg/__init__.py': '__version__ = "1.2.0"\n'
    })
    const error = await refused(p, [
      'package.json',
      'Chart.yaml:^appVersion: (.+)$',
      'src/missing/__init__.py',
      'mypkg/__init__.py'
    ])
    expect(error.message).toMatch(/^3 problems with this run:/)
    expect(error.message).toContain('package.json is not valid JSON')
    expect(error.message).toContain('Chart.yaml has no version to bump')
    expect(error.message).toContain('src/missing/__init__.py listed in')
  })
})
