/**
 * The GitHub REST client: the octokit `@actions/github` builds (`@octokit/core` with the REST
 * endpoint methods and pagination), with the retry and throttling plugins, the base URL from
 * `GITHUB_API_URL` (GitHub Enterprise Server and the test server work alike), and requests sent
 * through fetch.ts on `node:http` rather than undici (see there). Built here rather than by
 * `getOctokit` because `@actions/github` imports undici at its top, whatever `fetch` it is given.
 * Loaded lazily: an action that never calls the API never pays for loading octokit.
 */
import type { Logger } from '../base/logger.js'
import { ConfigurationError } from '../base/errors.js'
import { tokenSource } from '../base/token-source.js'
import { countApiRequest } from '../base/round-trips.js'
import { retryBaseMs } from '../http/retry.js'

export type GitHubClient = Awaited<ReturnType<typeof createGitHubClient>>

export interface GitHubClientOptions {
  token: string | undefined
  apiUrl: string
  log: Logger
  /** Retries of a failed request (5xx, dropped connection); rate limits are retried separately. */
  retries?: number
}

/**
 * Spacing between write requests, and between writes that notify people (a release, an issue,
 * a pull request, a comment): GitHub's guidance, kept by octokit's throttling, is one second
 * and three. `RELEASE_ACTIONS_WRITE_SPACING_MS` sets both (the test suite sets 0).
 */
export function writeSpacing(env: NodeJS.ProcessEnv = process.env): {
  write: number
  notifications: number
} {
  const given = env.RELEASE_ACTIONS_WRITE_SPACING_MS
  const fromEnv = Number(given)
  return given && Number.isFinite(fromEnv) && fromEnv >= 0
    ? { write: fromEnv, notifications: fromEnv }
    : { write: 1000, notifications: 3000 }
}

export async function createGitHubClient(options: GitHubClientOptions) {
  if (!options.token) {
    throw new ConfigurationError(
      "Input 'token' is empty; pass `token: ${{ github.token }}` (or an App token / PAT) to call the GitHub API.",
      { input: 'token' }
    )
  }
  const [
    { Octokit },
    { restEndpointMethods },
    { paginateRest },
    { retry },
    { throttling },
    { default: Bottleneck },
    { githubFetch }
  ] = await Promise.all([
    import(/* webpackChunkName: "octokit-core" */ '@octokit/core'),
    import(
      /* webpackChunkName: "octokit-plugin-rest-endpoint-methods" */ '@octokit/plugin-rest-endpoint-methods'
    ),
    import(/* webpackChunkName: "octokit-plugin-paginate-rest" */ '@octokit/plugin-paginate-rest'),
    import(/* webpackChunkName: "octokit-plugin-retry" */ '@octokit/plugin-retry'),
    import(/* webpackChunkName: "octokit-plugin-throttling" */ '@octokit/plugin-throttling'),
    import(/* webpackChunkName: "bottleneck" */ 'bottleneck/light.js'),
    import(/* webpackChunkName: "github-fetch" */ './fetch.js')
  ])
  const log = options.log
  const maxRateLimitRetries = 3
  const spacing = writeSpacing()
  const GitHub = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling)
  const octokit = new GitHub({
    auth: `token ${options.token}`,
    userAgent: userAgent(),
    baseUrl: options.apiUrl,
    request: { fetch: githubFetch },
    ...appAuthStrategy(options.token),
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: retryBaseMs(),
      doNotRetry: [400, 401, 403, 404, 410, 422, 451]
    },
    throttle: {
      // GitHub asks for writes to be spaced (1 s, 3 s for those that notify); rate-limit
      // waits honour retry-after.
      retryAfterBaseValue: retryBaseMs(),
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.write }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.notifications }),
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number
      ) => {
        log.warning(`Rate limited on ${request.method} ${request.url}; retrying in ${retryAfter}s.`)
        return retryCount < maxRateLimitRetries
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number
      ) => {
        log.warning(
          `Secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`
        )
        return retryCount < maxRateLimitRetries
      }
    }
  })
  // Every request sent, retries included: the step prints the count when it ends.
  octokit.hook.before('request', () => countApiRequest())
  return octokit
}

/** As `@actions/github` names the run's orchestration in the user agent, when the runner sets it. */
function userAgent(): string | undefined {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim()
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined
}

type Requester = {
  endpoint: { merge(route: unknown, parameters: unknown): { headers: Record<string, string> } }
} & ((endpoint: unknown) => Promise<unknown>)

/**
 * For an App's installation token: an auth strategy that asks the token source before each
 * request, so a token near its end is minted again (a long wait cannot outlive it).
 */
function appAuthStrategy(token: string) {
  const app = tokenSource()
  if (!app?.minted(token)) return {}
  const auth = Object.assign(async () => ({ type: 'token', token: await app.fresh() }), {
    hook: async (request: Requester, route: unknown, parameters: unknown) => {
      const endpoint = request.endpoint.merge(route, parameters)
      endpoint.headers.authorization = `token ${await app.fresh()}`
      return request(endpoint)
    }
  })
  return { authStrategy: () => auth }
}
