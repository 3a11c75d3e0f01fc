/**
 * The workflow run's context as the runner hands it to an action: `GITHUB_*` variables and the
 * event payload file. Read once per run; plain data so the logic below stays testable.
 */
import { readFileSync } from 'node:fs'
import { ConfigurationError } from '../base/errors.js'

export interface RunContext {
  owner: string
  repo: string
  /** `GITHUB_SHA`: the commit the workflow runs on. */
  sha: string
  /** `GITHUB_REF`, e.g. `refs/heads/release-v1.3.0`. */
  ref: string
  /** The branch the run is for: `GITHUB_HEAD_REF` on pull requests, else `GITHUB_REF_NAME`. */
  branch: string | undefined
  eventName: string
  event: Record<string, unknown>
  serverUrl: string
  apiUrl: string
  workspace: string
  runnerTemp: string
  runId: string
  actor: string
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const ref = env.GITHUB_REF ?? ''
  const headRef = env.GITHUB_HEAD_REF?.trim()
  const refName =
    env.GITHUB_REF_NAME?.trim() || (ref.startsWith('refs/heads/') ? ref.slice(11) : '')
  return {
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref,
    branch: headRef || (ref.startsWith('refs/tags/') ? undefined : refName || undefined),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event: readEvent(env.GITHUB_EVENT_PATH),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
    runId: env.GITHUB_RUN_ID ?? '',
    actor: env.GITHUB_ACTOR ?? ''
  }
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** A repository on GitHub, as the REST API's paths name it. */
export interface Repository {
  owner: string
  repo: string
}

/** The `owner/repo` pair, required by anything that calls the API. */
export function requireRepository(context: RunContext): Repository {
  if (!context.owner || !context.repo) {
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set (expected owner/repo); run this action inside a GitHub workflow.'
    )
  }
  return { owner: context.owner, repo: context.repo }
}
