import { readVersionFile, replaceVersions } from './index.js'

function bump(path: string, text: string, version: string): string {
  return replaceVersions(text, readVersionFile({ path }, text), version)
}

function found(path: string, text: string): Array<[string, number, number, string]> {
  return readVersionFile({ path }, text).occurrences.map((o) => [
    o.field,
    o.line,
    o.column,
    o.version
  ])
}

describe('setup.py', () => {
  const setupPy = [
    '# -*- coding: utf-8 -*-',
    'from setuptools import setup, find_packages',
    '',
    'def setup_requires():  # not the call',
    '    return ["version=9.9.9"]',
    '',
    'setup(',
    '    name="mypkg",',
    "    version='1.2.0',  # release version",
    '    description="Uses version=\'0.0.1\' in text",',
    '    install_requires=["requests>=1.2.0", dict(version="3.0")],',
    '    python_requires=">=3.8",',
    ')',
    ''
  ].join('\n')

  it('finds the version= keyword of setup(), single-quoted', () => {
    expect(found('setup.py', setupPy)).toEqual([['setup(version=...)', 9, 14, '1.2.0']])
  })

  it('rewrites only the version characters', () => {
    const expected = setupPy.split('\n')
    expected[8] = "    version='1.3.0',  # release version"
    expect(bump('setup.py', setupPy, '1.3.0')).toBe(expected.join('\n'))
  })

  it('handles setuptools.setup, CRLF, no final newline and a closing paren right after', () => {
    const text = 'import setuptools\r\nsetuptools.setup(name="x", version = "0.1.0")'
    expect(found('setup.py', text)).toEqual([['setup(version=...)', 2, 39, '0.1.0']])
    expect(bump('setup.py', text, '0.2.0')).toBe(
      'import setuptools\r\nsetuptools.setup(name="x", version = "0.2.0")'
    )
  })

  it.each([
    [
      'version=__version__',
      'from mypkg import __version__\nsetup(name="x", version=__version__)\n'
    ],
    ['version=get_version()', 'setup(\n    name="x",\n    version=get_version(),\n)\n'],
    ['version=read("mypkg/__init__.py")', 'setup(version=read("mypkg/__init__.py"), name="x")'],
    ['version="1." + "2.0"', 'setup(version="1." + "2.0")'],
    ['version=f"{MAJOR}.2.0"', 'setup(version=f"{MAJOR}.2.0")']
  ])('reports %s as dynamic and never rewrites it', (expression, text) => {
    const report = readVersionFile({ path: 'setup.py' }, text)
    expect(report.occurrences).toEqual([])
    expect(report.dynamic).toBe(`setup(${expression}) is computed, not written here`)
    expect(replaceVersions(text, report, '9.0.0')).toBe(text)
  })

  it('reports nothing when setup() has no version (setup.cfg holds it)', () => {
    const report = readVersionFile({ path: 'setup.py' }, 'from setuptools import setup\nsetup()\n')
    expect(report).toEqual({ file: 'setup.py', format: 'setup.py', occurrences: [] })
  })
})

describe('setup.cfg', () => {
  it('rewrites [metadata] version and keeps CRLF and comments', () => {
    const text =
      '; project metadata\r\n[metadata]\r\nname = mypkg\r\nversion = 1.2.0  # release\r\n\r\n' +
      '[options]\r\ninstall_requires =\r\n    requests\r\n\r\n[bumpversion]\r\nversion = 1.2.0\r\n'
    expect(found('setup.cfg', text)).toEqual([['[metadata] version', 4, 11, '1.2.0']])
    expect(bump('setup.cfg', text, '1.3.0')).toBe(
      '; project metadata\r\n[metadata]\r\nname = mypkg\r\nversion = 1.3.0  # release\r\n\r\n' +
        '[options]\r\ninstall_requires =\r\n    requests\r\n\r\n[bumpversion]\r\nversion = 1.2.0\r\n'
    )
  })

  it('accepts a colon separator and no final newline', () => {
    expect(bump('setup.cfg', '[metadata]\nversion: 2.0.0', '2.0.1')).toBe(
      '[metadata]\nversion: 2.0.1'
    )
  })

  it.each(['attr: mypkg.__version__', 'file: VERSION'])(
    'reports version = %s as dynamic',
    (value) => {
      const report = readVersionFile(
        { path: 'setup.cfg' },
        `[metadata]\nname = x\nversion = ${value}\n`
      )
      expect(report.occurrences).toEqual([])
      expect(report.dynamic).toBe(
        `[metadata] version = ${value}: setuptools reads the version from there`
      )
    }
  )
})

