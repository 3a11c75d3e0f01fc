/**
 * Bounded retries for the plain-`fetch` clients (Jira, webhooks): a 429 or a 5xx answer, or a
 * dropped connection, is tried again a few times, waiting what `retry-after` asks (bounded)
 * or an exponential backoff. Anything else is returned to the caller to judge.
 */
import type { Logger } from '../base/logger.js'

export interface RetryOptions {
  log: Logger
  /** Retries after the first attempt; default 3. */
  retries?: number
  /** What the request is, for log lines; never the URL when it holds a secret. */
  describe: string
  /** Longest `retry-after` (seconds) worth waiting for; a longer one ends the retries. Default 60. */
  maxRetryAfterSeconds?: number
}

/**
 * Base of the waits between retries and of a `retry-after` second, in ms; the test suite
 * shortens it through the environment (as packages/github/client.ts does).
 */
export function retryBaseMs(): number {
  const fromEnv = Number(process.env.RELEASE_ACTIONS_RETRY_BASE_MS)
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 1000
}

/** True for the answers worth trying again. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500
}

/** Seconds a `retry-after` header asks for (seconds or an HTTP date); undefined when absent. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined
  if (/^\d+$/.test(header.trim())) return Number(header.trim())
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * `fetch` with bounded retries on 429, 5xx and network failures. Returns the last answer
 * (which may still be a 429 or 5xx when the retries ran out); throws the last network error.
 */
export async function fetchWithRetry(
  url: string | URL,
  init: RequestInit,
  options: RetryOptions
): Promise<Response> {
  const retries = options.retries ?? 3
  const base = retryBaseMs()
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 60
  for (let attempt = 0; ; attempt++) {
    let waitMs = base * 2 ** attempt
    try {
      const response = await fetch(url, init)
      if (!isRetryableStatus(response.status) || attempt >= retries) return response
      const after = retryAfterSeconds(response.headers.get('retry-after'))
      if (after !== undefined) {
        if (after > maxRetryAfter) return response
        waitMs = after * base
      }
      // Read the body so the connection is released before we wait.
      await response.arrayBuffer().catch(() => undefined)
      options.log.warning(
        `${options.describe} answered ${response.status}; retrying in ${Math.round(waitMs / base)}s (retry ${attempt + 1} of ${retries}).`
      )
    } catch (error) {
      if (attempt >= retries) throw error
      options.log.warning(
        `${options.describe} failed (${networkReason(error)}); retrying (retry ${attempt + 1} of ${retries}).`
      )
    }
    await sleep(waitMs)
  }
}

/** A network failure's cause in a few words, without the URL (which may be a secret). */
export function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause
  return cause?.code ?? (error instanceof Error ? error.message : String(error))
}
