/**
 * The health gate after a deploy: the URL must answer 2xx before the deadline, and with
 * `expectVersion` its body must contain the version, proof that the new build is serving.
 */
import type { Logger } from '../base/logger.js'
import { probeUrl } from '../http/probe.js'

export interface HealthCheck {
  url: string
  timeoutMs: number
  /** Wait between attempts. */
  intervalMs: number
  /** When set, a 2xx body must contain this text. */
  expectVersion?: string
  log: Logger
}

export interface HealthResult {
  healthy: boolean
  attempts: number
  elapsedMs: number
  /** What the last attempt saw: `HTTP 503`, `connection refused`, ... */
  last: string
}

/** One request never waits longer than this, so a hanging server still leaves time to retry. */
const ATTEMPT_LIMIT_MS = 10_000
/** A last attempt gets at least this long, so its verdict is about the server, not the clock. */
const MIN_ATTEMPT_MS = 250

/** Polls the URL until it is healthy or the deadline passes; never throws. */
export async function waitForHealth(check: HealthCheck): Promise<HealthResult> {
  const started = Date.now()
  const deadline = started + check.timeoutMs
  let attempts = 0
  for (;;) {
    attempts += 1
    const budget = Math.max(1, Math.min(ATTEMPT_LIMIT_MS, deadline - Date.now()))
    const probe = await probeUrl(check.url, budget, check.expectVersion)
    check.log.info(`Health check ${attempts}: ${check.url} -> ${probe.detail}`)
    const done = (healthy: boolean): HealthResult => ({
      healthy,
      attempts,
      elapsedMs: Date.now() - started,
      last: probe.detail
    })
    if (probe.ok) return done(true)
    const remaining = deadline - Date.now()
    if (remaining < MIN_ATTEMPT_MS) return done(false)
    const wait = Math.min(check.intervalMs, remaining - MIN_ATTEMPT_MS)
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}
