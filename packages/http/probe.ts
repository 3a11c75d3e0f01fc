/** One timed HTTP GET, as the health gate of deploy and the probes of monitor make it. */
import { errorMessage } from '../base/errors.js'
import { HttpNetworkError, httpRequest } from './client.js'

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
    const response = await httpRequest(url, { timeoutMs: budgetMs })
    const body = response.body
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

/** Names the usual socket errors plainly. */
function failureReason(error: unknown, budgetMs: number): string {
  if (!(error instanceof HttpNetworkError)) return errorMessage(error)
  if (error.code === 'TIMEOUT') return `no answer within ${budgetMs} ms`
  if (error.code === 'ECONNREFUSED') return 'connection refused'
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return 'host not found'
  if (error.code === 'ECONNRESET') return 'connection reset'
  return error.message
}
