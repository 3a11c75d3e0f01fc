/**
 * The Jira REST routes the suite calls, on /rest/api/{2,3}: server info, projects, versions,
 * issues (read, edit fix versions), transitions and search (v2 /search with startAt, v3
 * /search/jql with nextPageToken; Cloud's retired v3 /search answers 410 as Cloud does).
 */
import { runJql, JqlError } from './jql.js'
import type { FakeJira } from './server.js'
import { availableTransitions, nextJiraId, statusOf, type Issue, type Version } from './state.js'

/** An answer, also thrown by handlers to stop with an error. */
export class JiraAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {}
  ) {
    super(`Jira answer ${status}`)
  }
}

export interface JiraRouteContext {
  server: FakeJira
  version: '2' | '3'
  params: string[]
  query: Record<string, string>
  body: unknown
  /** `http://127.0.0.1:PORT/rest/api/{version}`, for `self` links. */
  base: string
}

interface JiraRoute {
  method: string
  path: RegExp
  handler: (ctx: JiraRouteContext) => JiraAnswer
  anonymous?: boolean
}

const SEGMENT = '([^/]+)'
const route = (
  method: string,
  path: string,
  handler: JiraRoute['handler'],
  anonymous = false
): JiraRoute => ({
  method,
  path: new RegExp(`^${path.replace(/\{\w+\}/g, SEGMENT)}$`),
  handler,
  anonymous
})

/** A scalar field as text ('' for anything else), as Jira reads ids and strings. */
const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''

const fail = (status: number, messages: string[], errors: Record<string, string> = {}) =>
  new JiraAnswer(status, { errorMessages: messages, errors })

function body(ctx: JiraRouteContext): Record<string, unknown> {
  if (typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body)) {
    throw fail(400, ['Can not deserialize the request body: an object is expected.'])
  }
  return ctx.body as Record<string, unknown>
}

function versionView(ctx: JiraRouteContext, v: Version): Record<string, unknown> {
  return {
    self: `${ctx.base}/version/${v.id}`,
    id: v.id,
    ...(v.description !== undefined ? { description: v.description } : {}),
    name: v.name,
    archived: v.archived,
    released: v.released,
    ...(v.releaseDate ? { releaseDate: v.releaseDate } : {}),
    projectId: v.projectId
  }
}

