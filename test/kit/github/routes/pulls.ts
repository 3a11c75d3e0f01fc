import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult } from '../types.js'
import { ApiError, notFound, unprocessable, validationFailed } from '../api-error.js'
import { issueApiUrl } from '../issue-objects.js'
import { grantLogin, nodeId, simpleUser } from '../objects.js'
import { paginate } from '../pagination.js'
import { pullRequestObject, type PullRequest } from '../pull-object.js'
import { mergePullRequest } from './pull-merge.js'
import {
  REPO,
  idParam,
  objectBody,
  optionalField,
  queryChoice,
  requireGit,
  requiredString,
  sortBy
} from './support.js'

const PULLS = `${REPO}/pulls`
const ONE = `${PULLS}/{pull_number}`

/**
 * Pull requests (state.pulls; pull-object.ts builds them): list, open, read, update, request
 * reviewers, merge. Labels, milestone and comments of a pull request go through routes/issues.ts.
 */
export function registerPullRoutes(server: FakeGitHub): void {
  server.route('GET', PULLS, listPulls, ['pull_requests', 'read'])
  server.route('POST', PULLS, createPull, ['pull_requests', 'write'])
  server.route('GET', ONE, getPull, ['pull_requests', 'read'])
  server.route('PATCH', ONE, updatePull, ['pull_requests', 'write'])
  server.route('POST', `${ONE}/requested_reviewers`, requestReviewers, ['pull_requests', 'write'])
  server.route('PUT', `${ONE}/merge`, (ctx) => mergePullRequest(ctx, findPull(ctx)), [
    'contents',
    'write'
  ])
}

function findPull(ctx: RouteContext): PullRequest {
  const number = idParam(ctx, 'pull_number')
  const pull = ctx.server.state.pulls.find((p) => p.number === number)
  if (!pull) throw notFound()
  return pull
}

/**
 * A pull request as the pulls routes answer it. GitHub's description of pull-request labels
 * has a non-null `description`, so a label without one shows '' here (null on /labels).
 */
function pullView(pull: PullRequest): PullRequest {
  return { ...pull, labels: pull.labels.map((l) => ({ ...l, description: l.description ?? '' })) }
}

/** Open pull requests follow their branches: head and base sha are the branch tips now. */
async function followBranches(ctx: RouteContext): Promise<void> {
  const git = ctx.server.git
  const open = ctx.server.state.pulls.filter((p) => p.state === 'open')
  if (!git || open.length === 0) return
  const tips = new Map((await git.listRefs('refs/heads')).map((r) => [r.ref, r.sha]))
  for (const pull of open) {
    pull.head.sha = tips.get(`refs/heads/${pull.head.ref}`) ?? pull.head.sha
    pull.base.sha = tips.get(`refs/heads/${pull.base.ref}`) ?? pull.base.sha
  }
}

/**
 * The full pull request (schema pull-request): the stored one plus what GitHub computes —
 * commit and diff counts between base and head, and for an open one whether it merges cleanly.
 */
async function fullPull(ctx: RouteContext, pull: PullRequest): Promise<Record<string, unknown>> {
  const git = ctx.server.git
  let stats = { commits: 0, additions: 0, deletions: 0, changed_files: 0 }
  let mergeable: boolean | null = null
  const known = git && pull.base.sha && pull.head.sha
  if (known) {
    const commits = (await git.commitsBetween(pull.base.sha, pull.head.sha)).length
    stats = { commits, ...(await git.diffStat(pull.base.sha, pull.head.sha)) }
    if (pull.state === 'open') {
      mergeable = (await git.mergeTree(pull.base.sha, pull.head.sha)) !== undefined
    }
  }
  const url = issueApiUrl(ctx.server, pull.number)
  return {
    ...pullView(pull),
    ...stats,
    mergeable,
    rebaseable: mergeable,
    mergeable_state: mergeable === null ? 'unknown' : mergeable ? 'clean' : 'dirty',
    comments: ctx.server.state.issueComments.filter((c) => c.issue_url === url).length,
    review_comments: 0,
    maintainer_can_modify: false
  }
}

/** The branch of `head` ('branch' or 'owner:branch'); another owner's fork is not served here. */
function headBranch(ctx: RouteContext, head: string): string | undefined {
  const colon = head.indexOf(':')
  if (colon < 0) return head
  const owner = head.slice(0, colon)
  return owner.toLowerCase() === ctx.server.owner.toLowerCase() ? head.slice(colon + 1) : undefined
}

async function listPulls(ctx: RouteContext): Promise<RouteResult> {
  await followBranches(ctx)
  const state = queryChoice(ctx, 'state', ['open', 'closed', 'all'], 'open')
  const sort = queryChoice(
    ctx,
    'sort',
    ['created', 'updated', 'popularity', 'long-running'],
    'created'
  )
  const direction = queryChoice(ctx, 'direction', ['asc', 'desc'], 'desc')
  const { head, base } = ctx.query
  const pulls = ctx.server.state.pulls.filter(
    (p) =>
      (state === 'all' || p.state === state) &&
      (!head || p.head.ref === headBranch(ctx, head)) &&
      (!base || p.base.ref === base)
  )
  const key = (p: PullRequest) => (sort === 'updated' ? p.updated_at : p.created_at)
  return paginate(ctx, sortBy(pulls, key, direction).map(pullView))
}

/** GitHub's 422 for a pull request it will not open, with the sentence it shows. */
function refused(message: string): ApiError {
  return validationFailed({ resource: 'PullRequest', code: 'custom', message })
}

