/**
 * Posting an announcement to a webhook. The URL is a secret (it is the credential of Slack's
 * and Teams' webhooks): it appears in no message of ours. 5xx and 429 are retried with a
 * bound; any other refusal is one error naming the status and what the service said. A post
 * whose answer is lost is never sent again (it may have been shown): that is said instead.
 */
import type { Logger } from '../base/logger.js'
import type { HttpAnswer } from '../http/client.js'
import { networkReason, requestWithRetry, surelyUnsent } from '../http/retry.js'

/** The webhook refused the message, or could not be reached. */
export class WebhookError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** The post was sent but its answer lost: it may have been shown. */
    readonly uncertain = false
  ) {
    super(message)
    this.name = 'WebhookError'
  }
}

export interface WebhookAnswer {
  status: number
  body: string
}

/** POSTs `payload` as JSON; resolves on a 2xx, else throws a WebhookError. */
export async function postWebhook(
  url: string,
  payload: unknown,
  options: { log: Logger; retries?: number }
): Promise<WebhookAnswer> {
  let response: HttpAnswer
  try {
    response = await requestWithRetry(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(payload)
      },
      { log: options.log, retries: options.retries, describe: 'The webhook', notIdempotent: true }
    )
  } catch (error) {
    if (surelyUnsent(error)) {
      throw new WebhookError(`Cannot reach the webhook (${networkReason(error)}).`)
    }
    // A post is not idempotent: a second one would be a second message in the channel.
    throw new WebhookError(
      `The announcement was sent but the webhook's answer was lost (${networkReason(error)}); ` +
        'it may have arrived, so it was not sent again. Check the channel; if it is missing, ' +
        "rerun with 'repost: true'.",
      undefined,
      true
    )
  }
  const body = response.body
  if (response.ok) return { status: response.status, body }
  // A service that echoes the request could echo the secret; never repeat it.
  const text = body.split(url).join('***').trim()
  const said = text === '' ? '(empty body)' : text.slice(0, 500)
  const retried = response.status === 429 || response.status >= 500 ? ' after retrying' : ''
  throw new WebhookError(
    `The webhook answered ${response.status} ${response.statusText}${retried}: ${said}. ` +
      (response.status < 500 && response.status !== 429
        ? "Check the 'webhook-url' secret and 'format' (Slack needs an incoming-webhook URL and format: slack; Teams a Workflows webhook and format: teams)."
        : 'The service is failing; rerun the job later.'),
    response.status
  )
}
