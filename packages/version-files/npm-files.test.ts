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

describe('package.json', () => {
  const text = [
    '{',
    '  "name": "web-app",',
    '  "version": "1.2.0",',
    '  "scripts": { "version": "echo 0.0.1" },',
    '  "dependencies": { "left-pad": "1.2.0" },',
    '  "config": { "nested": { "version": "1.2.0" } }',
    '}',
    ''
  ].join('\n')

  it('finds only the top-level version with its line and column', () => {
    const report = readVersionFile({ path: 'package.json' }, text)
    expect(report.format).toBe('package.json')
    expect(report.occurrences).toEqual([
      {
        file: 'package.json',
        line: 3,
        column: 15,
        start: text.indexOf('1.2.0'),
        end: text.indexOf('1.2.0') + 5,
        version: '1.2.0',
        field: 'version'
      }
    ])
  })

  it('rewrites only the version characters', () => {
    expect(bump('package.json', text, '1.3.0')).toBe(
      [
        '{',
        '  "name": "web-app",',
        '  "version": "1.3.0",',
        '  "scripts": { "version": "echo 0.0.1" },',
        '  "dependencies": { "left-pad": "1.2.0" },',
        '  "config": { "nested": { "version": "1.2.0" } }',
        '}',
        ''
      ].join('\n')
    )
  })

  it('keeps a BOM, CRLF line endings, tabs and a missing final newline byte for byte', () => {
    const crlf = '\ufeff{\r\n\t"version" :  "2.0.0-rc.1",\r\n\t"private": true\r\n}'
    const report = readVersionFile({ path: 'package.json' }, crlf)
    expect(report.occurrences[0]).toMatchObject({ line: 2, column: 16, version: '2.0.0-rc.1' })
    expect(replaceVersions(crlf, report, '2.0.0')).toBe(
      '\ufeff{\r\n\t"version" :  "2.0.0",\r\n\t"private": true\r\n}'
    )
  })

  it('counts the column of a first-line version without the BOM', () => {
    const report = readVersionFile({ path: 'package.json' }, '\ufeff{"version":"1.0.0"}')
    expect(report.occurrences[0]).toMatchObject({ line: 1, column: 13, start: 13 })
  })

  it('reports no occurrence for a private package without a version', () => {
    const report = readVersionFile({ path: 'package.json' }, '{ "private": true, "name": "x" }')
    expect(report.occurrences).toEqual([])
    expect(report.dynamic).toBeUndefined()
  })

  it('refuses a version that is not a string', () => {
    const error = caught(() => readVersionFile({ path: 'package.json' }, '{\n  "version": 1.2\n}'))
    expect(error.message).toContain('package.json:2')
    expect(error.message).toContain('must be a string')
    expect(error.locations).toEqual([{ file: 'package.json', line: 2, col: 14 }])
  })

  it.each([
    ['a trailing comma', '{\n  "name": "x",\n  "version": "1.0.0",\n}\n', 4, 1],
    ['a missing comma', '{\n  "name": "x"\n  "version": "1.0.0"\n}\n', 3, 3],
    ['a single-quoted key', "{\n  'version': '1.0.0'\n}", 2, 3],
    ['an unterminated string', '{\n  "version": "1.0.0\n}', 2, 14],
    ['a comment', '{\n  // why\n  "version": "1.0.0"\n}', 2, 3],
    ['a missing closing brace', '{\r\n  "version": "1.0.0"\r\n', 3, 1],
    ['text after the document', '{"version": "1.0.0"}\n}', 2, 1]
  ])('names the file, line and column of %s', (_, bad, line, col) => {
    const error = caught(() => readVersionFile({ path: 'app/package.json' }, bad))
    expect(error.message).toMatch(/^app\/package\.json is not valid JSON: /)
    expect(error.message).toContain(`at line ${line}, column ${col}`)
    expect(error.locations).toEqual([{ file: 'app/package.json', line, col }])
  })
})

describe('package-lock.json', () => {
  const lock = [
    '{',
    '  "name": "web-app",',
    '  "version": "1.2.0",',
    '  "lockfileVersion": 3,',
    '  "requires": true,',
    '  "packages": {',
    '    "": {',
    '      "name": "web-app",',
    '      "version": "1.2.0",',
    '      "dependencies": { "dep": "^1.2.0" }',
    '    },',
    '    "node_modules/dep": {',
    '      "version": "1.2.0",',
    '      "resolved": "https://registry.npmjs.org/dep/-/dep-1.2.0.tgz"',
    '    },',
    '    "node_modules/dep/node_modules/inner": { "version": "1.2.0" }',
    '  },',
    '  "dependencies": { "dep": { "version": "1.2.0" } }',
    '}',
    ''
  ].join('\n')

  it('finds the root version and packages[""].version, no dependency', () => {
    const report = readVersionFile({ path: 'package-lock.json' }, lock)
    expect(report.format).toBe('package-lock.json')
    expect(report.occurrences.map((o) => [o.field, o.line, o.column])).toEqual([
      ['version', 3, 15],
      ['packages[""].version', 9, 19]
    ])
  })

  it('rewrites both and leaves every dependency at its version', () => {
    const expected = lock.split('\n')
    expected[2] = '  "version": "1.3.0",'
    expected[8] = '      "version": "1.3.0",'
    expect(bump('package-lock.json', lock, '1.3.0')).toBe(expected.join('\n'))
  })

  it('treats npm-shrinkwrap.json like a lockfile', () => {
    const report = readVersionFile({ path: 'npm-shrinkwrap.json' }, '{"version":"4.0.0"}')
    expect(report.format).toBe('package-lock.json')
    expect(report.occurrences.map((o) => o.version)).toEqual(['4.0.0'])
  })

  it('does not take a version from an array element', () => {
    const text = '{"packages": {"": [{"version": "9.9.9"}]}, "version": "1.0.0"}'
    const report = readVersionFile({ path: 'package-lock.json' }, text)
    expect(report.occurrences.map((o) => o.version)).toEqual(['1.0.0'])
  })
})
