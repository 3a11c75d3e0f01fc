/**
 * What a failed GitHub API call means for the user. A 403 names the permission GitHub accepts
 * for the call (the `x-accepted-github-permissions` header), so the fix is one line of workflow.
 */
import { ConfigurationError, ServiceError } from '../base/errors.js'

/** The parts of an octokit RequestError we read; anything else thrown has none of them. */
interface ApiFailure {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
  request?: { method?: string; url?: string }
}

/** The HTTP status of an API error, or undefined for anything else. */
export function apiStatus(error: unknown): number | undefined {
  const status = (error as ApiFailure | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

/** A 403 (or 429) that is GitHub's secondary rate limit, not a missing permission. */
export function isSecondaryRateLimit(error: unknown): boolean {
  const failure = error as ApiFailure | undefined
  const data = failure?.response?.data as { message?: string } | undefined
  const text = `${failure?.message ?? ''} ${data?.message ?? ''}`
  return /secondary rate limit|abuse detection/i.test(text)
}

/**
 * True when no answer came: the connection was refused, reset or closed before a response
 * (octokit reports it as a 500 without a response; the request may have been applied).
 */
export function isNoAnswer(error: unknown): boolean {
  const failure = error as ApiFailure | undefined
  return failure?.status === 500 && failure.request !== undefined && failure.response === undefined
}

/**
 * GitHub's words when a ruleset refused a write (a 422 "Repository rule violations found" with
 * the rules broken, e.g. "Cannot create ref due to creations being restricted."), or undefined.
 */
export function ruleViolation(error: unknown): string | undefined {
  if (apiStatus(error) !== 422) return undefined
  const failure = error as ApiFailure | undefined
  const data = failure?.response?.data as { message?: string } | undefined
  const text = data?.message ?? failure?.message ?? ''
  if (!/Repository rule violations? found/i.test(text)) return undefined
  const rules = text
    .replace(/^[\s\S]*?Repository rule violations? found\s*/i, '')
    .split('\n')
    .map((line) => line.replace(/^\s*-\s*/, '').trim())
    .filter(Boolean)
  return rules.length > 0 ? rules.join(' ') : 'Repository rule violations found.'
}

/** `POST /repos/acme/app/releases on api.github.com`, from an octokit error's request. */
export function requestOf(error: unknown): { route: string; host: string } | undefined {
  const request = (error as ApiFailure | undefined)?.request
  if (!request?.url) return undefined
  try {
    const url = new URL(request.url)
    return { route: `${request.method ?? ''} ${url.pathname}`.trim(), host: url.host }
  } catch {
    return undefined
  }
}

/**
 * True when the call that failed had been sent before (the client retried it after a lost
 * answer or a 5xx): an "already exists" then most likely names what that earlier try made.
 */
export function wasRetried(error: unknown): boolean {
  const request = (error as { request?: { request?: { retryCount?: number } } } | undefined)
    ?.request?.request
  return (request?.retryCount ?? 0) > 0
}

/** The `errors[].code` values of a 422 'Validation Failed' answer. */
export function validationCodes(error: unknown): string[] {
  const data = (error as ApiFailure | undefined)?.response?.data as
    { errors?: Array<{ code?: string }> } | undefined
  return (data?.errors ?? []).map((e) => e.code ?? '').filter(Boolean)
}

/** `contents=write` -> `contents: write`, several alternatives joined with "or". */
function describePermissions(header: string | undefined): string | undefined {
  if (!header) return undefined
  return header
    .split(';')
    .map((alternative) =>
      alternative
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .join(', ')
    )
    .join(' or ')
}

/**
 * Turns an API failure of `what` (e.g. "creating the release v1.3.0") into a ConfigurationError
 * for the user's mistakes (401, 403, 404) and leaves other errors (bugs, 5xx after retries)
 * as they are, with the call named.
 */
export function explainApiError(error: unknown, what: string): Error {
  const failure = error as ApiFailure
  const status = apiStatus(error)
  const message = failure?.message ?? String(error)
  const request = requestOf(error)
  const to = request ? ` to ${request.route}` : ''
  if (isNoAnswer(error)) {
    return new ServiceError(
      `No answer from GitHub (${request?.host ?? 'the API'})${to} while ${what}: the ` +
        `connection failed (${message}), also on the retries. The request may or may not have ` +
        'been applied; rerunning the job is safe.',
      { cause: error }
    )
  }
  if (status === 401) {
    return new ConfigurationError(
      `GitHub refused the token while ${what} (401 ${message}); check the 'token' input.`,
      { input: 'token' }
    )
  }
  if ((status === 403 || status === 429) && isSecondaryRateLimit(error)) {
    return new ServiceError(
      `GitHub's secondary rate limit stopped ${what} (${status}${to}: ${message}), also after ` +
        'waiting it out; this is not a missing permission: rerun the job in a few minutes.',
      { cause: error }
    )
  }
  if (status === 403) {
    const needed = describePermissions(failure.response?.headers?.['x-accepted-github-permissions'])
    const fix = needed
      ? `The token lacks the permission '${needed}': add \`permissions: { ${needed} }\` to the job, ` +
        'or pass a token (GitHub App or PAT) that has it.'
      : 'Check that the token may write to this repository.'
    return new ConfigurationError(`GitHub answered 403 while ${what}: ${message}. ${fix}`, {
      input: 'token'
    })
  }
  const violated = ruleViolation(error)
  if (violated) {
    return new ConfigurationError(
      `A ruleset of the repository refused ${what}: ${violated} Add the token's App or user to ` +
        "the ruleset's bypass list, or pass a token that may bypass it.",
      { input: 'token' }
    )
  }
  if (status === 404) {
    return new ConfigurationError(
      `GitHub answered 404 while ${what}: the repository is not visible to this token, or the ` +
        `object does not exist (${message}).`
    )
  }
  if (status !== undefined && (status >= 500 || status === 429)) {
    return new ServiceError(
      `GitHub answered ${status}${to} while ${what}: ${message}, also on the retries; rerun ` +
        'the job later (rerunning is safe).',
      { cause: error }
    )
  }
  if (status !== undefined) return new Error(`GitHub answered ${status} while ${what}: ${message}`)
  return error instanceof Error ? error : new Error(message)
}
