import { ConfigurationError } from '../base/errors.js'
import { readVersionFile, replaceVersions } from './index.js'

function bump(path: string, text: string, version: string): string {
  return replaceVersions(text, readVersionFile({ path }, text), version)
}

function caught(run: () => unknown): ConfigurationError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('pyproject.toml', () => {
  it('rewrites [project] version and keeps comments, quotes and CRLF', () => {
    const text =
      '# build config\r\n[build-system]\r\nrequires = ["setuptools>=61"]\r\n\r\n' +
      "[project]\r\nname = 'mypkg'\r\nversion = '1.2.0'   # bumped by CI\r\n" +
      'dependencies = ["requests>=1.2.0"]\r\n'
    const report = readVersionFile({ path: 'pyproject.toml' }, text)
    expect(report.occurrences.map((o) => [o.field, o.line, o.column, o.version])).toEqual([
      ['[project] version', 7, 12, '1.2.0']
    ])
    expect(replaceVersions(text, report, '1.3.0')).toBe(
      '# build config\r\n[build-system]\r\nrequires = ["setuptools>=61"]\r\n\r\n' +
        "[project]\r\nname = 'mypkg'\r\nversion = '1.3.0'   # bumped by CI\r\n" +
        'dependencies = ["requests>=1.2.0"]\r\n'
    )
  })

  it('rewrites [tool.poetry] version, not the dependency tables', () => {
    const text = [
      '[tool.poetry]',
      'name = "mypkg"',
      'version = "0.9.1"',
      'description = """',
      '[tool.poetry]',
      'version = "7.7.7"',
      '"""',
      '',
      '[tool.poetry.dependencies]',
      'python = "^3.10"',
      'requests = { version = "0.9.1", optional = true }',
      '[tool.poetry.group.dev.dependencies.pytest]',
      'version = "0.9.1"'
    ].join('\n')
    const report = readVersionFile({ path: 'pyproject.toml' }, text)
    expect(report.occurrences.map((o) => [o.field, o.line])).toEqual([['[tool.poetry] version', 3]])
    expect(bump('pyproject.toml', text, '1.0.0').split('\n')).toEqual(
      text.split('\n').map((line, i) => (i === 2 ? 'version = "1.0.0"' : line))
    )
  })

  it('finds both when [project] and [tool.poetry] hold the version', () => {
    const text = '[project]\nname = "x"\nversion = "2.0.0"\n\n[tool.poetry]\nversion = "2.0.0"'
    const after = bump('pyproject.toml', text, '2.1.0')
    expect(after).toBe(
      '[project]\nname = "x"\nversion = "2.1.0"\n\n[tool.poetry]\nversion = "2.1.0"'
    )
  })

  it('finds a version written as a dotted key or quoted key', () => {
    const dotted = 'project.name = "x"\nproject.version = "3.1.4"\n'
    expect(readVersionFile({ path: 'pyproject.toml' }, dotted).occurrences[0]).toMatchObject({
      line: 2,
      version: '3.1.4'
    })
    const quoted = '["project"]\n"version" = "3.1.4"\n'
    expect(bump('pyproject.toml', quoted, '3.2.0')).toBe('["project"]\n"version" = "3.2.0"\n')
  })

  it.each([
    [
      'setuptools attr',
      '[tool.setuptools.dynamic]\nversion = {attr = "mypkg.__version__"}',
      'attr mypkg.__version__'
    ],
    ['setuptools file', '[tool.setuptools.dynamic]\nversion = {file = "VERSION"}', 'from VERSION'],
    [
      'hatch path',
      '[tool.hatch.version]\npath = "src/mypkg/__about__.py"',
      'src/mypkg/__about__.py'
    ],
    ['hatch-vcs', '[tool.hatch.version]\nsource = "vcs"', 'git tags'],
    ['setuptools-scm', '[tool.setuptools_scm]', 'git tags'],
    ['an unknown backend', '', 'build backend computes it']
  ])('reports dynamic = ["version"] with %s as dynamic', (_, tool, reason) => {
    const text = `[project]\nname = "mypkg"\ndynamic = ["readme", "version"]\n\n${tool}\n`
    const report = readVersionFile({ path: 'pyproject.toml' }, text)
    expect(report.occurrences).toEqual([])
    expect(report.dynamic).toContain('[project] dynamic = ["version"]')
    expect(report.dynamic).toContain(reason)
  })

  it('prefers a poetry version over a dynamic [project] version', () => {
    const text = '[project]\nname = "x"\ndynamic = ["version"]\n[tool.poetry]\nversion = "1.0.0"\n'
    const report = readVersionFile({ path: 'pyproject.toml' }, text)
    expect(report.dynamic).toBeUndefined()
    expect(report.occurrences.map((o) => o.field)).toEqual(['[tool.poetry] version'])
  })

  it('reports nothing for a pyproject.toml that only configures tools', () => {
    const report = readVersionFile({ path: 'pyproject.toml' }, '[tool.black]\nline-length = 100\n')
    expect(report).toEqual({ file: 'pyproject.toml', format: 'pyproject.toml', occurrences: [] })
  })

  it('names the file, line and column of malformed TOML', () => {
    const text = '[project]\nname = "x"\nversion = 1.2.0"\n'
    const error = caught(() => readVersionFile({ path: 'pyproject.toml' }, text))
    expect(error.message).toMatch(/^pyproject\.toml is not valid TOML: .+ at line 3, column \d+/)
    expect(error.locations).toEqual([{ file: 'pyproject.toml', line: 3, col: expect.any(Number) }])
  })

  it('reports an unclosed table header on its line', () => {
    const error = caught(() => readVersionFile({ path: 'pyproject.toml' }, 'a = 1\n\n[project\n'))
    expect(error.locations[0]).toMatchObject({ file: 'pyproject.toml', line: 3 })
  })

  it('refuses a version that is not a string', () => {
    const error = caught(() =>
      readVersionFile({ path: 'pyproject.toml' }, '[project]\nversion = 1\n')
    )
    expect(error.message).toContain('[project] version must be a string')
  })
})

