/**
 * JUnit XML as pytest (`--junitxml`, xunit1 and xunit2), jest-junit and Maven Surefire /
 * Gradle (JUnit 5) write it, read with a real XML parser into one list of test cases.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ConfigurationError } from '../base/errors.js'

export type TestStatus = 'passed' | 'failed' | 'skipped'

export interface TestCase {
  /** `classname::name`, or the name alone: how the case is told apart across attempts. */
  id: string
  name: string
  classname: string
  status: TestStatus
  /** The failure's or error's message (first line of the text when there is no attribute). */
  message?: string
  /** The failure's full text: traceback, stack, assertion diff. */
  details?: string
  /** Where the report says the test is (attributes), as written. */
  file?: string
  /** 1-based. */
  line?: number
  /** Surefire's `flakyFailure`/`flakyError`: failed, then passed on the tool's own rerun. */
  flaky: boolean
  /** The suite the case came from (pytest names its suite `pytest`). */
  suite: string
}

const ARRAYS = new Set([
  'testsuite',
  'testcase',
  'failure',
  'error',
  'skipped',
  'flakyFailure',
  'flakyError'
])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  // Numeric character references (&#10; in pytest's messages) are decoded only with this on.
  htmlEntities: true,
  isArray: (name) => ARRAYS.has(name)
})

type XmlNode = Record<string, unknown>

/**
 * The test cases of one report. `file` is the report's path as the user would see it, used
 * in the error when the text is not JUnit XML.
 */
export function parseJUnit(xml: string, file: string): TestCase[] {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    throw new ConfigurationError(
      `${file} is not XML (line ${valid.err.line}: ${valid.err.msg}); point 'junit' at the JUnit XML reports.`,
      { locations: [{ file, line: valid.err.line }] }
    )
  }
  const document = parser.parse(xml) as XmlNode
  const roots = suitesOf(document.testsuites as XmlNode | undefined, document)
  if (roots.length === 0) {
    throw new ConfigurationError(
      `${file} is XML but not a JUnit report (no <testsuites> or <testsuite> root).`,
      { locations: [{ file }] }
    )
  }
  const cases: TestCase[] = []
  const visit = (suite: XmlNode): void => {
    const suiteName = attribute(suite, 'name') ?? ''
    for (const testcase of asNodes(suite.testcase)) cases.push(readCase(testcase, suiteName))
    for (const child of asNodes(suite.testsuite)) visit(child)
  }
  roots.forEach(visit)
  return cases
}

function suitesOf(testsuites: XmlNode | undefined, document: XmlNode): XmlNode[] {
  if (testsuites !== undefined) return asNodes(asNode(testsuites).testsuite)
  return asNodes(document.testsuite)
}

function readCase(node: XmlNode, suite: string): TestCase {
  const name = attribute(node, 'name') ?? '(unnamed)'
  const classname = attribute(node, 'classname') ?? ''
  const problem = [...asNodes(node.failure), ...asNodes(node.error)][0]
  const skipped = node.skipped !== undefined
  const base = {
    id: classname && classname !== name ? `${classname}::${name}` : name,
    name,
    classname,
    suite,
    file: attribute(node, 'file') ?? attribute(node, 'filepath'),
    line: lineOf(attribute(node, 'line'), suite),
    flaky: node.flakyFailure !== undefined || node.flakyError !== undefined
  }
  if (problem) {
    const details = text(problem)?.trim()
    const message = attribute(problem, 'message')?.trim() || details?.split('\n')[0]
    return { ...base, status: 'failed', message, details }
  }
  if (skipped) {
    const skip = asNodes(node.skipped)[0]
    return { ...base, status: 'skipped', message: skip ? attribute(skip, 'message') : undefined }
  }
  return { ...base, status: 'passed' }
}

/** pytest (xunit1) writes 0-based lines; every other tool 1-based. */
function lineOf(value: string | undefined, suite: string): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  const line = Number(value) + (suite === 'pytest' ? 1 : 0)
  return line > 0 ? line : undefined
}

/** An element as a node; a text-only element (`<failure>trace</failure>`) parses to its text. */
function asNode(value: unknown): XmlNode {
  if (typeof value === 'string') return { '#text': value }
  return typeof value === 'object' && value !== null ? (value as XmlNode) : {}
}

/** The nodes of a repeated element; an empty element (`<skipped/>`) parses to ''. */
function asNodes(value: unknown): XmlNode[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map(asNode)
}

function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`]
  return typeof value === 'string' ? value : undefined
}

function text(node: XmlNode): string | undefined {
  const value = node['#text']
  if (typeof value === 'string') return value
  // Surefire nests the trace of a rerun in <stackTrace>.
  const nested = node.stackTrace
  return typeof nested === 'string' ? nested : undefined
}

/** Counts by status. */
export function countCases(cases: readonly TestCase[]): Record<TestStatus, number> {
  const counts = { passed: 0, failed: 0, skipped: 0 }
  for (const c of cases) counts[c.status] += 1
  return counts
}
