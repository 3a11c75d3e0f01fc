/**
 * Posting an announcement to a webhook. The URL is a secret (it is the credential of Slack's
 * and Teams' webhooks): it appears in no message of ours. 5xx and 429 are retried with a
 * bound; any other refusal is one error naming the status and what the service said.
 */
import type { Logger } from '../base/logger.js'
import { fetchWithRetry, networkReason } from '../http/retry.js'

/** The webhook refused the message, or could not be reached. */
export class WebhookError extends Error {
  constructor(
    message: string,
    readonly status?: number
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
  let response: Response
  try {
    response = await fetchWithRetry(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(payload)
      },
      { log: options.log, retries: options.retries, describe: 'The webhook' }
    )
  } catch (error) {
    throw new WebhookError(`Cannot reach the webhook (${networkReason(error)}).`)
  }
  const body = await response.text()
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
