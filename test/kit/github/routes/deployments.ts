import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult } from '../types.js'
import type { Deployment, DeploymentStatus, RepoState } from '../state.js'
import { nextId } from '../state.js'
import { ApiError, notFound, unprocessable, validationFailed } from '../api-error.js'
import { grantLogin, nodeId, repoApiUrl, simpleUser } from '../objects.js'
import { paginate } from '../pagination.js'
import { REPO, idParam, objectBody, optionalField, requiredString } from './support.js'

const DEPLOYMENTS = `${REPO}/deployments`
const STATES: readonly DeploymentStatus['state'][] = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success'
]

/** Deployments and their statuses: create, list (filtered), read; statuses create and list. */
export function registerDeploymentRoutes(server: FakeGitHub): void {
  server.route('GET', DEPLOYMENTS, listDeployments, ['deployments', 'read'])
  server.route('POST', DEPLOYMENTS, createDeployment, ['deployments', 'write'])
  server.route('GET', `${DEPLOYMENTS}/{deployment_id}`, getDeployment, ['deployments', 'read'])
  server.route('GET', `${DEPLOYMENTS}/{deployment_id}/statuses`, listStatuses, [
    'deployments',
    'read'
  ])
  server.route('POST', `${DEPLOYMENTS}/{deployment_id}/statuses`, createStatus, [
    'deployments',
    'write'
  ])
}

/** The statuses of a deployment, oldest first (the API lists them newest first). */
export function statusesOf(state: RepoState, id: number): DeploymentStatus[] {
  let statuses = state.deploymentStatuses.get(id)
  if (!statuses) {
    statuses = []
    state.deploymentStatuses.set(id, statuses)
  }
  return statuses
}

/** The state a deployment is in: its latest status, or 'pending' before any. */
export function deploymentState(state: RepoState, id: number): DeploymentStatus['state'] {
  return statusesOf(state, id).at(-1)?.state ?? 'pending'
}

function findDeployment(ctx: RouteContext): Deployment {
  const id = idParam(ctx, 'deployment_id')
  const deployment = ctx.server.state.deployments.find((d) => d.id === id)
  if (!deployment) throw notFound()
  return deployment
}

/** Newest first, narrowed by the `sha`, `ref`, `task` and `environment` query parameters. */
function listDeployments(ctx: RouteContext): RouteResult {
  const { sha, ref, task, environment } = ctx.query
  const matching = ctx.server.state.deployments.filter(
    (d) =>
      (sha === undefined || d.sha === sha) &&
      (ref === undefined || d.ref === ref) &&
      (task === undefined || d.task === task) &&
      (environment === undefined || d.environment === environment)
  )
  return paginate(ctx, [...matching].reverse())
}

function getDeployment(ctx: RouteContext): RouteResult {
  return { status: 200, body: findDeployment(ctx) }
}

/** The commit a ref names in the bare origin; GitHub's 422 when it names none. */
async function resolveSha(ctx: RouteContext, ref: string): Promise<string> {
  const sha = ctx.server.git ? await ctx.server.git.resolveCommit(ref) : undefined
  if (sha) return sha
  if (!ctx.server.git && /^[0-9a-f]{40}$/.test(ref)) return ref
  throw unprocessable(`No ref found for: ${ref}`)
}

/**
 * With `auto_merge` (on unless false) GitHub merges the default branch into a ref that is
 * behind it; the fake does not merge and answers as GitHub does when that merge conflicts.
 */
async function checkAutoMerge(ctx: RouteContext, sha: string, ref: string): Promise<void> {
  const git = ctx.server.git
  if (!git) return
  const base = ctx.server.state.repository.default_branch
  const baseSha = await git.resolveCommit(base)
  if (baseSha && !(await git.isAncestor(baseSha, sha))) {
    throw new ApiError(409, `Conflict merging ${base} into ${ref}.`)
  }
}

function payloadOf(body: Record<string, unknown>): Deployment['payload'] {
  const payload = body.payload
  if (payload === undefined || payload === null) return {}
  if (typeof payload === 'string') return payload
  if (typeof payload === 'object' && !Array.isArray(payload))
    return payload as Record<string, unknown>
  throw validationFailed({ resource: 'Deployment', code: 'invalid', field: 'payload' })
}