describe('Python modules', () => {
  it('finds __version__ in __init__.py with double or single quotes', () => {
    const text = '"""My package."""\n\n__version__ = "1.2.0"\n__author__ = \'me\'\n'
    expect(found('mypkg/__init__.py', text)).toEqual([['__version__', 3, 16, '1.2.0']])
    expect(bump('mypkg/__init__.py', "__version__ = '1.2.0'", '1.3.0')).toBe(
      "__version__ = '1.3.0'"
    )
  })

  it('accepts a type annotation and keeps a BOM, CRLF and a comment', () => {
    const text = '\ufeff__version__: str = "1.2.0"  # x-release-please\r\nVERSION = "9"\r\n'
    expect(found('src/mypkg/__init__.py', text)).toEqual([['__version__', 1, 21, '1.2.0']])
    expect(bump('src/mypkg/__init__.py', text, '1.3.0')).toBe(
      '\ufeff__version__: str = "1.3.0"  # x-release-please\r\nVERSION = "9"\r\n'
    )
  })

  it('reads VERSION and version in _version.py and version.py, and chained assignments', () => {
    expect(found('pkg/_version.py', 'VERSION = "2.0.0"\n')).toEqual([['VERSION', 1, 12, '2.0.0']])
    expect(found('pkg/version.py', "version: Final = '2.0.0'\n")).toEqual([
      ['version', 1, 19, '2.0.0']
    ])
    expect(found('pkg/_version.py', "__version__ = version = '2.0.0'\n")).toEqual([
      ['__version__', 1, 26, '2.0.0']
    ])
    expect(found('pkg/__init__.py', 'VERSION = "2.0.0"\n')).toEqual([])
  })

  it('ignores look-alikes in docstrings, comments, functions and fallbacks', () => {
    const text = [
      '"""Usage:',
      '__version__ = "0.0.1"',
      '"""',
      '# __version__ = "0.0.2"',
      'try:',
      '    from ._version import __version__',
      'except ImportError:',
      '    __version__ = "0.0.0"',
      'def f():',
      '    __version__ = "0.0.3"',
      'x = {',
      '__version__ = 1',
      '}',
      '__version__ == "0.0.4"',
      '__version__ = "1.2.0"; other = 1'
    ].join('\n')
    expect(found('mypkg/__init__.py', text)).toEqual([['__version__', 15, 16, '1.2.0']])
  })

  it.each([
    [
      '__version__ = version("mypkg")',
      'from importlib.metadata import version\n__version__ = version("mypkg")\n'
    ],
    ['__version__ = read_version("VERSION")', '__version__ = read_version("VERSION")\n']
  ])('reports %s as dynamic', (expression, text) => {
    const report = readVersionFile({ path: 'mypkg/__init__.py' }, text)
    expect(report.occurrences).toEqual([])
    expect(report.dynamic).toBe(`${expression} is computed, not written here`)
    expect(report.fromTag).toBeUndefined()
  })

  it('reports a module that only imports __version__ as holding none', () => {
    const report = readVersionFile(
      { path: 'mypkg/__init__.py' },
      'from ._version import __version__\n'
    )
    expect(report.occurrences).toEqual([])
    expect(report.dynamic).toBeUndefined()
  })

  it('reports a file generated by setuptools-scm as dynamic', () => {
    const text =
      "# file generated by setuptools-scm\n# don't change, don't track in version control\n" +
      "__version__ = version = '1.2.3.dev4'\n"
    const report = readVersionFile({ path: 'src/mypkg/_version.py' }, text)
    expect(report.occurrences).toEqual([])
    expect(report.dynamic).toContain('setuptools-scm')
  })
})