/** The open pull request from `head` into `base`, other than `self`. */
function openDuplicate(ctx: RouteContext, head: string, base: string, self?: number) {
  return ctx.server.state.pulls.find(
    (p) => p.state === 'open' && p.head.ref === head && p.base.ref === base && p.number !== self
  )
}

/**
 * Opens a pull request. Head and base must be branches of the bare origin; an open pull
 * request for the same head and base, or a head with no commits the base lacks
 * (`git rev-list base..head`), is refused with GitHub's 422.
 */
async function createPull(ctx: RouteContext): Promise<RouteResult> {
  const { server } = ctx
  const body = objectBody(ctx)
  if (typeof body.title !== 'string' || body.title.trim() === '') {
    throw validationFailed({ resource: 'PullRequest', code: 'missing_field', field: 'title' })
  }
  const title = body.title
  const head = headBranch(ctx, requiredString(body, 'head'))
  const base = requiredString(body, 'base')
  const text = optionalField(body, 'body', 'string') ?? null
  const draft = optionalField(body, 'draft', 'boolean') ?? false
  const git = requireGit(ctx)
  const headSha = head === undefined ? undefined : await git.resolveCommit(`refs/heads/${head}`)
  if (head === undefined || !headSha) {
    throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'head' })
  }
  const baseSha = await git.resolveCommit(`refs/heads/${base}`)
  if (!baseSha) throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'base' })
  if (openDuplicate(ctx, head, base)) {
    throw refused(`A pull request already exists for ${server.owner}:${head}.`)
  }
  if ((await git.commitsBetween(baseSha, headSha)).length === 0) {
    throw refused(`No commits between ${base} and ${head}`)
  }
  const pull = pullRequestObject(server, {
    title,
    head,
    headSha,
    base,
    baseSha,
    body: text,
    draft,
    user: grantLogin(ctx.grant)
  })
  server.state.pulls.push(pull)
  return { status: 201, body: await fullPull(ctx, pull), headers: { location: pull.url } }
}

async function getPull(ctx: RouteContext): Promise<RouteResult> {
  await followBranches(ctx)
  return { status: 200, body: await fullPull(ctx, findPull(ctx)) }
}

/** Changes title, body, base (an existing branch) or state; checks all before changing any. */
async function updatePull(ctx: RouteContext): Promise<RouteResult> {
  await followBranches(ctx)
  const pull = findPull(ctx)
  const body = objectBody(ctx)
  const title = optionalField(body, 'title', 'string')
  const text = optionalField(body, 'body', 'string')
  const state = optionalField(body, 'state', 'string')
  const base = optionalField(body, 'base', 'string')
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'state' })
  }
  let baseSha: string | undefined
  if (base !== undefined) {
    baseSha = await requireGit(ctx).resolveCommit(`refs/heads/${base}`)
    if (!baseSha)
      throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'base' })
  }
  if (state === 'open' && pull.state === 'closed') {
    if (pull.merged) throw unprocessable('Cannot reopen a merged pull request.')
    if (openDuplicate(ctx, pull.head.ref, base ?? pull.base.ref, pull.number)) {
      throw refused(`A pull request already exists for ${ctx.server.owner}:${pull.head.ref}.`)
    }
  }
  const now = ctx.server.now()
  if (title !== undefined) pull.title = title
  if (text !== undefined || body.body === null) pull.body = text ?? null
  if (base !== undefined && baseSha !== undefined) {
    pull.base = { ...pull.base, ref: base, label: `${ctx.server.owner}:${base}`, sha: baseSha }
  }
  if (state !== undefined && state !== pull.state) {
    pull.state = state
    pull.closed_at = state === 'closed' ? now : null
  }
  pull.updated_at = now
  return { status: 200, body: await fullPull(ctx, pull) }
}

/** A team as a requested reviewer (schema team), named by its slug. */
function teamObject(ctx: RouteContext, slug: string): Record<string, unknown> {
  const id = [...slug].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 9_000_000, 17) + 1_000_000
  const api = `${ctx.server.url}/organizations/${ctx.server.owner}/team/${id}`
  return {
    id,
    node_id: nodeId('Team', id),
    url: api,
    html_url: `${ctx.server.serverUrl}/orgs/${ctx.server.owner}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    parent: null,
    type: 'organization'
  }
}

function stringList(body: Record<string, unknown>, field: string): string[] {
  const value = body[field] ?? []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw unprocessable(
      `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not an array of strings.`
    )
  }
  return value as string[]
}

/** Adds requested reviewers and teams; the author cannot be asked, as on GitHub. */
function requestReviewers(ctx: RouteContext): RouteResult {
  const pull = findPull(ctx)
  const body = objectBody(ctx)
  const reviewers = stringList(body, 'reviewers')
  const teams = stringList(body, 'team_reviewers')
  if (reviewers.some((login) => login.toLowerCase() === pull.user.login.toLowerCase())) {
    throw unprocessable('Review cannot be requested from pull request author.')
  }
  for (const login of reviewers) {
    if (!pull.requested_reviewers.some((u) => u.login === login)) {
      pull.requested_reviewers.push(simpleUser(ctx.server, login))
    }
  }
  for (const slug of teams) {
    if (!pull.requested_teams.some((t) => t.slug === slug)) {
      pull.requested_teams.push(teamObject(ctx, slug))
    }
  }
  pull.updated_at = ctx.server.now()
  return { status: 201, body: pullView(pull) }
}