async function createDeployment(ctx: RouteContext): Promise<RouteResult> {
  const { state } = ctx.server
  const body = objectBody(ctx)
  const ref = requiredString(body, 'ref')
  const environment = optionalField(body, 'environment', 'string') ?? 'production'
  if (environment.trim() === '') {
    throw validationFailed({ resource: 'Deployment', code: 'missing_field', field: 'environment' })
  }
  const sha = await resolveSha(ctx, ref)
  if (optionalField(body, 'auto_merge', 'boolean') !== false) await checkAutoMerge(ctx, sha, ref)
  const id = nextId(state)
  const now = ctx.server.now()
  const api = repoApiUrl(ctx.server)
  const deployment: Deployment = {
    url: `${api}/deployments/${id}`,
    id,
    node_id: nodeId('Deployment', id),
    sha,
    ref,
    task: optionalField(body, 'task', 'string') ?? 'deploy',
    payload: payloadOf(body),
    original_environment: environment,
    environment,
    description: optionalField(body, 'description', 'string') ?? null,
    creator: simpleUser(ctx.server, grantLogin(ctx.grant)),
    created_at: now,
    updated_at: now,
    statuses_url: `${api}/deployments/${id}/statuses`,
    repository_url: api,
    transient_environment: optionalField(body, 'transient_environment', 'boolean') ?? false,
    production_environment:
      optionalField(body, 'production_environment', 'boolean') ?? environment === 'production',
    performed_via_github_app: null
  }
  state.deployments.push(deployment)
  return { status: 201, body: deployment, headers: { location: deployment.url } }
}

function listStatuses(ctx: RouteContext): RouteResult {
  const deployment = findDeployment(ctx)
  return paginate(ctx, [...statusesOf(ctx.server.state, deployment.id)].reverse())
}

function addStatus(
  ctx: RouteContext,
  deployment: Deployment,
  fields: Pick<DeploymentStatus, 'state' | 'description' | 'environment'> &
    Partial<Pick<DeploymentStatus, 'target_url' | 'log_url' | 'environment_url'>>
): DeploymentStatus {
  const { state } = ctx.server
  const id = nextId(state)
  const now = ctx.server.now()
  const api = repoApiUrl(ctx.server)
  const status: DeploymentStatus = {
    url: `${deployment.url}/statuses/${id}`,
    id,
    node_id: nodeId('DeploymentStatus', id),
    state: fields.state,
    creator: simpleUser(ctx.server, grantLogin(ctx.grant)),
    description: fields.description,
    environment: fields.environment,
    target_url: fields.target_url ?? '',
    log_url: fields.log_url ?? '',
    environment_url: fields.environment_url ?? '',
    created_at: now,
    updated_at: now,
    deployment_url: deployment.url,
    repository_url: api,
    performed_via_github_app: null
  }
  statusesOf(state, deployment.id).push(status)
  deployment.updated_at = now
  return status
}

/**
 * A new status. With `auto_inactive` (on unless false), a `success` marks every earlier
 * non-transient, non-production deployment of the same environment whose state is `success`
 * as `inactive`, as GitHub documents; production deployments are left to the client.
 */
function createStatus(ctx: RouteContext): RouteResult {
  const { state } = ctx.server
  const deployment = findDeployment(ctx)
  const body = objectBody(ctx)
  const value = requiredString(body, 'state')
  if (!(STATES as readonly string[]).includes(value)) {
    throw validationFailed({ resource: 'DeploymentStatus', code: 'invalid', field: 'state' })
  }
  const description = optionalField(body, 'description', 'string') ?? ''
  if (description.length > 140) {
    throw validationFailed({ resource: 'DeploymentStatus', code: 'custom', field: 'description' })
  }
  const previous = statusesOf(state, deployment.id).at(-1)
  const environment =
    optionalField(body, 'environment', 'string') ?? previous?.environment ?? deployment.environment
  const logUrl = optionalField(body, 'log_url', 'string')
  const status = addStatus(ctx, deployment, {
    state: value as DeploymentStatus['state'],
    description,
    environment,
    log_url: logUrl ?? '',
    target_url: logUrl ?? optionalField(body, 'target_url', 'string') ?? '',
    environment_url: optionalField(body, 'environment_url', 'string') ?? ''
  })
  if (value === 'success' && optionalField(body, 'auto_inactive', 'boolean') !== false) {
    for (const other of state.deployments) {
      if (
        other.id !== deployment.id &&
        other.environment === environment &&
        !other.transient_environment &&
        !other.production_environment &&
        deploymentState(state, other.id) === 'success'
      ) {
        addStatus(ctx, other, { state: 'inactive', description: '', environment })
      }
    }
  }
  return { status: 201, body: status, headers: { location: status.url } }
}
