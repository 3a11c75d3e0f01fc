import { formatDuration } from '../../../packages/base/duration.js'
import { resultLine, table } from '../../../packages/action-kit/summary.js'
import type { BreachOutcome } from '../../../packages/monitor/breach.js'
import { formatRate } from '../../../packages/monitor/stats.js'
import type { Round, WatchResult } from '../../../packages/monitor/watch.js'
import type { MonitorInputs } from './inputs.js'

/** A mermaid xychart of one series per round; GitHub renders it in the job summary. */
export function roundChart(title: string, unit: string, values: Array<number | undefined>): string {
  const series = values.map((v) => v ?? 0)
  const top = Math.max(1, ...series)
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis "round" [${values.map((_, i) => i + 1).join(', ')}]`,
    `  y-axis "${unit}" 0 --> ${Math.ceil(top * 1.1)}`,
    `  line [${series.join(', ')}]`,
    '```',
    ''
  ].join('\n')
}

export function monitorSummary(
  inputs: MonitorInputs,
  watched: WatchResult,
  breach: BreachOutcome | undefined,
  result: string
): string {
  const window = `${watched.rounds.length} round(s) over ${formatDuration(inputs.durationMs)}, every ${formatDuration(inputs.intervalMs)}`
  const stats = `error rate ${formatRate(watched.errorRate)}, p95 ${watched.p95 ?? '—'} ms${watched.queryMax === undefined ? '' : `, query max ${watched.queryMax}`}`
  let detail = `${window}: ${stats}.`
  if (watched.breaches.length > 0) detail += ` Breached: ${watched.breaches.join('; ')}.`
  if (breach?.rollback) {
    detail += ` Rollback to ${breach.previous?.version ?? '(unknown)'}: ${breach.rollback.description}.`
  }
  if (breach?.failed && breach.recordError === undefined) {
    detail += ` Deployment ${breach.failed.id} (${breach.failed.version}) marked failure.`
  }
  if (breach?.recordError) detail += ` Recording the failure failed: ${breach.recordError}`
  let body = resultLine('monitor', result, detail)
  body += roundChart(
    'p95 latency per round (ms)',
    'ms',
    watched.rounds.map((r) => r.p95)
  )
  if (inputs.prometheus) {
    body += roundChart(
      `query per round: ${inputs.prometheus.query.replace(/"/g, "'")}`,
      'value',
      watched.rounds.map((r) => r.query?.value)
    )
  }
  body += table(
    ['Round', 'At', 'OK', 'Failed', 'p95 ms', ...(inputs.prometheus ? ['Query'] : []), 'Failures'],
    watched.rounds.map((r) => row(r, !!inputs.prometheus))
  )
  return body
}

function row(round: Round, withQuery: boolean): Array<string | number> {
  const failures = round.probes
    .filter((p) => !p.ok)
    .map((p) => `${p.url}: ${p.detail}`)
    .join('; ')
  const query = round.query ? [round.query.value ?? round.query.note ?? ''] : []
  return [
    round.number,
    `+${formatDuration(round.at)}`,
    round.probes.length - round.errors,
    round.errors,
    round.p95 ?? '—',
    ...(withQuery ? query : []),
    failures
  ]
}
