/**
 * The integration suite against a deployed environment: the user's command (retried for a
 * suite known to be flaky), its JUnit reports read after each attempt, and the verdict that
 * gates production: any failed test fails the run, whatever the command's exit code.
 */
import { shown } from '../base/shown.js'
import { statSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { ConfigurationError, errorMessage, type FileLocation } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import { describeOutcome, type ShellCommand, type ShellOutcome } from '../shell/command.js'
import { findFiles } from './glob.js'
import { countCases, parseJUnit, type TestCase, type TestStatus } from './junit.js'
import { locateTest } from './locate.js'

export interface SuitePlan {
  command: string
  workingDirectory: string
  /** Added to the command's environment (ENVIRONMENT_URL, DEPLOY_VERSION). */
  env: Record<string, string>
  /** JUnit report globs, relative to the working directory; empty: judge by exit code only. */
  junit: string[]
  retries: number
  timeoutMs?: number
}

export interface SuiteDeps {
  runCommand: (name: string, command: ShellCommand) => Promise<ShellOutcome>
  log: Logger
}

export interface FailedTest extends TestCase {
  location?: FileLocation
}

export interface Attempt {
  number: number
  outcome: ShellOutcome
  commandDescription: string
  counts: Record<TestStatus, number>
  /** The reports read (relative paths). */
  reports: string[]
  failed: FailedTest[]
  /** Why the reports could not be judged (none written, not XML); the attempt failed. */
  reportError?: ConfigurationError
  /** Tests the report marks as passed on the tool's own rerun (Surefire flakyFailure). */
  flakyInReport: string[]
  passed: boolean
}

export interface SuiteResult {
  result: 'success' | 'failure'
  attempts: Attempt[]
  /** The attempt whose numbers are the outputs: the last one. */
  final: Attempt
  /** Tests that failed in an earlier attempt (or a tool's own rerun) and passed in the end. */
  flaky: string[]
  /** One line for the log and the annotation when the run failed. */
  failure?: string
}

/** File modification times are coarser than the clock: a report may look this much older. */
const MTIME_SLACK_MS = 1000

/** Runs the suite up to 1 + retries times, until an attempt passes. */
export async function runSuite(plan: SuitePlan, deps: SuiteDeps): Promise<SuiteResult> {
  const attempts: Attempt[] = []
  for (let number = 1; number <= plan.retries + 1; number++) {
    const started = Date.now()
    const outcome = await deps.runCommand(
      `Integration suite, attempt ${number} of ${plan.retries + 1}`,
      {
        command: plan.command,
        cwd: plan.workingDirectory,
        env: plan.env,
        timeoutMs: plan.timeoutMs
      }
    )
    const attempt = judge(plan, number, outcome, started)
    attempts.push(attempt)
    deps.log.info(
      `Attempt ${number}: ${attempt.commandDescription}; ${attempt.counts.passed} passed, ` +
        `${attempt.counts.failed} failed, ${attempt.counts.skipped} skipped` +
        (attempt.reportError ? `; ${attempt.reportError.message}` : '')
    )
    if (attempt.passed) break
  }
  const final = attempts[attempts.length - 1]
  const flaky = flakyTests(attempts)
  return {
    result: final.passed ? 'success' : 'failure',
    attempts,
    final,
    flaky,
    failure: final.passed ? undefined : failureLine(final, attempts.length)
  }
}

function judge(plan: SuitePlan, number: number, outcome: ShellOutcome, started: number): Attempt {
  const commandDescription = describeOutcome(
    "The suite command (input 'run')",
    outcome,
    plan.timeoutMs
  )
  const attempt: Attempt = {
    number,
    outcome,
    commandDescription,
    counts: { passed: 0, failed: 0, skipped: 0 },
    reports: [],
    failed: [],
    flakyInReport: [],
    passed: false
  }
  let cases: TestCase[] = []
  if (plan.junit.length > 0) {
    try {
      const read = readReports(plan, started)
      cases = read.cases
      attempt.reports = read.reports
    } catch (error) {
      attempt.reportError =
        error instanceof ConfigurationError ? error : new ConfigurationError(errorMessage(error))
    }
  }
  attempt.counts = countCases(cases)
  if (plan.junit.length > 0 && !attempt.reportError) {
    attempt.reportError = nothingRan(attempt.counts, attempt.reports)
  }
  attempt.failed = cases
    .filter((c) => c.status === 'failed')
    .map((c) => ({ ...c, location: locateTest(c, plan.workingDirectory) }))
  attempt.passed = outcome.exitCode === 0 && !attempt.reportError && attempt.failed.length === 0
  // Surefire's own reruns, marked in the report.
  attempt.flakyInReport = cases.filter((c) => c.flaky && c.status === 'passed').map((c) => c.id)
  return attempt
}

/** The reports this attempt wrote; a report left from before it is ignored, not judged. */
function readReports(plan: SuitePlan, started: number): { reports: string[]; cases: TestCase[] } {
  const files = findFiles(plan.workingDirectory, plan.junit)
  const fresh = files.filter((f) => statSync(f).mtimeMs >= started - MTIME_SLACK_MS)
  if (fresh.length === 0) {
    const stale = files.length > 0 ? ` (${files.length} older file(s) ignored)` : ''
    throw new ConfigurationError(
      `No JUnit report matching ${plan.junit.map((p) => shown(p)).join(', ')} (input 'junit') was written by the suite${stale}; ` +
        "check the suite's report option (pytest --junitxml, jest-junit, Surefire) and the 'junit' input."
    )
  }
  const reports = fresh.map((f) => relative(plan.workingDirectory, f))
  const cases = fresh.flatMap((f, i) => parseJUnit(readFileSync(f, 'utf8'), reports[i]))
  return { reports, cases }
}

/**
 * A suite that ran no test proves nothing about the environment: a report with no test case,
 * or only skipped ones, fails the gate instead of passing it.
 */
function nothingRan(
  counts: Record<TestStatus, number>,
  reports: readonly string[]
): ConfigurationError | undefined {
  if (counts.passed + counts.failed > 0) return undefined
  const only = counts.skipped > 0 ? `only ${counts.skipped} skipped test(s)` : 'no test case'
  return new ConfigurationError(
    `The suite ran 0 tests: ${reports.map((r) => `'${r}'`).join(', ')} list ${only}; ` +
      "check the suite's test selection (paths, markers, -k) and that it reaches the environment."
  )
}

function flakyTests(attempts: readonly Attempt[]): string[] {
  const final = attempts[attempts.length - 1]
  const flaky = new Set(final.flakyInReport)
  if (final.passed) {
    for (const earlier of attempts.slice(0, -1)) for (const f of earlier.failed) flaky.add(f.id)
  }
  return [...flaky].sort()
}

function failureLine(final: Attempt, attempts: number): string {
  const after = attempts > 1 ? ` after ${attempts} attempts` : ''
  if (final.failed.length > 0) {
    const exit = final.outcome.exitCode === 0 ? ' (the command exited 0)' : ''
    return `${final.failed.length} test(s) failed${after}${exit}`
  }
  const reasons = [
    final.outcome.exitCode === 0 ? undefined : final.commandDescription,
    final.reportError?.message
  ].filter((r): r is string => r !== undefined)
  return `${reasons.map((r) => r.replace(/\.$/, '')).join('; ')}${after}`
}
