import { COMMIT_VIA, COMMIT_VIA_INPUT } from '../../../packages/release/commit-via.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import { MIN_POLL_INTERVAL_MS, parseDuration } from '../../../packages/base/duration.js'
import { getFileInput } from '../../../packages/action-kit/confine.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import {
  ENVIRONMENT,
  getBooleanInput,
  getEnumInput,
  getIntegerInput,
  getLineInput,
  getListInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import { getBranchInput } from '../../../packages/action-kit/git-names.js'
import { readTagPrefixInput } from '../../../packages/action-kit/release-line-inputs.js'
import { checkUrl, getUrlInput } from '../../../packages/action-kit/url-input.js'
import { parseRate } from '../../../packages/monitor/stats.js'
import type { MonitorOptions } from '../../../packages/release/monitor-release.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  urls: 'urls',
  duration: 'duration',
  interval: 'interval',
  probeTimeout: 'probe-timeout',
  maxErrorRate: 'max-error-rate',
  maxLatencyMs: 'max-latency-ms',
  prometheusUrl: 'prometheus-url',
  query: 'query',
  maxValue: 'max-value',
  failFast: 'fail-fast',
  environment: 'environment',
  rollback: 'rollback',
  recordRollback: 'record-rollback',
  tagPrefix: 'tag-prefix',
  developBranch: 'develop-branch',
  changelogPath: 'changelog-path'
} as const

export const Output = {
  result: 'result',
  errorRate: 'error-rate',
  p95LatencyMs: 'p95-latency-ms',
  queryValue: 'query-value',
  rounds: 'rounds'
} as const

/** The use-case's options (declared once, in packages/release/monitor-release.ts). */
export interface MonitorInputs extends CommonInputs, MonitorOptions {}

function duration(name: string, fallback: string, minMs?: number): number {
  return parseDuration(getOptionalInput(name) ?? fallback, name, minMs)
}

export function readInputs(): MonitorInputs {
  const urls = getListInput(Input.urls, /\r?\n/).map((u) =>
    checkUrl(u, Input.urls, 'https://app.example.com/health')
  )
  const intervalMs = duration(Input.interval, DEFAULTS[Input.interval], MIN_POLL_INTERVAL_MS)
  if (intervalMs <= 0) {
    throw new ConfigurationError(`Input 'interval' must be longer than 0 (e.g. 30s).`, {
      input: Input.interval
    })
  }
  const rateText = getOptionalInput(Input.maxErrorRate) ?? DEFAULTS[Input.maxErrorRate]
  const maxErrorRate = parseRate(rateText)
  if (maxErrorRate === undefined) {
    throw new ConfigurationError(
      `Input 'max-error-rate' is '${rateText}'; use a fraction from 0 to 1 (0.01) or a percentage (1%).`,
      { input: Input.maxErrorRate }
    )
  }
  const prometheusUrl = getUrlInput(Input.prometheusUrl, 'http://prometheus:9090')
  const query = getOptionalInput(Input.query)
  if ((prometheusUrl === undefined) !== (query === undefined)) {
    throw new ConfigurationError(
      "Inputs 'prometheus-url' and 'query' go together: give both, or neither.",
      { input: prometheusUrl ? Input.query : Input.prometheusUrl }
    )
  }
  const maxLatency = getOptionalInput(Input.maxLatencyMs)
  // Checked even without a query, so a wrong value is never silently ignored.
  const queryMax = maxValue()
  const common = readCommonInputs()
  return {
    ...common,
    urls,
    durationMs: duration(Input.duration, DEFAULTS[Input.duration]),
    intervalMs,
    probeTimeoutMs: duration(Input.probeTimeout, DEFAULTS[Input.probeTimeout]),
    maxErrorRate,
    maxLatencyMs:
      maxLatency === undefined ? undefined : getIntegerInput(Input.maxLatencyMs, 0, { min: 1 }),
    prometheus:
      prometheusUrl && query ? { url: prometheusUrl, query, maxValue: queryMax } : undefined,
    failFast: getBooleanInput(Input.failFast, DEFAULTS[Input.failFast]),
    environment: getLineInput(Input.environment, ENVIRONMENT),
    rollback: getOptionalInput(Input.rollback),
    recordRollback: getBooleanInput(Input.recordRollback, DEFAULTS[Input.recordRollback]),
    tagPrefix: readTagPrefixInput(Input.tagPrefix),
    developBranch: getBranchInput(Input.developBranch, DEFAULTS[Input.developBranch]),
    // Read only if a rollback marks the version [YANKED]: checked now, not in the middle of one.
    changelogPath: getFileInput(
      Input.changelogPath,
      DEFAULTS[Input.changelogPath],
      common.workingDirectory
    ),
    commitVia: getEnumInput(COMMIT_VIA_INPUT, COMMIT_VIA, DEFAULTS[COMMIT_VIA_INPUT])
  }
}

function maxValue(): number | undefined {
  const text = getOptionalInput(Input.maxValue)
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isFinite(value)) {
    throw new ConfigurationError(`Input 'max-value' must be a number, not '${text}'.`, {
      input: Input.maxValue
    })
  }
  return value
}
