import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ConfigurationError } from '../base/errors.js'
import { countCases, parseJUnit } from './junit.js'
import { locateTest } from './locate.js'
import { fileURLToPath } from 'node:url'

const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'test',
  'fixtures',
  'junit'
)
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8')

let repo: string
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'ra-junit-'))
  for (const file of [
    'tests/integration/test_checkout.py',
    'tests/integration/conftest.py',
    'test/integration/checkout.test.js',
    'src/test/java/com/acme/shop/CheckoutIT.java'
  ]) {
    mkdirSync(dirname(join(repo, file)), { recursive: true })
    writeFileSync(join(repo, file), '')
  }
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('parseJUnit', () => {
  test('pytest (xunit2): failures, setup errors and skips, located from the traceback', () => {
    const cases = parseJUnit(read('pytest.xml'), 'pytest.xml')
    expect(countCases(cases)).toEqual({ passed: 2, failed: 2, skipped: 1 })
    const [order, suggestions] = cases.filter((c) => c.status === 'failed')
    expect(order).toMatchObject({
      id: 'tests.integration.test_checkout::test_place_order',
      message: 'AssertionError: assert 503 == 201\n +  where 503 = <Response [503]>.status_code'
    })
    expect(order.details).toContain('>       assert response.status_code == 201')
    expect(locateTest(order, repo)).toEqual({
      file: 'tests/integration/test_checkout.py',
      line: 14
    })
    expect(suggestions.message).toMatch(
      /^failed on setup with "requests.exceptions.ConnectionError/
    )
    expect(locateTest(suggestions, repo)).toEqual({
      file: 'tests/integration/conftest.py',
      line: 31
    })
    expect(cases.find((c) => c.status === 'skipped')!.message).toBe(
      'refunds are disabled on staging'
    )
  })

  test('pytest (xunit1): file and 0-based line attributes', () => {
    const cases = parseJUnit(read('pytest-xunit1.xml'), 'pytest-xunit1.xml')
    const failed = cases.find((c) => c.status === 'failed')!
    expect(failed.file).toBe('tests/integration/test_checkout.py')
    expect(locateTest(failed, repo)).toEqual({
      file: 'tests/integration/test_checkout.py',
      line: 11
    })
  })

  test('jest-junit: a failure without attributes, located from the stack on another machine', () => {
    const cases = parseJUnit(read('jest-junit.xml'), 'jest-junit.xml')
    expect(countCases(cases)).toEqual({ passed: 2, failed: 1, skipped: 1 })
    const failed = cases.find((c) => c.status === 'failed')!
    expect(failed.id).toBe('checkout api places an order')
    expect(failed.message).toBe('Error: expect(received).toBe(expected) // Object.is equality')
    expect(locateTest(failed, repo)).toEqual({
      file: 'test/integration/checkout.test.js',
      line: 17
    })
    // A stack under the working directory itself.
    const local = {
      ...failed,
      details: `    at Object.toBe (${repo}/test/integration/checkout.test.js:9:3)`
    }
    expect(locateTest(local, repo)).toEqual({ file: 'test/integration/checkout.test.js', line: 9 })
  })

  test('Surefire (JUnit 5): failure, error, skip, flaky rerun; Java frames mapped to sources', () => {
    const cases = parseJUnit(read('TEST-com.acme.shop.CheckoutIT.xml'), 'TEST.xml')
    expect(countCases(cases)).toEqual({ passed: 2, failed: 2, skipped: 1 })
    const failed = cases.find((c) => c.name === 'placesOrder')!
    expect(failed.message).toBe('expected: <201> but was: <503>')
    expect(locateTest(failed, repo)).toEqual({
      file: 'src/test/java/com/acme/shop/CheckoutIT.java',
      line: 42
    })
    expect(cases.find((c) => c.name === 'listsOrders')).toMatchObject({
      status: 'passed',
      flaky: true
    })
    expect(
      locateTest(
        cases.find((c) => c.name === 'searchesCatalog')!,
        repo
      )?.line
    ).toBe(57)
  })

  test.each([
    ['plain text', read('not-xml.xml')],
    ['an empty file', ''],
    ['truncated XML', read('pytest.xml').slice(0, 400)]
  ])('%s is refused with the file named', (_name, text) => {
    expect(() => parseJUnit(text, 'reports/junit.xml')).toThrow(ConfigurationError)
    expect(() => parseJUnit(text, 'reports/junit.xml')).toThrow(/^reports\/junit.xml is not XML/)
  })

  test('XML that is not a JUnit report is refused', () => {
    expect(() => parseJUnit('<coverage line-rate="0.8"/>', 'coverage.xml')).toThrow(
      'coverage.xml is XML but not a JUnit report'
    )
  })
})
