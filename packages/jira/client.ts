/**
 * A small Jira REST client on packages/http (proxy-aware): Cloud (REST v3) and Server / Data Center (REST v2),
 * basic auth (user + API token) or a bearer personal access token, bounded retries on 429
 * (honouring `retry-after`) and 5xx. The operations the release needs are in jira-api.ts.
 */
import { ConfigurationError, ServiceError } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import type { HttpAnswer } from '../http/client.js'
import { networkReason, requestWithRetry } from '../http/retry.js'

export type JiraApiVersion = '2' | '3'

export type JiraAuth =
  { kind: 'basic'; user: string; token: string } | { kind: 'bearer'; token: string }

export interface JiraClientOptions {
  /** The site, e.g. https://acme.atlassian.net or https://jira.example.com/jira. */
  baseUrl: URL
  auth: JiraAuth
  /** `auto`: 3 on *.atlassian.net, else what /rest/api/2/serverInfo says (Cloud: 3, else 2). */
  apiVersion: JiraApiVersion | 'auto'
  log: Logger
  retries?: number
}

/** An answer of Jira that is not a success, with the messages Jira gave. */
export class JiraError extends ServiceError {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: string
  ) {
    super(`Jira answered ${status} to ${method} ${path}: ${jiraMessages(body)}`)
    this.name = 'JiraError'
  }

  /** Jira's own words: errorMessages and field errors, or the raw body. */
  get messages(): string {
    return jiraMessages(this.body)
  }
}

/** Jira's `{errorMessages, errors}` as one line; other bodies trimmed. */
export function jiraMessages(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errorMessages?: string[]; errors?: Record<string, string> }
    const parts = [
      ...(parsed.errorMessages ?? []),
      ...Object.entries(parsed.errors ?? {}).map(([field, message]) => `${field}: ${message}`)
    ]
    if (parts.length > 0) return parts.join('; ')
  } catch {
    // not JSON: fall through to the raw text
  }
  const text = body.trim().replace(/\s+/g, ' ')
  return text === '' ? '(empty body)' : text.slice(0, 300)
}

/** Reads the `jira-url` input: an http(s) URL, without a trailing slash. */
export function parseJiraUrl(value: string, input = 'jira-url'): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigurationError(
      `Input '${input}' is '${value}', which is not a URL; give the Jira site, e.g. https://acme.atlassian.net.`,
      { input }
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(
      `Input '${input}' must be an http(s) URL, not '${url.protocol}' (e.g. https://acme.atlassian.net).`,
      { input }
    )
  }
  url.pathname = url.pathname.replace(/\/+$/, '')
  url.search = ''
  url.hash = ''
  return url
}

/** True when a failed call may have been applied, or not: no answer, or a 5xx / 429. */
export function mayBeApplied(error: unknown): boolean {
  if (error instanceof JiraError) return error.status === 429 || error.status >= 500
  return error instanceof ServiceError
}

/**
 * A Jira write that must happen once (creating a version, taking a transition), tried at most
 * `1 + retries` times. After a failure that may have been applied (a lost answer, a 5xx, or on a
 * retry Jira's "already" refusal), `look` reads Jira: what it finds is the write's result, and
 * only when it finds nothing is the write sent again. Other failures are thrown as they are.
 */
export async function writeOnce<T>(
  write: () => Promise<T>,
  look: () => Promise<T | undefined>,
  options: { log: Logger; what: string; retries?: number; waitMs?: number }
): Promise<T> {
  const retries = options.retries ?? 3
  for (let attempt = 0; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      const refusedOnRetry = attempt > 0 && error instanceof JiraError && error.status === 400
      if (!mayBeApplied(error) && !refusedOnRetry) throw error
      const found = await look()
      if (found !== undefined) {
        options.log.info(
          `${options.what}: found done in Jira after a failed answer; not sent again.`
        )
        return found
      }
      if (attempt >= retries || refusedOnRetry) throw error
      const reason = error instanceof Error ? error.message : String(error)
      options.log.warning(
        `${options.what} failed (${reason}) and Jira does not show it done; trying again (retry ${attempt + 1} of ${retries}).`
      )
      await new Promise((resolve) => setTimeout(resolve, (options.waitMs ?? 1000) * 2 ** attempt))
    }
  }
}

