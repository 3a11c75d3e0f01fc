import { formatDuration } from '../../../packages/base/duration.js'
import { codeBlock, resultLine, table } from '../../../packages/action-kit/summary.js'
import type { DeployOutcome } from '../../../packages/deploy/deploy.js'
import type { DeployInputs } from './inputs.js'

/** What ran, how each step ended, and which deployment records it. */
export function deploySummary(inputs: DeployInputs, outcome: DeployOutcome): string {
  const target = `**${inputs.version}** (\`${inputs.ref}\`) to **${inputs.environment}**`
  const record = outcome.deployment
    ? `deployment ${outcome.deployment.id}${outcome.reused ? ' (a new attempt on the existing record)' : ''}`
    : 'a new deployment record'
  const detail =
    outcome.result === 'dry-run'
      ? `Would deploy ${target} as ${record}; nothing was run or recorded.`
      : outcome.result === 'success'
        ? `Deployed ${target}, ${record}.` +
          (inputs.environmentUrl ? ` Live at ${inputs.environmentUrl}.` : '')
        : `Deploy of ${target} failed: ${outcome.failure ?? ''}. ${record}.` +
          (outcome.recordError ? ` Recording the failure failed: ${outcome.recordError}` : '')
  let body = resultLine('deploy', outcome.result, detail)
  const rows: string[][] = []
  if (outcome.command) {
    rows.push([
      'Deploy command',
      outcome.command.description,
      formatDuration(outcome.command.outcome.durationMs)
    ])
  }
  if (outcome.health) {
    rows.push([
      `Health ${inputs.healthUrl ?? ''}`,
      `${outcome.health.healthy ? 'healthy' : 'not healthy'} after ${outcome.health.attempts} check(s); last: ${outcome.health.last}`,
      formatDuration(outcome.health.elapsedMs)
    ])
  }
  if (outcome.rollback) {
    rows.push([
      `Rollback to ${outcome.previous?.version ?? '(no earlier successful deployment)'}`,
      outcome.rollback.description,
      formatDuration(outcome.rollback.outcome.durationMs)
    ])
  }
  if (rows.length > 0) body += table(['Step', 'Outcome', 'Took'], rows)
  body += `\nPrevious successful version on ${inputs.environment}: ${outcome.previous?.version ?? 'none'}.`
  if (outcome.inactivated.length > 0) {
    body += ` Marked inactive: ${outcome.inactivated.map((id) => `deployment ${id}`).join(', ')}.`
  }
  body += '\n'
  for (const [name, report] of [
    ['deploy command', outcome.command],
    ['rollback command', outcome.rollback]
  ] as const) {
    if (report && report.outcome.exitCode !== 0 && report.outcome.tail.trim()) {
      const lines = report.outcome.tail.trim().split('\n').slice(-20).join('\n')
      body += `\nLast output of the ${name}:\n\n${codeBlock(lines)}`
    }
  }
  return body
}