describe('Cargo.toml', () => {
  const manifest = [
    '[package]',
    'name = "tool"',
    'version = "0.4.2" # keep in sync',
    'edition = "2021"',
    'metadata = { version = "0.4.2" }',
    '',
    '[dependencies]',
    'serde = { version = "0.4.2", features = ["derive"] }',
    'anyhow = "0.4.2"',
    'tokio = {',
    '  version = "0.4.2",',
    '  features = ["full"],',
    '}',
    '',
    '[dependencies.regex]',
    'version = "0.4.2"',
    '',
    '[dev-dependencies]',
    'rand.version = "0.4.2"',
    '',
    "[target.'cfg(unix)'.dependencies]",
    'libc = { version = "0.4.2" }',
    '',
    '[build-dependencies.cc]',
    "version = '0.4.2'",
    '',
    '[[bin]]',
    'name = "tool"',
    '',
    '[workspace.dependencies]',
    'log = { version = "0.4.2" }'
  ].join('\n')

  it('finds [package] version only, never a dependency in any TOML form', () => {
    const report = readVersionFile({ path: 'Cargo.toml' }, manifest)
    expect(report.occurrences.map((o) => [o.field, o.line, o.column])).toEqual([
      ['[package] version', 3, 12]
    ])
  })

  it('rewrites only that line', () => {
    const expected = manifest.split('\n')
    expected[2] = 'version = "0.5.0" # keep in sync'
    expect(bump('Cargo.toml', manifest, '0.5.0')).toBe(expected.join('\n'))
  })

  it('rewrites [workspace.package] version of a workspace root', () => {
    const root =
      '[workspace]\r\nmembers = [\r\n  "a",\r\n  "b",\r\n]\r\n\r\n[workspace.package]\r\nversion = "2.0.0"\r\n'
    const report = readVersionFile({ path: 'Cargo.toml' }, root)
    expect(report.occurrences.map((o) => [o.field, o.line])).toEqual([
      ['[workspace.package] version', 8]
    ])
    expect(replaceVersions(root, report, '2.1.0')).toBe(root.replace('"2.0.0"', '"2.1.0"'))
  })

  it('reports version.workspace = true as dynamic, in both spellings', () => {
    for (const text of [
      '[package]\nname = "a"\nversion.workspace = true\n',
      '[package]\nname = "a"\nversion = { workspace = true }\n'
    ]) {
      const report = readVersionFile({ path: 'crates/a/Cargo.toml' }, text)
      expect(report.occurrences).toEqual([])
      expect(report.dynamic).toContain('version.workspace = true')
    }
  })

  it('keeps the [workspace.package] version of a root package that inherits it', () => {
    const text =
      '[package]\nname = "a"\nversion.workspace = true\n[workspace.package]\nversion = "1.0.0"\n'
    const report = readVersionFile({ path: 'Cargo.toml' }, text)
    expect(report.dynamic).toBeUndefined()
    expect(report.occurrences.map((o) => [o.field, o.line])).toEqual([
      ['[workspace.package] version', 5]
    ])
  })

  it('reports nothing for a virtual manifest without a version', () => {
    const report = readVersionFile({ path: 'Cargo.toml' }, '[workspace]\nmembers = ["a"]\n')
    expect(report.occurrences).toEqual([])
    expect(report.dynamic).toBeUndefined()
  })

  it('names the line of malformed TOML', () => {
    const error = caught(() =>
      readVersionFile({ path: 'Cargo.toml' }, '[package]\nname = "a"\nname = "b"\n')
    )
    expect(error.message).toMatch(/^Cargo\.toml is not valid TOML: .* at line 3/)
  })
})