export class JiraClient {
  private constructor(
    readonly baseUrl: URL,
    readonly apiVersion: JiraApiVersion,
    private readonly authorization: string,
    private readonly log: Logger,
    private readonly retries: number
  ) {}

  /** A client for the site, its REST API version decided (or detected) first. */
  static async connect(options: JiraClientOptions): Promise<JiraClient> {
    const authorization =
      options.auth.kind === 'basic'
        ? `Basic ${Buffer.from(`${options.auth.user}:${options.auth.token}`).toString('base64')}`
        : `Bearer ${options.auth.token}`
    const probe = new JiraClient(
      options.baseUrl,
      '2',
      authorization,
      options.log,
      options.retries ?? 3
    )
    const version =
      options.apiVersion !== 'auto'
        ? options.apiVersion
        : options.baseUrl.hostname.endsWith('.atlassian.net')
          ? '3'
          : await probe.detectApiVersion()
    return new JiraClient(
      options.baseUrl,
      version,
      authorization,
      options.log,
      options.retries ?? 3
    )
  }

  /** Server/DC answer `deploymentType` Server or DataCenter; Cloud answers Cloud (REST v3). */
  private async detectApiVersion(): Promise<JiraApiVersion> {
    let info: { deploymentType?: string } | undefined
    try {
      info = await this.request<{ deploymentType?: string }>('GET', '/serverInfo')
    } catch (error) {
      if (error instanceof JiraError) {
        throw new ConfigurationError(
          `${this.baseUrl.href} does not answer like Jira: GET ${this.apiPath('/serverInfo')} answered ${error.status} (${error.messages}). ` +
            "Check 'jira-url' (the site root, e.g. https://jira.example.com), or set 'jira-api-version'.",
          { input: 'jira-url' }
        )
      }
      throw error
    }
    const version = info?.deploymentType === 'Cloud' ? '3' : '2'
    this.log.debug(`Jira deployment ${info?.deploymentType ?? 'unknown'}: REST API v${version}.`)
    return version
  }

  /** `/rest/api/{version}{path}` under the site's context path. */
  apiPath(path: string): string {
    return `${this.baseUrl.pathname.replace(/\/+$/, '')}/rest/api/${this.apiVersion}${path}`
  }

  /**
   * One call of the REST API; `path` is relative to `/rest/api/{version}`. A 401 is a
   * ConfigurationError about the credentials; any other failure a JiraError. `notIdempotent`
   * tries once: see {@link writeOnce} for the look before trying again.
   */
  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    options: { notIdempotent?: boolean } = {}
  ): Promise<T> {
    const apiPath = this.apiPath(path)
    const url = new URL(apiPath, this.baseUrl)
    let response: HttpAnswer
    try {
      response = await requestWithRetry(
        url,
        {
          method,
          headers: {
            authorization: this.authorization,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' })
          },
          body: body === undefined ? undefined : JSON.stringify(body)
        },
        {
          log: this.log,
          // A write that must not be applied twice is never resent blindly: its caller looks first.
          retries: options.notIdempotent ? 0 : this.retries,
          notIdempotent: options.notIdempotent,
          describe: `Jira ${method} ${apiPath}`
        }
      )
    } catch (error) {
      const reason = networkReason(error)
      // No connection at all: most likely the URL. A connection lost mid-call: Jira's fault.
      if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ERR_INVALID_URL)$/.test(reason)) {
        throw new ConfigurationError(
          `Cannot reach Jira at ${this.baseUrl.origin} (${reason}); check 'jira-url'.`,
          { input: 'jira-url' }
        )
      }
      throw new ServiceError(
        `No answer from Jira (${this.baseUrl.host}) to ${method} ${apiPath.split('?')[0]}: the connection ` +
          `failed (${reason}), also on the retries.`,
        { cause: error }
      )
    }
    const text = response.body
    if (response.status === 401) {
      throw new ConfigurationError(
        `Jira refused the credentials (401 Unauthorized) for ${method} ${apiPath}: ${jiraMessages(text)}. ` +
          "Cloud: set 'jira-user' (the account's email) and 'jira-token' (an API token); " +
          "Server/Data Center: 'jira-token' alone as a personal access token, or 'jira-user' + password.",
        { input: 'jira-token' }
      )
    }
    if (!response.ok) throw new JiraError(method, apiPath, response.status, text)
    return (text ? JSON.parse(text) : undefined) as T
  }
}
