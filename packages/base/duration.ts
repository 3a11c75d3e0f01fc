import { ConfigurationError } from './errors.js'

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 }
const UNIT_ORDER = ['h', 'm', 's', 'ms']
const PLAIN_SECONDS = /^\d+$/
const COMPONENT = /(\d+)\s*(ms|h|m|s)/gy

/**
 * Reads a duration input as milliseconds: a bare number is seconds (`300`), else numbers with
 * units largest first (`300s`, `5m`, `1h`, `1h30m`, `1m30s`, `500ms`). Anything else, a
 * negative or an empty value included, is a ConfigurationError naming the input.
 */
export function parseDuration(value: string, input: string, minMs = 1): number {
  const ms = parseAnyDuration(value, input)
  if (ms >= minMs) return ms
  throw new ConfigurationError(
    `Input \`${input}\` is \`${value.trim().slice(0, 40)}\`, below its minimum of ` +
      `${formatDuration(minMs)}${minMs === 1 ? ' (a duration of zero does nothing)' : ''}.`,
    { input }
  )
}

/** Shortest pause between polls of a server (health checks, monitor rounds). */
export const MIN_POLL_INTERVAL_MS = 100
/** Shortest limit of a user's command. */
export const MIN_COMMAND_TIMEOUT_MS = 1000

function parseAnyDuration(value: string, input: string): number {
  const text = value.trim()
  if (PLAIN_SECONDS.test(text)) return checked(Number(text) * 1000, value, input)
  let total = 0
  let lastUnit = -1
  let end = 0
  COMPONENT.lastIndex = 0
  for (let match = COMPONENT.exec(text); match; match = COMPONENT.exec(text)) {
    const unit = UNIT_ORDER.indexOf(match[2])
    if (unit <= lastUnit) throw durationError(value, input)
    lastUnit = unit
    total += Number(match[1]) * UNIT_MS[match[2]]
    end = COMPONENT.lastIndex
    while (text[COMPONENT.lastIndex] === ' ') COMPONENT.lastIndex++
  }
  if (text === '' || end !== text.length) throw durationError(value, input)
  return checked(total, value, input)
}

/** Writes milliseconds the way a user would: `1h30m`, `5m`, `45s`, `250ms`, `0s`. */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.round(ms))
  const parts: string[] = []
  for (const unit of UNIT_ORDER) {
    const count = Math.floor(rest / UNIT_MS[unit])
    rest -= count * UNIT_MS[unit]
    if (count > 0) parts.push(`${count}${unit}`)
  }
  return parts.length > 0 ? parts.join('') : '0s'
}

function checked(ms: number, value: string, input: string): number {
  if (!Number.isSafeInteger(ms)) throw durationError(value, input)
  return ms
}

function durationError(value: string, input: string): ConfigurationError {
  return new ConfigurationError(
    `Input \`${input}\` is \`${value.length > 80 ? `${value.slice(0, 80)}…` : value}\`, which is not a duration. Use seconds (300) or numbers ` +
      'with units h, m, s, ms, largest first: 300s, 5m, 1h, 1h30m.',
    { input }
  )
}
