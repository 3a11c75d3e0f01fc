import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { findFiles, globToRegExp } from './glob.js'

describe('globToRegExp', () => {
  test.each([
    ['*.xml', 'report.xml', true],
    ['*.xml', 'reports/report.xml', false],
    ['reports/*.xml', 'reports/junit.xml', true],
    ['reports/*.xml', 'reports/sub/junit.xml', false],
    ['**/*.xml', 'junit.xml', true],
    ['**/*.xml', 'a/b/c/junit.xml', true],
    ['**/*.xml', 'a/b/c/junit.xml.bak', false],
    ['target/**/TEST-*.xml', 'target/surefire-reports/TEST-com.acme.CheckoutIT.xml', true],
    ['target/**/TEST-*.xml', 'target/TEST-x.xml', true],
    ['target/**', 'target/a/b', true],
    ['{unit,it}/*.xml', 'it/a.xml', true],
    ['{unit,it}/*.xml', 'e2e/a.xml', false],
    ['report-?.xml', 'report-1.xml', true],
    ['report-[12].xml', 'report-3.xml', false],
    ['a+b(1).xml', 'a+b(1).xml', true],
    ['**report.xml', 'xreport.xml', true]
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected)
  })
})

describe('findFiles', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ra-glob-'))
    for (const file of [
      'reports/pytest.xml',
      'reports/jest/junit.xml',
      'reports/notes.txt',
      'node_modules/pkg/junit.xml',
      '.git/junit.xml',
      'target/surefire-reports/TEST-com.acme.CheckoutIT.xml'
    ]) {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      writeFileSync(join(root, file), '<x/>')
    }
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  test('walks from the literal part, skips .git and node_modules, sorts and dedupes', () => {
    const rel = (files: string[]) => files.map((f) => f.slice(root.length + 1))
    expect(rel(findFiles(root, ['reports/*.xml']))).toEqual(['reports/pytest.xml'])
    expect(rel(findFiles(root, ['**/*.xml', './reports/**/*.xml']))).toEqual([
      'reports/jest/junit.xml',
      'reports/pytest.xml',
      'target/surefire-reports/TEST-com.acme.CheckoutIT.xml'
    ])
    expect(rel(findFiles(root, ['node_modules/**/*.xml']))).toEqual(['node_modules/pkg/junit.xml'])
    expect(findFiles(root, ['missing/*.xml'])).toEqual([])
    expect(rel(findFiles(root, [join(root, 'reports/*.xml')]))).toEqual(['reports/pytest.xml'])
  })
})
