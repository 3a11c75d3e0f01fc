/**
 * The watch after production (step 18): every interval for the window, probe each URL and
 * optionally evaluate a PromQL expression; then judge the window against the thresholds.
 */
import { formatDuration } from '../base/duration.js'
import type { Logger } from '../base/logger.js'
import { probeUrl, type ProbeResult } from '../http/probe.js'
import { queryPrometheus, type QueryResult } from './prometheus.js'
import { errorRate, formatRate, percentile } from './stats.js'

export interface WatchPlan {
  urls: string[]
  durationMs: number
  intervalMs: number
  probeTimeoutMs: number
  maxErrorRate: number
  maxLatencyMs?: number
  prometheus?: { url: string; query: string; maxValue?: number }
  /** Stop at the first round after which the window already breaches. */
  failFast: boolean
}

export interface Round {
  number: number
  /** Ms since the window opened. */
  at: number
  probes: ProbeResult[]
  p95?: number
  errors: number
  query?: QueryResult
}

export interface WatchResult {
  result: 'success' | 'failure'
  rounds: Round[]
  errorRate: number
  p95?: number
  /** The highest value the query returned. */
  queryMax?: number
  /** Each threshold the window broke, in words. */
  breaches: string[]
}

export interface WatchDeps {
  log: Logger
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

/** Watches for the whole window (or until a breach with failFast); never throws for a probe. */
export async function watch(plan: WatchPlan, deps: WatchDeps): Promise<WatchResult> {
  const now = deps.now ?? (() => Date.now())
  const sleep = deps.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)))
  const opened = now()
  const rounds: Round[] = []
  for (let number = 1; ; number++) {
    const at = now() - opened
    const [probes, query] = await Promise.all([
      Promise.all(plan.urls.map((url) => probeUrl(url, plan.probeTimeoutMs))),
      plan.prometheus
        ? queryPrometheus(plan.prometheus.url, plan.prometheus.query, plan.probeTimeoutMs)
        : Promise.resolve(undefined)
    ])
    const round: Round = {
      number,
      at,
      probes,
      p95: percentile(
        probes.map((p) => p.latencyMs),
        95
      ),
      errors: probes.filter((p) => !p.ok).length,
      query
    }
    rounds.push(round)
    deps.log.info(describeRound(round))
    const verdict = judge(plan, rounds)
    if (plan.failFast && verdict.breaches.length > 0) return verdict
    const next = number * plan.intervalMs
    if (next >= plan.durationMs) return verdict
    await sleep(Math.max(0, next - (now() - opened)))
  }
}

/** The window so far against the thresholds. */
export function judge(plan: WatchPlan, rounds: readonly Round[]): WatchResult {
  const probes = rounds.flatMap((r) => r.probes)
  const failed = probes.filter((p) => !p.ok).length
  const rate = errorRate(failed, probes.length)
  const p95 = percentile(
    probes.map((p) => p.latencyMs),
    95
  )
  const values = rounds.flatMap((r) => (r.query?.value === undefined ? [] : [r.query.value]))
  const queryMax = values.length > 0 ? Math.max(...values) : undefined
  const breaches: string[] = []
  if (rate > plan.maxErrorRate) {
    breaches.push(
      `error rate ${formatRate(rate)} (${failed} of ${probes.length} probes) is above max-error-rate ${formatRate(plan.maxErrorRate)}`
    )
  }
  if (plan.maxLatencyMs !== undefined && p95 !== undefined && p95 > plan.maxLatencyMs) {
    breaches.push(`p95 latency ${p95} ms is above max-latency-ms ${plan.maxLatencyMs}`)
  }
  const maxValue = plan.prometheus?.maxValue
  if (maxValue !== undefined && queryMax !== undefined && queryMax > maxValue) {
    breaches.push(`query value ${queryMax} is above max-value ${maxValue}`)
  }
  if (plan.prometheus && values.length === 0 && rounds.length > 0) {
    const last = rounds[rounds.length - 1].query?.note ?? 'no data'
    if (maxValue !== undefined) breaches.push(`the query never returned a value (last: ${last})`)
  }
  return {
    result: breaches.length > 0 ? 'failure' : 'success',
    rounds: [...rounds],
    errorRate: rate,
    p95,
    queryMax,
    breaches
  }
}

function describeRound(round: Round): string {
  const probes = round.probes.map((p) => `${p.url} ${p.detail} ${p.latencyMs}ms`).join('; ')
  const query = round.query ? `; query ${round.query.value ?? round.query.note ?? ''}` : ''
  return `Round ${round.number} at +${formatDuration(round.at)}: ${probes}${query}`
}
