/**
 * Exactly-once for a write that is not idempotent (a POST that creates something): the
 * client's blind retry is turned off for it, and when its answer is lost (no answer, a 5xx)
 * the request may have been applied, so its effect is looked for before it is sent again.
 * Rate limits (429, 403 secondary) are answered before anything is applied and stay with the
 * client's throttling, which waits and sends again.
 */
import type { Logger } from '../base/logger.js'
import { retryBaseMs } from '../http/retry.js'

/** Per-request options that turn octokit's retry plugin off for one call. */
export const NO_BLIND_RETRY = { retries: 0 } as const

export interface WriteOnce<T> {
  /** What the write does, for the log ("creating the milestone '1.4.0'"). */
  what: string
  /** Sends the write once; pass `request: NO_BLIND_RETRY` to the octokit call. */
  send: () => Promise<T>
  /** Looks for the write's effect; undefined when it is not there. */
  lookup: () => Promise<T | undefined>
  log?: Logger
  /** Sends in all (each after looking); default 4. */
  attempts?: number
}

/** Sends `send` until it is answered, looking with `lookup` after each lost answer. */
export async function writeOnce<T>(write: WriteOnce<T>): Promise<T> {
  const attempts = write.attempts ?? 4
  for (let attempt = 1; ; attempt++) {
    try {
      return await write.send()
    } catch (error) {
      // A 429 the throttling left (no rate-limit headers) was refused, not applied: send again.
      if (statusOf(error) === 429 && attempt < attempts) {
        const after = Number(headerOf(error, 'retry-after'))
        const waitMs =
          retryBaseMs() * (Number.isFinite(after) && after > 0 ? Math.min(after, 60) : attempt)
        write.log?.warning(
          `GitHub answered 429 to ${write.what}; sending it again (${attempt} of ${attempts - 1}).`
        )
        await new Promise((resolve) => setTimeout(resolve, waitMs))
        continue
      }
      if (!isLostAnswer(error)) throw error
      const found = await write.lookup()
      if (found !== undefined) {
        write.log?.info(`The answer to ${write.what} was lost, but it was applied; not sent again.`)
        return found
      }
      if (attempt >= attempts) throw error
      write.log?.warning(
        `The answer to ${write.what} was lost and it was not applied; sending it again (${attempt} of ${attempts - 1}).`
      )
      await new Promise((resolve) => setTimeout(resolve, retryBaseMs() * attempt))
    }
  }
}

/**
 * A failure after which the request may or may not have been applied: no answer (octokit
 * reports a network failure as status 500) or a 5xx. Reads a wrapped error's `cause` too.
 */
export function isLostAnswer(error: unknown): boolean {
  const status = statusOf(error)
  return status !== undefined && status >= 500
}

/** The HTTP status of an octokit error, or of the error a wrapper names as its `cause`. */
function statusOf(error: unknown): number | undefined {
  for (const e of [error, (error as { cause?: unknown } | undefined)?.cause]) {
    const status = (e as { status?: unknown } | undefined)?.status
    if (typeof status === 'number') return status
  }
  return undefined
}

function headerOf(error: unknown, name: string): string | undefined {
  for (const e of [error, (error as { cause?: unknown } | undefined)?.cause]) {
    const value = (e as { response?: { headers?: Record<string, unknown> } } | undefined)?.response
      ?.headers?.[name]
    if (typeof value === 'string' || typeof value === 'number') return String(value)
  }
  return undefined
}
