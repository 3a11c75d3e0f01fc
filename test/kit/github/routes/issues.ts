import type { FakeGitHub } from '../server.js'
import type { AccessLevel, RouteContext, RouteResult } from '../types.js'
import { notAccessible, notFound, unprocessable, validationFailed } from '../api-error.js'
import {
  issueApiUrl,
  issueItems,
  issueObject,
  issueView,
  labelsNamed,
  type IssueComment,
  type IssueLike,
  type Milestone
} from '../issue-objects.js'
import { grantLogin, nodeId, repoApiUrl, simpleUser } from '../objects.js'
import { paginate } from '../pagination.js'
import { nextId } from '../state.js'
import {
  ISSUES_OR_PULLS_READ,
  ISSUES_OR_PULLS_WRITE,
  REPO,
  idParam,
  objectBody,
  optionalField,
  queryChoice,
  sortBy
} from './support.js'

const ISSUES = `${REPO}/issues`
const ONE = `${ISSUES}/{issue_number}`

/**
 * Issues, and pull requests seen as issues (labels, milestone, state, comments of a pull
 * request go through these routes, as on GitHub): list, create, read, update, labels, comments.
 */
export function registerIssueRoutes(server: FakeGitHub): void {
  server.route('GET', ISSUES, listIssues, ['issues', 'read'])
  server.route('POST', ISSUES, createIssue, ['issues', 'write'])
  server.route('GET', ONE, getIssue, ISSUES_OR_PULLS_READ)
  server.route('PATCH', ONE, updateIssue, ISSUES_OR_PULLS_WRITE)
  server.route('POST', `${ONE}/labels`, addLabels, ISSUES_OR_PULLS_WRITE)
  server.route('GET', `${ONE}/comments`, listComments, ISSUES_OR_PULLS_READ)
  server.route('POST', `${ONE}/comments`, createComment, ISSUES_OR_PULLS_WRITE)
}

/**
 * The issue or pull request of `{issue_number}`. A pull request may be reached with either
 * permission the route accepts; a plain issue needs the issues permission itself.
 */
function findItem(ctx: RouteContext, level: AccessLevel): IssueLike {
  const number = idParam(ctx, 'issue_number')
  const item = issueItems(ctx.server.state).find((i) => i.number === number)
  if (!item) throw notFound()
  const isPull = 'head' in item
  if (!isPull && !ctx.server.holds(ctx.grant, ['issues', level])) {
    throw notAccessible('issues', level)
  }
  return item
}

function listIssues(ctx: RouteContext): RouteResult {
  const state = queryChoice(ctx, 'state', ['open', 'closed', 'all'], 'open')
  const sort = queryChoice(ctx, 'sort', ['created', 'updated', 'comments'], 'created')
  const direction = queryChoice(ctx, 'direction', ['asc', 'desc'], 'desc')
  const milestone = ctx.query.milestone
  const wanted = (ctx.query.labels ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const views = issueItems(ctx.server.state)
    .filter((item) => state === 'all' || item.state === state)
    .filter((item) => {
      if (milestone === undefined || milestone === '') return true
      if (milestone === '*') return item.milestone !== null
      if (milestone === 'none') return item.milestone === null
      return String(item.milestone?.number) === milestone
    })
    .filter((item) => {
      const names = item.labels.map((label) => label.name.toLowerCase())
      return wanted.every((name) => names.includes(name))
    })
    .map((item) => issueView(ctx.server, item) as Record<string, unknown> & { number: number })
  const key = (view: Record<string, unknown>) =>
    sort === 'comments' ? (view.comments as number) : String(view[`${sort}_at`])
  return paginate(ctx, sortBy(views, key, direction))
}

/** Label names from a string, an array of names, or an array of `{ name }` objects. */
function labelNames(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list)) {
    throw unprocessable(
      `Invalid request.\n\nFor 'properties/labels', ${JSON.stringify(value)} is not an array.`
    )
  }
  return list.map((entry: unknown) => {
    const name =
      typeof entry === 'string' ? entry : ((entry as { name?: unknown } | null)?.name ?? undefined)
    if (typeof name !== 'string' || name.trim() === '') {
      throw validationFailed({ resource: 'Label', code: 'invalid', field: 'name', value: entry })
    }
    return name.trim()
  })
}

/** The milestone a body names by number (null removes it); unknown numbers are refused. */
function milestoneOf(ctx: RouteContext, value: unknown): Milestone | null {
  if (value === null) return null
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  const found = ctx.server.state.milestones.find((m) => m.number === number)
  if (!found) {
    throw validationFailed({ resource: 'Issue', code: 'invalid', field: 'milestone', value })
  }
  return found
}

