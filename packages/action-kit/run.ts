/**
 * The wrapper every action entry runs in: a user mistake becomes one `::error` annotation (on
 * the file at fault when there is one) and a non-zero exit; a bug says so and shows its stack.
 */
import * as core from './core.js'
import { ServiceError, errorMessage, isConfigurationError } from '../base/errors.js'
import { describeRoundTrips, roundTrips } from '../base/round-trips.js'
import { mappedStack } from './stack.js'

export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    // GitHub App inputs: mint the run's token before anything reads the `token` input (and
    // check `app-installation` also when it is given alone).
    const app = ['INPUT_APP-ID', 'INPUT_APP-PRIVATE-KEY', 'INPUT_APP-INSTALLATION']
    if (app.some((name) => process.env[name]?.trim())) {
      const { activateAppCredentials } = await import(
        /* webpackChunkName: "app-credentials" */ './app-credentials.js'
      )
      await activateAppCredentials()
    }
    await body()
  } catch (error) {
    reportFailure(name, error)
  }
  reportRoundTrips()
}

/** The step's round trips to origin and the API, when it made any. */
function reportRoundTrips(): void {
  const trips = roundTrips()
  const any = trips.api + trips.origin['ls-remote'] + trips.origin.fetch + trips.origin.push
  if (any > 0) core.info(describeRoundTrips(trips))
}

export function reportFailure(name: string, error: unknown): void {
  if (isConfigurationError(error)) {
    const [first] = error.locations
    core.error(error.message, first, `${name}: ${first ? 'invalid file' : 'configuration error'}`)
  } else if (error instanceof ServiceError) {
    core.error(`${name} failed: ${error.message}`)
  } else if (apiFault(error)) {
    core.error(`${name} failed: ${apiFault(error)}`)
  } else {
    core.error(`${name} failed unexpectedly: ${errorMessage(error)}`)
    if (error instanceof Error && error.stack) core.debug(mappedStack(error.stack))
  }
  core.markFailed()
}

/**
 * Writes each output; an object so an action's outputs are named once, in one place. Writing is
 * synchronous; the promise keeps the entries' `await setOutputs(...)` unchanged.
 */
export function setOutputs(
  outputs: Record<string, string | number | boolean | undefined>
): Promise<void> {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) core.setOutput(name, value)
  }
  return Promise.resolve()
}

interface HttpFailure {
  status?: unknown
  message?: string
  request?: { method?: string; url?: string }
  cause?: unknown
}

/**
 * A server's fault, not a bug, in words that name it: the route and the status of an API
 * answer (octokit's RequestError, or an error caused by one). Undefined for anything else.
 */
function apiFault(error: unknown): string | undefined {
  for (let e = error as HttpFailure | undefined, depth = 0; e && depth < 4; depth++) {
    // octokit reports a connection that failed as a 500 without a response: no answer came.
    if (e.status === 500 && e.request?.url && !(e as { response?: unknown }).response) {
      const url = e.request.url
      return (
        `no answer from ${hostOf(url)} to ${e.request.method ?? ''} ${routeOf(url)}: the ` +
        `connection failed (${e.message ?? ''}), also on the retries.`
      )
    }
    if (typeof e.status === 'number' && e.status >= 400) {
      const route = e.request?.url
        ? ` (${e.request.method ?? ''} ${routeOf(e.request.url)} answered ${e.status})`
        : ''
      const said = errorMessage(error)
      return e === error ? `GitHub answered ${e.status}: ${said}${route}` : `${said}${route}`
    }
    e = e.cause as HttpFailure | undefined
  }
  return undefined
}

function routeOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
