import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { invokeAction, REPO_ROOT, type InvokeOptions } from '../kit/invoker.js'

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'junit')
const SOURCES = [
  'tests/integration/test_checkout.py',
  'tests/integration/conftest.py',
  'test/integration/checkout.test.js',
  'shop/src/test/java/com/acme/shop/CheckoutIT.java'
]
let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ra-it-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A fresh checkout holding the test sources the reports point at. */
function workspace(): string {
  const dir = mkdtempSync(join(root, 'ws-'))
  for (const file of SOURCES) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), '# test source\n')
  }
  return dir
}

async function suite(inputs: InvokeOptions['inputs'], ws = workspace()) {
  const run = await invokeAction({
    action: 'run-integration',
    workspace: ws,
    env: { FIXTURES },
    inputs: { 'environment-url': 'https://staging.example.com', junit: 'reports/*.xml', ...inputs }
  })
  return { ...run, ws }
}

/** Copies a fixture report the way the tool would write it, then exits with `code`. */
const report = (fixture: string, code = 0, to = 'reports/junit.xml') =>
  `mkdir -p "$(dirname ${to})" && cp "$FIXTURES/${fixture}" ${to} && exit ${code}`

describe('run-integration', () => {
  test('pytest: counts, a failure table, annotations on the test file, and a failed gate', async () => {
    const run = await suite({
      run: `echo "$ENVIRONMENT_URL $DEPLOY_VERSION" > target.txt; ${report('pytest.xml', 1)}`,
      version: '1.3.0'
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toEqual({
      passed: '2',
      failed: '2',
      skipped: '1',
      flaky: '[]',
      attempts: '1',
      result: 'failure'
    })
    expect(readFileSync(join(run.ws, 'target.txt'), 'utf8')).toBe(
      'https://staging.example.com 1.3.0\n'
    )
    const tests = run.annotations.filter((a) => a.title?.startsWith('Failed: '))
    expect(tests.map((a) => [a.file, a.line, a.title])).toEqual([
      [
        'tests/integration/test_checkout.py',
        14,
        'Failed: tests.integration.test_checkout::test_place_order'
      ],
      [
        'tests/integration/conftest.py',
        31,
        'Failed: tests.integration.test_search::test_search_suggestions'
      ]
    ])
    expect(tests[0].message).toContain('AssertionError: assert 503 == 201')
    expect(run.errors).toContain(
      'Integration suite failed: 2 test(s) failed. The pipeline stops before production.'
    )
    expect(run.summary).toContain(
      '| tests.integration.test_checkout::test_place_order | tests/integration/test_checkout.py:14 | AssertionError: assert 503 == 201<br> +  where 503 = <Response [503]>.status_code |'
    )
    expect(run.stdout).toContain('::group::Integration suite, attempt 1 of 1')
  })

  test('jest-junit: a failed test fails the run even when the command exits 0', async () => {
    const run = await suite({ run: report('jest-junit.xml', 0) })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ passed: '2', failed: '1', skipped: '1', result: 'failure' })
    expect(run.errors).toContain('1 test(s) failed (the command exited 0)')
    const [annotation] = run.annotations.filter((a) => a.title?.startsWith('Failed: '))
    expect(annotation).toMatchObject({ file: 'test/integration/checkout.test.js', line: 17 })
  })

  test('Surefire (JUnit 5) in a sub-directory: annotation paths from the repository root', async () => {
    const run = await suite({
      'working-directory': 'shop',
      junit: 'target/**/TEST-*.xml',
      run: report(
        'TEST-com.acme.shop.CheckoutIT.xml',
        1,
        'target/surefire-reports/TEST-com.acme.shop.CheckoutIT.xml'
      )
    })
    expect(run.outputs).toMatchObject({ passed: '2', failed: '2', skipped: '1', result: 'failure' })
    expect(JSON.parse(run.outputs.flaky)).toEqual(['com.acme.shop.CheckoutIT::listsOrders'])
    const located = run.annotations.filter((a) => a.title?.startsWith('Failed: '))
    expect(located.map((a) => `${a.file}:${a.line}`)).toEqual([
      'shop/src/test/java/com/acme/shop/CheckoutIT.java:42',
      'shop/src/test/java/com/acme/shop/CheckoutIT.java:57'
    ])
  })

  test('retries: a test that passed only on the retry is named flaky, the run succeeds', async () => {
    const run = await suite({
      retries: 2,
      junit: 'reports/**/*.xml',
      run:
        'n=$(cat count 2>/dev/null || echo 0); n=$((n + 1)); echo $n > count; ' +
        `if [ $n -eq 1 ]; then ${report('pytest-xunit1.xml', 1)}; fi; ${report('pytest-rerun-passed.xml', 0)}`
    })
    expect(run.errors).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({
      passed: '2',
      failed: '0',
      skipped: '0',
      flaky: JSON.stringify(['tests.integration.test_checkout::test_place_order']),
      attempts: '2',
      result: 'success'
    })
    expect(run.summary).toContain('Flaky tests (passed only on a retry)')
    expect(run.stdout).toContain('::group::Integration suite, attempt 2 of 3')
  })

  test('without junit the exit code decides', async () => {
    const run = await suite({ junit: '', run: 'echo all good' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ passed: '0', failed: '0', result: 'success' })
  })
})

