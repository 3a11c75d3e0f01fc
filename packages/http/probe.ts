/** One timed HTTP GET, as the health gate of deploy and the probes of monitor make it. */
import { errorMessage } from '../base/errors.js'

export interface ProbeResult {
  url: string
  /** 2xx, and the body holds the expected text when one was asked for. */
  ok: boolean
  /** The HTTP status, undefined when no answer came. */
  status?: number
  latencyMs: number
  /** What happened, in words: `HTTP 503`, `connection refused`, `no answer within 10s`, ... */
  detail: string
}

/** Fetches the URL within `budgetMs`; never throws. */
export async function probeUrl(
  url: string,
  budgetMs: number,
  expectText?: string
): Promise<ProbeResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(budgetMs),
      headers: { 'user-agent': 'release-actions' }
    })
    const body = await response.text()
    const latencyMs = elapsed()
    const status = response.status
    if (status < 200 || status > 299) {
      return { url, ok: false, status, latencyMs, detail: `HTTP ${status}` }
    }
    if (expectText !== undefined && !body.includes(expectText)) {
      const detail = `HTTP ${status}, but the body does not contain ${expectText}: ${preview(body)}`
      return { url, ok: false, status, latencyMs, detail }
    }
    return { url, ok: true, status, latencyMs, detail: `HTTP ${status}` }
  } catch (error) {
    return { url, ok: false, latencyMs: elapsed(), detail: failureReason(error, budgetMs) }
  }
}

function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat || '(empty body)'
}

/** fetch hides the socket error in `cause`; name the usual ones plainly. */
function failureReason(error: unknown, budgetMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${budgetMs} ms`
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if (cause?.code === 'ECONNREFUSED') return 'connection refused'
  if (cause?.code === 'ENOTFOUND') return 'host not found'
  if (cause?.code === 'ECONNRESET') return 'connection reset'
  return cause?.message ?? errorMessage(error)
}
