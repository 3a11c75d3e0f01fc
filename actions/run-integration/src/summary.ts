import { formatDuration } from '../../../packages/base/duration.js'
import { codeBlock, heading, resultLine, table } from '../../../packages/action-kit/summary.js'
import type { SuiteResult } from '../../../packages/integration/suite.js'
import type { IntegrationInputs } from './inputs.js'

/** Attempts, failures with their messages, and the flaky tests. */
export function integrationSummary(inputs: IntegrationInputs, suite: SuiteResult): string {
  const { final } = suite
  const target = inputs.environmentUrl ? ` against ${inputs.environmentUrl}` : ''
  const counts = `${final.counts.passed} passed, ${final.counts.failed} failed, ${final.counts.skipped} skipped`
  const detail =
    suite.result === 'success'
      ? `Integration suite${target}: ${counts}.`
      : `Integration suite${target} failed: ${suite.failure ?? ''}. ${counts}.`
  let body = resultLine('run-integration', suite.result, detail)
  body += table(
    ['Attempt', 'Command', 'Passed', 'Failed', 'Skipped', 'Reports', 'Took'],
    suite.attempts.map((a) => [
      a.number,
      a.commandDescription,
      a.counts.passed,
      a.counts.failed,
      a.counts.skipped,
      a.reportError ? a.reportError.message : a.reports.join(', ') || '—',
      formatDuration(a.outcome.durationMs)
    ])
  )
  if (final.failed.length > 0) {
    body += `\n${heading('Failed tests', 4)}\n`
    body += table(
      ['Test', 'Where', 'Message'],
      final.failed.map((t) => [
        t.id,
        t.location ? `${t.location.file}${t.location.line ? `:${t.location.line}` : ''}` : '',
        firstLines(t.message ?? '', 3)
      ])
    )
  }
  if (suite.flaky.length > 0) {
    body += `\n${heading('Flaky tests (passed only on a retry)', 4)}\n`
    body += suite.flaky.map((id) => `- ${id}`).join('\n') + '\n'
  }
  if (final.outcome.exitCode !== 0 && final.failed.length === 0 && final.outcome.tail.trim()) {
    const tail = final.outcome.tail.trim().split('\n').slice(-20).join('\n')
    body += `\nLast output of the suite:\n\n${codeBlock(tail)}`
  }
  return body
}

export function dryRunSummary(inputs: IntegrationInputs): string {
  return resultLine(
    'run-integration',
    'dry-run',
    `Would run \`${inputs.run}\`${inputs.environmentUrl ? ` against ${inputs.environmentUrl}` : ''} with ${inputs.retries} retries; nothing ran.`
  )
}

function firstLines(text: string, count: number): string {
  const lines = text.trim().split('\n')
  return lines.slice(0, count).join('\n') + (lines.length > count ? '\n…' : '')
}