describe('run-integration: broken reports, commands and inputs', () => {
  test('a report that is not XML fails with the file named', async () => {
    const run = await suite({ run: report('not-xml.xml', 0) })
    expect(run.exitCode).toBe(1)
    const annotation = run.annotations.find((a) => a.file === 'reports/junit.xml')
    expect(annotation?.message).toMatch(/^reports\/junit.xml is not XML \(line 1: /)
    expect(run.outputs.result).toBe('failure')
  })

  test('a missing report fails; one left from an earlier run is ignored, not judged', async () => {
    const ws = workspace()
    mkdirSync(join(ws, 'reports'))
    writeFileSync(
      join(ws, 'reports/old.xml'),
      readFileSync(join(FIXTURES, 'pytest-rerun-passed.xml'))
    )
    const old = new Date(Date.now() - 3600_000)
    utimesSync(join(ws, 'reports/old.xml'), old, old)
    const run = await suite({ run: 'echo "suite crashed before writing a report"' }, ws)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain(
      "No JUnit report matching 'reports/*.xml' (input 'junit') was written by the suite (1 older file(s) ignored)"
    )
    expect(run.outputs.passed).toBe('0')
  })

  test.each([
    ['no test case', '<testsuite name="integration" tests="0"></testsuite>', 'no test case'],
    [
      'only skipped tests',
      '<testsuite name="integration" tests="2" skipped="2">' +
        '<testcase classname="it" name="a"><skipped/></testcase>' +
        '<testcase classname="it" name="b"><skipped/></testcase></testsuite>',
      'only 2 skipped test(s)'
    ]
  ])('a report with %s: the suite ran 0 tests, the gate fails', async (_name, xml, what) => {
    const run = await suite({
      run: `mkdir -p reports && printf '%s' '${xml}' > reports/junit.xml && exit 0`
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    expect(run.outputs.passed).toBe('0')
    expect(run.errors).toContain(
      `Integration suite failed: The suite ran 0 tests: 'reports/junit.xml' list ${what}`
    )
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
  })

  test('a suite past its timeout is stopped; a command that does not exist is named', async () => {
    const slow = await suite({ junit: '', run: 'sleep 20', timeout: '1s' })
    expect(slow.exitCode).toBe(1)
    expect(slow.errors).toContain(
      "The suite command (input 'run') did not finish within 1s and was stopped"
    )
    const missing = await suite({ junit: '', run: 'pytestt --junitxml=reports/junit.xml' })
    expect(missing.errors).toContain('exited with 127: command not found (pytestt)')
  })

  test.each([
    [{ retries: 'x' }, "Input 'retries' must be a whole number from 0 to 10, not 'x'."],
    [{ timeout: '10x' }, 'Input `timeout` is `10x`, which is not a duration']
  ])('%j is refused before the suite runs', async (inputs, message) => {
    const run = await suite({ run: 'touch ran', ...inputs })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toContain(message)
    expect(run.outputs).toEqual({})
  })
})
