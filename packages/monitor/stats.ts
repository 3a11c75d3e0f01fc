/** Window statistics of the monitor: nearest-rank percentiles and error rates. */

/** The p-th percentile (0-100) by nearest rank; undefined for no values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

/** Failed over total, 0 when there was nothing to count. */
export function errorRate(failed: number, total: number): number {
  return total === 0 ? 0 : failed / total
}

/** A rate as people write it: `0.05`, `5%`, `0`; a fraction from 0 to 1, undefined if not one. */
export function parseRate(value: string): number | undefined {
  const text = value.trim()
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text)
  const rate = percent
    ? Number(percent[1]) / 100
    : /^\d+(?:\.\d+)?$/.test(text)
      ? Number(text)
      : NaN
  return Number.isFinite(rate) && rate >= 0 && rate <= 1 ? rate : undefined
}

/** `2.5%` from 0.025. */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`
}
