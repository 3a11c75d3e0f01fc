/**
 * GitHub Deployments as the record of what runs where: one deployment per version and
 * environment (a rerun adds a status, not a record), its statuses, and the history that says
 * which version served last (for a rollback).
 */
import { ConfigurationError, ServiceError, errorMessage } from '../base/errors.js'
import { isNoAnswer, isSecondaryRateLimit, requestOf } from '../github/errors.js'
import type { GitHubClient } from '../github/client.js'
import { NO_BLIND_RETRY, writeOnce } from '../github/write-once.js'

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

/** A deployment as this suite reads it. */
export interface DeploymentRecord {
  id: number
  ref: string
  sha: string
  environment: string
  /** `payload.version`, else the ref. */
  version: string
}

/** A deployment with its statuses, newest first. */
export interface DeploymentHistoryEntry extends DeploymentRecord {
  statuses: Array<{ id: number; state: DeploymentState; created_at: string; description?: string }>
}

export interface NewDeployment {
  ref: string
  environment: string
  version: string
  description: string
  transient?: boolean
  production?: boolean
}

export interface StatusUpdate {
  state: DeploymentState
  description: string
  environmentUrl?: string
  logUrl?: string
}

const TASK = 'deploy'
/** Tries of the deployment's POST, each after looking whether the one before was applied. */
const CREATE_ATTEMPTS = 4
/** GitHub refuses status descriptions longer than this. */
const DESCRIPTION_LIMIT = 140

/** The Deployments API of one repository, with failures turned into messages a user can act on. */
export class DeploymentRecords {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly repository: { owner: string; repo: string }
  ) {}

  /** The deployment of this version to this environment at this ref, when one was made. */
  async findForVersion(
    environment: string,
    ref: string,
    version: string
  ): Promise<DeploymentRecord | undefined> {
    const list = await this.call('listing deployments', () =>
      this.octokit.paginate(this.octokit.rest.repos.listDeployments, {
        ...this.repository,
        environment,
        ref,
        task: TASK,
        per_page: 100
      })
    )
    return list.map(toRecord).find((d) => d.version === version)
  }

  /**
   * Records a deployment; GitHub's merge and status-check defaults are turned off. A POST is
   * not idempotent: when its answer is lost (a dropped connection, a 5xx), the request may
   * have been applied, so the deployment is looked for before the POST is sent again.
   */
  async create(deployment: NewDeployment): Promise<DeploymentRecord> {
    return writeOnce({
      what: `creating the deployment of ${deployment.version} to ${deployment.environment}`,
      send: () => this.createOnce(deployment),
      lookup: () => this.findForVersion(deployment.environment, deployment.ref, deployment.version),
      attempts: CREATE_ATTEMPTS
    })
  }

  private async createOnce(deployment: NewDeployment): Promise<DeploymentRecord> {
    const response = await this.call('creating the deployment', () =>
      this.octokit.rest.repos.createDeployment({
        ...this.repository,
        ref: deployment.ref,
        environment: deployment.environment,
        task: TASK,
        auto_merge: false,
        required_contexts: [],
        payload: { version: deployment.version },
        description: deployment.description.slice(0, DESCRIPTION_LIMIT),
        transient_environment: deployment.transient,
        production_environment: deployment.production,
        // Retried by writeOnce, after looking, not blindly by the client.
        request: NO_BLIND_RETRY
      })
    )
    if (response.status !== 201 || !('id' in response.data)) {
      const message = 'message' in response.data ? String(response.data.message) : 'no deployment'
      throw new Error(`GitHub did not create the deployment: ${message}`)
    }
    return toRecord(response.data)
  }

  /** Adds a status; a lost answer is followed by a look at the newest status, not a blind resend. */
  async setStatus(id: number, update: StatusUpdate): Promise<void> {
    const what = `setting deployment ${id} to ${update.state}`
    const description = update.description.slice(0, DESCRIPTION_LIMIT)
    await writeOnce<{ id: number }>({
      what,
      send: async () =>
        (
          await this.call(what, () =>
            this.octokit.rest.repos.createDeploymentStatus({
              ...this.repository,
              deployment_id: id,
              state: update.state,
              description,
              environment_url: update.environmentUrl,
              log_url: update.logUrl,
              request: NO_BLIND_RETRY
            })
          )
        ).data,
      lookup: async () => {
        const { data } = await this.call(`reading the statuses of deployment ${id}`, () =>
          this.octokit.rest.repos.listDeploymentStatuses({
            ...this.repository,
            deployment_id: id,
            per_page: 1
          })
        )
        const newest = data[0]
        return newest?.state === update.state && newest.description === description
          ? newest
          : undefined
      }
    })
  }

  /** The newest `limit` deployments of an environment, each with its statuses. */
  async history(environment: string, limit = 30): Promise<DeploymentHistoryEntry[]> {
    const { data } = await this.call('listing deployments', () =>
      this.octokit.rest.repos.listDeployments({
        ...this.repository,
        environment,
        task: TASK,
        per_page: limit
      })
    )
    return Promise.all(
      data.map(async (deployment) => {
        const statuses = await this.call(
          `reading the statuses of deployment ${deployment.id}`,
          () =>
            this.octokit.rest.repos.listDeploymentStatuses({
              ...this.repository,
              deployment_id: deployment.id,
              per_page: 100
            })
        )
        return {
          ...toRecord(deployment),
          statuses: statuses.data.map((s) => ({
            id: s.id,
            state: s.state,
            created_at: s.created_at,
            description: s.description
          }))
        }
      })
    )
  }

  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request()
    } catch (error) {
      throw apiFailure(what, error)
    }
  }
}

