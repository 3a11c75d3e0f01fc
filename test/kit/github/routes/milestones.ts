import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult } from '../types.js'
import { notFound, validationFailed } from '../api-error.js'
import { issueItems, milestoneObject, type Milestone } from '../issue-objects.js'
import { grantLogin, isoSeconds } from '../objects.js'
import { paginate } from '../pagination.js'
import {
  ISSUES_OR_PULLS_READ,
  ISSUES_OR_PULLS_WRITE,
  REPO,
  idParam,
  objectBody,
  optionalField,
  queryChoice,
  requiredString,
  sortBy
} from './support.js'

const MILESTONES = `${REPO}/milestones`
const ONE = `${MILESTONES}/{milestone_number}`

/** Milestones: list (state, sort, direction), create, read, update (close), delete. */
export function registerMilestoneRoutes(server: FakeGitHub): void {
  server.route('GET', MILESTONES, listMilestones, ISSUES_OR_PULLS_READ)
  server.route('POST', MILESTONES, createMilestone, ISSUES_OR_PULLS_WRITE)
  server.route('GET', ONE, getMilestone, ISSUES_OR_PULLS_READ)
  server.route('PATCH', ONE, updateMilestone, ISSUES_OR_PULLS_WRITE)
  server.route('DELETE', ONE, deleteMilestone, ISSUES_OR_PULLS_WRITE)
}

function findMilestone(ctx: RouteContext): Milestone {
  const number = idParam(ctx, 'milestone_number')
  const milestone = ctx.server.state.milestones.find((m) => m.number === number)
  if (!milestone) throw notFound()
  return milestone
}

function completeness(m: Milestone): number {
  const total = m.open_issues + m.closed_issues
  return total === 0 ? 0 : m.closed_issues / total
}

/** GitHub's defaults: open ones, by due date ascending (those without one last). */
function listMilestones(ctx: RouteContext): RouteResult {
  const state = queryChoice(ctx, 'state', ['open', 'closed', 'all'], 'open')
  const sort = queryChoice(ctx, 'sort', ['due_on', 'completeness'], 'due_on')
  const direction = queryChoice(ctx, 'direction', ['asc', 'desc'], 'asc')
  const chosen = ctx.server.state.milestones.filter((m) => state === 'all' || m.state === state)
  const key =
    sort === 'completeness'
      ? completeness
      : (m: Milestone) => (m.due_on ? Date.parse(m.due_on) : Number.MAX_SAFE_INTEGER)
  return paginate(ctx, sortBy(chosen, key, direction))
}

/** Fields of a create or update body, type-checked; undefined where the body says nothing. */
function milestoneFields(body: Record<string, unknown>) {
  const state = optionalField(body, 'state', 'string')
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw validationFailed({ resource: 'Milestone', code: 'invalid', field: 'state' })
  }
  const dueOn = optionalField(body, 'due_on', 'string')
  if (dueOn !== undefined && Number.isNaN(Date.parse(dueOn))) {
    throw validationFailed({ resource: 'Milestone', code: 'invalid', field: 'due_on' })
  }
  return {
    state,
    description: optionalField(body, 'description', 'string'),
    // An explicit null clears the due date.
    dueOn: dueOn === undefined ? (body.due_on === null ? null : undefined) : dueOn
  }
}

/** Refuses a second milestone with the same title, with GitHub's 422. */
function checkTitleFree(ctx: RouteContext, title: string, self?: number): void {
  if (ctx.server.state.milestones.some((m) => m.title === title && m.number !== self)) {
    throw validationFailed({ resource: 'Milestone', code: 'already_exists', field: 'title' })
  }
}

function isoDate(value: string | null | undefined): string | null | undefined {
  return value ? isoSeconds(new Date(value)) : value
}

function createMilestone(ctx: RouteContext): RouteResult {
  const { server } = ctx
  const body = objectBody(ctx)
  const title = requiredString(body, 'title')
  if (title.trim() === '') {
    throw validationFailed({ resource: 'Milestone', code: 'missing_field', field: 'title' })
  }
  const fields = milestoneFields(body)
  checkTitleFree(ctx, title)
  const milestone = milestoneObject(server, {
    title,
    state: fields.state as Milestone['state'] | undefined,
    description: fields.description,
    due_on: isoDate(fields.dueOn),
    creator: grantLogin(ctx.grant)
  })
  server.state.milestones.push(milestone)
  return { status: 201, body: milestone, headers: { location: milestone.url } }
}

function getMilestone(ctx: RouteContext): RouteResult {
  return { status: 200, body: findMilestone(ctx) }
}

/** Changes title, description, due date or state; closing stamps `closed_at`, reopening clears it. */
function updateMilestone(ctx: RouteContext): RouteResult {
  const milestone = findMilestone(ctx)
  const body = objectBody(ctx)
  const title = optionalField(body, 'title', 'string')
  const fields = milestoneFields(body)
  if (title !== undefined) checkTitleFree(ctx, title, milestone.number)
  const now = ctx.server.now()
  if (title !== undefined) milestone.title = title
  if (fields.description !== undefined) milestone.description = fields.description
  if (fields.dueOn !== undefined) milestone.due_on = isoDate(fields.dueOn) ?? null
  if (fields.state !== undefined && fields.state !== milestone.state) {
    milestone.state = fields.state as Milestone['state']
    milestone.closed_at = fields.state === 'closed' ? now : null
  }
  milestone.updated_at = now
  return { status: 200, body: milestone }
}

/** Deletes the milestone; its issues and pull requests keep existing without one, as on GitHub. */
function deleteMilestone(ctx: RouteContext): RouteResult {
  const { state } = ctx.server
  const milestone = findMilestone(ctx)
  state.milestones.splice(state.milestones.indexOf(milestone), 1)
  for (const item of issueItems(state)) {
    if (item.milestone?.number === milestone.number) item.milestone = null
  }
  return { status: 204 }
}
