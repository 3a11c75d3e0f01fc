/**
 * Bounded retries for the clients on packages/http/client.ts (Jira, webhooks): a 429 or a 5xx answer, or a
 * dropped connection, is tried again a few times, waiting what `retry-after` asks (bounded)
 * or an exponential backoff. Anything else is returned to the caller to judge.
 */
import type { Logger } from '../base/logger.js'
import { HttpNetworkError, httpRequest, type HttpAnswer, type HttpRequest } from './client.js'

export interface RetryOptions {
  log: Logger
  /** Retries after the first attempt; default 3. */
  retries?: number
  /** What the request is, for log lines; never the URL when it holds a secret. */
  describe: string
  /** Longest `retry-after` (seconds) worth waiting for; a longer one ends the retries. Default 60. */
  maxRetryAfterSeconds?: number
  /**
   * For a request that must not be applied twice (a webhook post): a network failure is tried
   * again only when the request surely never left (see `surelyUnsent`); else it is thrown.
   */
  notIdempotent?: boolean
}

/** Network failures that happen before a request is sent: no connection was ever made. */
const UNSENT_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']

/** True when a fetch failure surely happened before the request was sent. */
export function surelyUnsent(error: unknown): boolean {
  const code =
    error instanceof HttpNetworkError
      ? error.code
      : (error as { cause?: { code?: string } } | undefined)?.cause?.code
  return UNSENT_CODES.includes(code ?? '')
}

/**
 * Base of the waits between retries and of a `retry-after` second, in ms, for every client
 * (these retries, Jira's writes, octokit's retry and throttling in packages/github): 1000, or
 * `RELEASE_ACTIONS_RETRY_BASE_MS`, which the test suite sets so fault tests run quickly.
 */
export function retryBaseMs(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.RELEASE_ACTIONS_RETRY_BASE_MS)
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
 * One request with bounded retries on 429, 5xx and network failures. Returns the last answer
 * (which may still be a 429 or 5xx when the retries ran out); throws the last network error.
 */
export async function requestWithRetry(
  url: string | URL,
  request: HttpRequest,
  options: RetryOptions
): Promise<HttpAnswer> {
  const retries = options.retries ?? 3
  const base = retryBaseMs()
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 60
  for (let attempt = 0; ; attempt++) {
    let waitMs = base * 2 ** attempt
    try {
      const response = await httpRequest(url, request)
      if (!isRetryableStatus(response.status) || attempt >= retries) return response
      const after = retryAfterSeconds(response.header('retry-after') ?? null)
      if (after !== undefined) {
        if (after > maxRetryAfter) return response
        waitMs = after * base
      }
      options.log.warning(
        `${options.describe} answered ${response.status}; retrying in ${Math.round(waitMs / base)}s (retry ${attempt + 1} of ${retries}).`
      )
    } catch (error) {
      if (attempt >= retries || (options.notIdempotent && !surelyUnsent(error))) throw error
      options.log.warning(
        `${options.describe} failed (${networkReason(error)}); retrying (retry ${attempt + 1} of ${retries}).`
      )
    }
    await sleep(waitMs)
  }
}

/** A network failure's cause in a few words, without the URL (which may be a secret). */
export function networkReason(error: unknown): string {
  if (error instanceof HttpNetworkError) return error.code ?? error.message
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause
  return cause?.code ?? (error instanceof Error ? error.message : String(error))
}