/**
 * The deployment that served last: the one with the most recent `success` status (status ids
 * grow with time), leaving out `excludeId`. Undefined when none ever succeeded.
 */
export function lastSuccessful(
  history: readonly DeploymentHistoryEntry[],
  excludeId?: number
): DeploymentHistoryEntry | undefined {
  let best: { entry: DeploymentHistoryEntry; statusId: number } | undefined
  for (const entry of history) {
    if (entry.id === excludeId) continue
    const success = entry.statuses.find((s) => s.state === 'success')
    if (success && (!best || success.id > best.statusId)) best = { entry, statusId: success.id }
  }
  return best?.entry
}

/** Deployments of the environment, other than `keepId`, still marked `success`. */
export function supersededDeployments(
  history: readonly DeploymentHistoryEntry[],
  keepId: number
): DeploymentHistoryEntry[] {
  return history.filter((d) => d.id !== keepId && d.statuses[0]?.state === 'success')
}

function toRecord(data: {
  id: number
  ref: string
  sha: string
  environment: string
  payload: unknown
}): DeploymentRecord {
  const payload = typeof data.payload === 'string' ? parsePayload(data.payload) : data.payload
  const version = (payload as { version?: unknown } | null)?.version
  return {
    id: data.id,
    ref: data.ref,
    sha: data.sha,
    environment: data.environment,
    version: typeof version === 'string' && version ? version : data.ref
  }
}

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return {}
  }
}

/** One message per API failure: what was being done, what GitHub answered, what to change. */
function apiFailure(what: string, error: unknown): Error {
  const status = (error as { status?: number }).status
  const answer = (error as { response?: { data?: { message?: string } } }).response?.data?.message
  const request = requestOf(error)
  if (isNoAnswer(error)) {
    return new ServiceError(
      `No answer from GitHub (${request?.host ?? 'the API'})${request ? ` to ${request.route}` : ''} ` +
        `while ${what}: the connection failed (${errorMessage(error)}), also on the retries.`,
      { cause: error }
    )
  }
  const said = status ? `HTTP ${status}${answer ? ` (${answer})` : ''}` : errorMessage(error)
  if ((status === 403 || status === 429) && isSecondaryRateLimit(error)) {
    return new ServiceError(
      `GitHub's secondary rate limit stopped ${what} (${said}), also after waiting it out; ` +
        'rerun the job in a few minutes.',
      { cause: error }
    )
  }
  if (status === 403 || status === 401) {
    return new ConfigurationError(
      `GitHub refused ${what}: ${said}. The token needs the \`deployments: write\` permission ` +
        '(add `permissions: deployments: write` to the job).',
      { input: 'token' }
    )
  }
  if (status === 422 || status === 409) {
    return new ConfigurationError(`GitHub refused ${what}: ${said}.`)
  }
  const to = request ? ` (${request.route})` : ''
  return new ServiceError(`GitHub Deployments API failed while ${what}: ${said}${to}.`, {
    cause: error
  })
}