function statusView(ctx: JiraRouteContext, issue: Issue, name?: string): Record<string, unknown> {
  const status = statusOf(ctx.server.state, issue, name)
  const category = {
    new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
    indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
    done: { id: 3, key: 'done', colorName: 'green', name: 'Done' }
  }[status.category]
  return {
    self: `${ctx.base}/status/${status.id}`,
    description: '',
    iconUrl: `${ctx.server.url}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: { self: `${ctx.base}/statuscategory/${category.id}`, ...category }
  }
}

/** Cloud v3 answers rich text as Atlassian Document Format, v2 as wiki text. */
function description(ctx: JiraRouteContext, text: string): unknown {
  if (ctx.version === '2') return text
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }]
  }
}

function issueView(
  ctx: JiraRouteContext,
  issue: Issue,
  wanted?: string[]
): Record<string, unknown> {
  const all: Record<string, () => unknown> = {
    summary: () => issue.summary,
    description: () => description(ctx, issue.description),
    status: () => statusView(ctx, issue),
    fixVersions: () =>
      issue.fixVersionIds.map((id) =>
        versionView(
          ctx,
          ctx.server.state.versions.find((v) => v.id === id)!
        )
      ),
    project: () => {
      const p = ctx.server.state.projects.find((x) => x.key === issue.projectKey)!
      return { self: `${ctx.base}/project/${p.id}`, id: p.id, key: p.key, name: p.name }
    }
  }
  const names = wanted && !wanted.includes('*all') ? wanted : Object.keys(all)
  const fields = Object.fromEntries(names.filter((n) => n in all).map((n) => [n, all[n]()]))
  return {
    expand: 'renderedFields,names,schema,operations',
    id: issue.id,
    self: `${ctx.base}/issue/${issue.id}`,
    key: issue.key,
    fields
  }
}

function findIssue(ctx: JiraRouteContext): Issue {
  const idOrKey = ctx.params[0] ?? ''
  const issue = ctx.server.state.issues.find(
    (i) => i.key.toUpperCase() === idOrKey.toUpperCase() || i.id === idOrKey
  )
  if (!issue) throw fail(404, ['Issue does not exist or you do not have permission to see it.'])
  return issue
}

function findProject(ctx: JiraRouteContext, idOrKey: string) {
  const project = ctx.server.state.projects.find(
    (p) => p.key === idOrKey.toUpperCase() || p.id === idOrKey
  )
  if (!project) throw fail(404, [`No project could be found with key '${idOrKey}'.`])
  return project
}

const fieldList = (value: unknown): string[] | undefined =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string' && value !== ''
      ? value.split(',').map((f) => f.trim())
      : undefined

function serverInfo(ctx: JiraRouteContext): JiraAnswer {
  const cloud = ctx.server.flavour === 'cloud'
  return new JiraAnswer(200, {
    baseUrl: ctx.server.url,
    version: cloud ? '1001.0.0-SNAPSHOT' : '9.12.14',
    versionNumbers: cloud ? [1001, 0, 0] : [9, 12, 14],
    deploymentType: cloud ? 'Cloud' : 'Server',
    buildNumber: cloud ? 100_281 : 9_120_014,
    serverTitle: 'Acme Jira'
  })
}

function getProject(ctx: JiraRouteContext): JiraAnswer {
  const p = findProject(ctx, ctx.params[0] ?? '')
  return new JiraAnswer(200, {
    self: `${ctx.base}/project/${p.id}`,
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: 'software',
    simplified: false,
    style: 'classic'
  })
}

function listVersions(ctx: JiraRouteContext): JiraAnswer {
  const p = findProject(ctx, ctx.params[0] ?? '')
  const versions = ctx.server.state.versions.filter((v) => v.projectId === Number(p.id))
  return new JiraAnswer(
    200,
    versions.map((v) => versionView(ctx, v))
  )
}

function createVersion(ctx: JiraRouteContext): JiraAnswer {
  const b = body(ctx)
  const name = typeof b.name === 'string' ? b.name.trim() : ''
  if (!name) throw fail(400, [], { name: 'You must specify a valid version name' })
  const projectRef = b.projectId ?? b.project
  const project = ctx.server.state.projects.find(
    (p) => String(projectRef) === p.id || String(projectRef).toUpperCase() === p.key
  )
  if (!project) throw fail(400, [], { project: 'Project must be specified to create a version.' })
  if (
    ctx.server.state.versions.some((v) => v.projectId === Number(project.id) && v.name === name)
  ) {
    throw fail(400, [], { name: 'A version with this name already exists in this project.' })
  }
  const version: Version = {
    id: nextJiraId(ctx.server.state),
    name,
    projectId: Number(project.id),
    description: typeof b.description === 'string' ? b.description : undefined,
    released: b.released === true,
    archived: b.archived === true,
    releaseDate: typeof b.releaseDate === 'string' ? b.releaseDate : undefined
  }
  ctx.server.state.versions.push(version)
  return new JiraAnswer(201, versionView(ctx, version))
}

function updateVersion(ctx: JiraRouteContext): JiraAnswer {
  const id = ctx.params[0] ?? ''
  const version = ctx.server.state.versions.find((v) => v.id === id)
  if (!version) throw fail(404, [`Could not find version for id '${id}'`])
  const b = body(ctx)
  if (
    b.releaseDate !== undefined &&
    (typeof b.releaseDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(b.releaseDate))
  ) {
    throw fail(400, [], {
      releaseDate: 'Please enter the date in the following format: yyyy-MM-dd'
    })
  }
  if (typeof b.name === 'string') version.name = b.name
  if (typeof b.description === 'string') version.description = b.description
  if (typeof b.released === 'boolean') version.released = b.released
  if (typeof b.archived === 'boolean') version.archived = b.archived
  if (typeof b.releaseDate === 'string') version.releaseDate = b.releaseDate
  return new JiraAnswer(200, versionView(ctx, version))
}

function getIssue(ctx: JiraRouteContext): JiraAnswer {
  return new JiraAnswer(200, issueView(ctx, findIssue(ctx), fieldList(ctx.query.fields)))
}

/** Resolves `{id}` or `{name}` of a version in the issue's project, as Jira does. */
function versionRef(ctx: JiraRouteContext, issue: Issue, ref: unknown): Version {
  const r = (ref ?? {}) as { id?: unknown; name?: unknown }
  const project = findProject(ctx, issue.projectKey)
  const version = ctx.server.state.versions.find(
    (v) => v.projectId === Number(project.id) && (text(r.id) === v.id || r.name === v.name)
  )
  if (!version) {
    const what =
      r.id !== undefined ? `Version id '${text(r.id)}'` : `Version name '${String(r.name)}'`
    throw fail(400, [], { fixVersions: `${what} is not valid` })
  }
  return version
}

/** Edits fix versions through `update` (add, remove, set) or `fields` (set); 204 like Jira. */
function editIssue(ctx: JiraRouteContext): JiraAnswer {
  const issue = findIssue(ctx)
  const b = body(ctx)
  const update = (b.update ?? {}) as Record<string, unknown>
  const fields = (b.fields ?? {}) as Record<string, unknown>
  const unknown = [...Object.keys(update), ...Object.keys(fields)].filter(
    (f) => f !== 'fixVersions'
  )
  if (unknown.length > 0) {
    throw fail(
      400,
      [],
      Object.fromEntries(
        unknown.map((f) => [
          f,
          `Field '${f}' cannot be set. It is not on the appropriate screen, or unknown.`
        ])
      )
    )
  }
  let ids = [...issue.fixVersionIds]
  if (Array.isArray(fields.fixVersions))
    ids = fields.fixVersions.map((r) => versionRef(ctx, issue, r).id)
  for (const op of (update.fixVersions ?? []) as Array<Record<string, unknown>>) {
    if (op.add) ids.push(versionRef(ctx, issue, op.add).id)
    if (op.remove) ids = ids.filter((id) => id !== versionRef(ctx, issue, op.remove).id)
    if (Array.isArray(op.set)) ids = op.set.map((r) => versionRef(ctx, issue, r).id)
  }
  issue.fixVersionIds = [...new Set(ids)]
  return new JiraAnswer(204)
}

function listTransitions(ctx: JiraRouteContext): JiraAnswer {
  const issue = findIssue(ctx)
  const transitions = availableTransitions(ctx.server.state, issue).map((t) => ({
    id: t.id,
    name: t.name,
    to: statusView(ctx, issue, t.to),
    hasScreen: false,
    isGlobal: t.from === undefined,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false
  }))
  return new JiraAnswer(200, { expand: 'transitions', transitions })
}

function doTransition(ctx: JiraRouteContext): JiraAnswer {
  const issue = findIssue(ctx)
  const id = text(((body(ctx).transition ?? {}) as { id?: unknown }).id)
  const transition = availableTransitions(ctx.server.state, issue).find((t) => t.id === id)
  if (!transition) throw fail(400, [`Transition id '${id}' is not valid for this issue.`])
  issue.status = transition.to
  return new JiraAnswer(204)
}

function search(ctx: JiraRouteContext, params: Record<string, unknown>): Issue[] {
  try {
    return runJql(ctx.server.state, text(params.jql))
  } catch (error) {
    if (error instanceof JqlError) throw fail(400, [error.message])
    throw error
  }
}

const searchParams = (ctx: JiraRouteContext) =>
  ctx.body && typeof ctx.body === 'object' ? (ctx.body as Record<string, unknown>) : ctx.query

/** v2 (and Server): offset pages with a total. */
function searchV2(ctx: JiraRouteContext): JiraAnswer {
  if (ctx.version === '3') {
    throw fail(410, [
      'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.'
    ])
  }
  const params = searchParams(ctx)
  const issues = search(ctx, params)
  const startAt = Number(params.startAt ?? 0)
  const maxResults = Math.min(Number(params.maxResults ?? 50), 100)
  const page = issues.slice(startAt, startAt + maxResults)
  const fields = fieldList(params.fields)
  return new JiraAnswer(200, {
    expand: 'schema,names',
    startAt,
    maxResults,
    total: issues.length,
    issues: page.map((i) => issueView(ctx, i, fields))
  })
}

/** v3 (Cloud): token pages, no total. */
function searchJql(ctx: JiraRouteContext): JiraAnswer {
  if (ctx.version !== '3') throw fail(404, ['null for uri: /rest/api/2/search/jql'])
  const params = searchParams(ctx)
  const issues = search(ctx, params)
  const start = params.nextPageToken
    ? Number(Buffer.from(text(params.nextPageToken), 'base64url').toString())
    : 0
  const maxResults = Math.min(Number(params.maxResults ?? 50), 100)
  const page = issues.slice(start, start + maxResults)
  const more = start + maxResults < issues.length
  const fields = fieldList(params.fields) ?? ['id']
  return new JiraAnswer(200, {
    issues: page.map((i) => issueView(ctx, i, fields)),
    ...(more
      ? { nextPageToken: Buffer.from(String(start + maxResults)).toString('base64url') }
      : {}),
    isLast: !more
  })
}

export const JIRA_ROUTES: JiraRoute[] = [
  route('GET', '/serverInfo', serverInfo, true),
  route('GET', '/project/{key}', getProject),
  route('GET', '/project/{key}/versions', listVersions),
  route('POST', '/version', createVersion),
  route('PUT', '/version/{id}', updateVersion),
  route('GET', '/issue/{key}', getIssue),
  route('PUT', '/issue/{key}', editIssue),
  route('GET', '/issue/{key}/transitions', listTransitions),
  route('POST', '/issue/{key}/transitions', doTransition),
  route('GET', '/search', searchV2),
  route('POST', '/search', searchV2),
  route('GET', '/search/jql', searchJql),
  route('POST', '/search/jql', searchJql)
]
