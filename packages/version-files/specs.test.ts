import { ConfigurationError } from '../base/errors.js'
import { parseFileSpecs, readVersionFile, replaceVersions } from './index.js'

function caught(run: () => unknown): ConfigurationError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('parseFileSpecs', () => {
  it('reads plain paths, path:regex entries, and skips blanks and comments', () => {
    const specs = parseFileSpecs([
      'package.json',
      '',
      '  # the python side',
      '  src/mypkg/__init__.py  ',
      'chart/Chart.yaml:^appVersion: "?([^"\\s]+)"?$'
    ])
    expect(specs.map((s) => s.path)).toEqual([
      'package.json',
      'src/mypkg/__init__.py',
      'chart/Chart.yaml'
    ])
    expect(specs[0].pattern).toBeUndefined()
    expect(specs[2].pattern!.source).toBe('^appVersion: "?([^"\\s]+)"?$')
  })

  it('splits at the first colon only, so the regex may hold colons', () => {
    const [spec] = parseFileSpecs(['docs/conf.py: release: str = "(.*)"'])
    expect(spec).toEqual({ path: 'docs/conf.py', pattern: /release: str = "(.*)"/ })
  })

  it('keeps a Windows drive letter in the path', () => {
    expect(parseFileSpecs(['C:\\proj\\app.rc:FILEVERSION "(.+)"'])).toEqual([
      { path: 'C:\\proj\\app.rc', pattern: /FILEVERSION "(.+)"/ }
    ])
    expect(parseFileSpecs(['D:/proj/VERSION'])).toEqual([{ path: 'D:/proj/VERSION' }])
  })

  it('refuses a path whose format it cannot tell', () => {
    const error = caught(() => parseFileSpecs(['chart/Chart.yaml']))
    expect(error.input).toBe('files')
    expect(error.message).toContain(
      'cannot tell the format of chart/Chart.yaml; write it as path:regex'
    )
  })

  it.each([
    ['no capture group', 'Chart.yaml:version: \\S+', 'has 0 capture groups'],
    ['two capture groups', 'Chart.yaml:(version): (\\S+)', 'has 2 capture groups'],
    ['a nested group', 'Chart.yaml:version: ((\\d+)\\.\\d+)', 'has 2 capture groups'],
    ['a bad regex', 'Chart.yaml:version: ([0-9+', 'is not a valid regular expression'],
    ['an empty regex', 'Chart.yaml:', 'is empty']
  ])('refuses %s', (_, line, problem) => {
    const error = caught(() => parseFileSpecs([line]))
    expect(error.input).toBe('files')
    expect(error.message).toContain(`the regex for Chart.yaml ${problem}`)
  })

  it('accepts non-capturing, named and lookaround groups next to the one capture', () => {
    const [spec] = parseFileSpecs(['a.txt:(?:v|ver)(?<v>\\d+\\.\\d+)(?=\\s)'])
    expect(readVersionFile(spec, 'ver2.5 and v3.1\n').occurrences.map((o) => o.version)).toEqual([
      '2.5',
      '3.1'
    ])
  })

  it('refuses an entry with no path before the colon', () => {
    expect(caught(() => parseFileSpecs([':version (.+)'])).input).toBe('files')
  })
})

describe('path:regex files', () => {
  const chart = 'apiVersion: v2\r\nname: app\r\nversion: 0.1.0\r\nappVersion: "1.2.0"\r\n'

  it('rewrites the capture group of every match, line anchors per line', () => {
    const [spec] = parseFileSpecs(['chart/Chart.yaml:^appVersion: "(.+)"$'])
    const report = readVersionFile(spec, chart)
    expect(report.format).toBe('regex')
    expect(report.occurrences.map((o) => [o.line, o.column, o.version])).toEqual([[4, 14, '1.2.0']])
    expect(replaceVersions(chart, report, '1.3.0')).toBe(
      'apiVersion: v2\r\nname: app\r\nversion: 0.1.0\r\nappVersion: "1.3.0"\r\n'
    )
  })

  it('finds nothing when the pattern does not match', () => {
    const [spec] = parseFileSpecs(['chart/Chart.yaml:^tag: (.+)$'])
    expect(readVersionFile(spec, chart).occurrences).toEqual([])
  })
})

describe('VERSION', () => {
  it('takes the first line without surrounding whitespace', () => {
    const text = '  1.2.0 \r\nnotes on line two: 0.0.1\r\n'
    const report = readVersionFile({ path: 'VERSION' }, text)
    expect(report.occurrences.map((o) => [o.line, o.column, o.start, o.end, o.version])).toEqual([
      [1, 3, 2, 7, '1.2.0']
    ])
    expect(replaceVersions(text, report, '1.3.0')).toBe('  1.3.0 \r\nnotes on line two: 0.0.1\r\n')
  })

  it('keeps a BOM and a missing final newline', () => {
    expect(
      replaceVersions('\ufeff1.2.0', readVersionFile({ path: 'VERSION' }, '\ufeff1.2.0'), '2.0.0')
    ).toBe('\ufeff2.0.0')
  })

  it('holds nothing when the first line is blank', () => {
    expect(readVersionFile({ path: 'VERSION' }, '\n1.2.0\n').occurrences).toEqual([])
  })
})

describe('replaceVersions', () => {
  it('refuses a version that would break the file', () => {
    const report = readVersionFile({ path: 'VERSION' }, '1.2.0\n')
    for (const bad of ['', '1.3.0"', '1.3.0\n', "1.3'0", '1 3 0', '1.3.0\\']) {
      expect(caught(() => replaceVersions('1.2.0\n', report, bad)).input).toBe('version')
    }
  })

  it('leaves the text alone when the version is already the new one', () => {
    const text = '{ "version": "1.3.0" }'
    expect(replaceVersions(text, readVersionFile({ path: 'package.json' }, text), '1.3.0')).toBe(
      text
    )
  })
})