/** The title, which GitHub also accepts as a number. */
function titleOf(body: Record<string, unknown>, required: boolean): string | undefined {
  const title = body.title
  if (title === undefined || title === null) {
    if (required)
      throw validationFailed({ resource: 'Issue', code: 'missing_field', field: 'title' })
    return undefined
  }
  if (typeof title !== 'string' && typeof title !== 'number') {
    throw unprocessable(
      `Invalid request.\n\nFor 'properties/title', ${JSON.stringify(title)} is not a string.`
    )
  }
  return String(title)
}

function createIssue(ctx: RouteContext): RouteResult {
  const { server } = ctx
  const body = objectBody(ctx)
  const title = titleOf(body, true)!
  const labels = body.labels === undefined ? [] : labelNames(body.labels)
  const milestone = body.milestone === undefined ? null : milestoneOf(ctx, body.milestone)
  const issue = issueObject(server, {
    title,
    body: optionalField(body, 'body', 'string'),
    labels,
    milestone: milestone?.number,
    user: grantLogin(ctx.grant)
  })
  server.state.issues.push(issue)
  return { status: 201, body: issue, headers: { location: issue.url } }
}

function getIssue(ctx: RouteContext): RouteResult {
  return { status: 200, body: issueView(ctx.server, findItem(ctx, 'read')) }
}

/** Opens or closes an issue or pull request; a merged pull request cannot be reopened. */
function changeState(ctx: RouteContext, item: IssueLike, body: Record<string, unknown>): void {
  const state = optionalField(body, 'state', 'string')
  if (state === undefined || state === item.state) return
  if (state !== 'open' && state !== 'closed') {
    throw validationFailed({ resource: 'Issue', code: 'invalid', field: 'state', value: state })
  }
  if ('head' in item && item.merged) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      field: 'state',
      message: 'Cannot change the state of a merged pull request.'
    })
  }
  const closed = state === 'closed'
  item.state = state
  item.closed_at = closed ? ctx.server.now() : null
  if (!('head' in item)) {
    const reason = optionalField(body, 'state_reason', 'string')
    item.state_reason = closed
      ? reason === 'not_planned'
        ? 'not_planned'
        : 'completed'
      : 'reopened'
    item.closed_by = closed ? simpleUser(ctx.server, grantLogin(ctx.grant)) : null
  }
}

/** Changes title, body, state, labels (replaced) and milestone; checks all before changing any. */
function updateIssue(ctx: RouteContext): RouteResult {
  const item = findItem(ctx, 'write')
  const body = objectBody(ctx)
  const title = titleOf(body, false)
  const text = optionalField(body, 'body', 'string')
  const labels = body.labels === undefined ? undefined : labelNames(body.labels)
  const milestone = body.milestone === undefined ? undefined : milestoneOf(ctx, body.milestone)
  changeState(ctx, item, body)
  if (title !== undefined) item.title = title
  if (text !== undefined || body.body === null) item.body = text ?? null
  if (labels !== undefined) item.labels = labelsNamed(ctx.server, labels)
  if (milestone !== undefined) item.milestone = milestone
  item.updated_at = ctx.server.now()
  return { status: 200, body: issueView(ctx.server, item) }
}

/** Adds labels (creating those the repository lacks) and answers with all the item's labels. */
function addLabels(ctx: RouteContext): RouteResult {
  const item = findItem(ctx, 'write')
  const raw = ctx.body
  const value =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? (raw as Record<string, unknown>).labels
      : raw
  const names = labelNames(value ?? [])
  for (const label of labelsNamed(ctx.server, names)) {
    if (!item.labels.includes(label)) item.labels.push(label)
  }
  item.updated_at = ctx.server.now()
  return { status: 200, body: item.labels }
}

function listComments(ctx: RouteContext): RouteResult {
  const item = findItem(ctx, 'read')
  const url = issueApiUrl(ctx.server, item.number)
  return paginate(
    ctx,
    ctx.server.state.issueComments.filter((c) => c.issue_url === url)
  )
}

function createComment(ctx: RouteContext): RouteResult {
  const { server } = ctx
  const item = findItem(ctx, 'write')
  const text = optionalField(objectBody(ctx), 'body', 'string')
  if (text === undefined || text === '') {
    throw validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' })
  }
  const id = nextId(server.state)
  const now = server.now()
  const comment: IssueComment = {
    id,
    node_id: nodeId('IssueComment', id),
    url: `${repoApiUrl(server)}/issues/comments/${id}`,
    html_url: `${(issueView(server, item) as { html_url: string }).html_url}#issuecomment-${id}`,
    issue_url: issueApiUrl(server, item.number),
    body: text,
    user: simpleUser(server, grantLogin(ctx.grant)),
    created_at: now,
    updated_at: now,
    author_association: 'MEMBER'
  }
  server.state.issueComments.push(comment)
  return { status: 201, body: comment, headers: { location: comment.url } }
}
