/**
 * A fake Jira on 127.0.0.1 (port 0): Cloud (REST v3 and v2) or Server/Data Center (REST v2
 * only), state in memory, every request recorded, faults on demand, basic auth (user + API
 * token) and bearer personal access tokens. Paths and shapes are Jira's own; see README.md.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FaultPlan, requestMatches } from '../github/faults.js'
import type { Fault, RecordedRequest, RequestMatch } from '../github/types.js'
import { JIRA_ROUTES, JiraAnswer, type JiraRouteContext } from './routes.js'
import {
  createJiraState,
  nextJiraId,
  type Issue,
  type JiraState,
  type Project,
  type Version
} from './state.js'

export type JiraFlavour = 'cloud' | 'server'

export interface FakeJiraOptions {
  /** cloud: /rest/api/3 and /rest/api/2; server (Data Center): /rest/api/2 only. Default cloud. */
  flavour?: JiraFlavour
  /** Accepted basic credentials; default one: release-bot@acme.test / jira-api-token. */
  basic?: Array<{ user: string; token: string }>
  /** Accepted bearer personal access tokens; default 'jira-pat' on server, none on cloud. */
  bearer?: string[]
}

export class FakeJira {
  readonly flavour: JiraFlavour
  readonly state: JiraState = createJiraState()
  readonly requests: RecordedRequest[] = []
  private readonly faults = new FaultPlan()
  private readonly basic: Set<string>
  private readonly bearer: Set<string>
  private http?: Server
  private port = 0

  private constructor(options: FakeJiraOptions) {
    this.flavour = options.flavour ?? 'cloud'
    const basic = options.basic ?? [{ user: 'release-bot@acme.test', token: 'jira-api-token' }]
    this.basic = new Set(basic.map((c) => `${c.user}:${c.token}`))
    this.bearer = new Set(options.bearer ?? (this.flavour === 'server' ? ['jira-pat'] : []))
  }

  static async start(options: FakeJiraOptions = {}): Promise<FakeJira> {
    const server = new FakeJira(options)
    const http = createServer((req, res) => {
      server.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) server.send(res, new JiraAnswer(500, { message: String(error) }))
      })
    })
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    server.port = (http.address() as AddressInfo).port
    server.http = http
    return server
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  async stop(): Promise<void> {
    const http = this.http
    if (!http) return
    this.http = undefined
    await new Promise<void>((resolve, reject) => {
      http.close((error) => (error ? reject(error) : resolve()))
      http.closeAllConnections()
    })
  }

  /** Makes the next matching request(s) fail (status, headers such as retry-after, body). */
  fault(match: RequestMatch, fault: Fault): void {
    this.faults.arm(match, fault)
  }

  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => requestMatches({ method, path }, r))
  }

  /** Requests that changed something (POST, PUT, DELETE). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !/\/search/.test(r.path))
  }

  addProject(key: string, options: { name?: string; workflow?: string } = {}): Project {
    const project = {
      id: nextJiraId(this.state),
      key,
      name: options.name ?? `${key} project`,
      workflow: options.workflow ?? 'Software Simplified Workflow'
    }
    this.state.projects.push(project)
    return project
  }

  addVersion(projectKey: string, name: string, fields: Partial<Version> = {}): Version {
    const project = this.state.projects.find((p) => p.key === projectKey)
    if (!project) throw new Error(`fake Jira: no project ${projectKey}`)
    const version: Version = {
      id: nextJiraId(this.state),
      name,
      projectId: Number(project.id),
      released: false,
      archived: false,
      ...fields
    }
    this.state.versions.push(version)
    return version
  }

  /** Adds an issue; its project is the key's prefix. */
  addIssue(key: string, fields: Partial<Omit<Issue, 'key' | 'projectKey'>> = {}): Issue {
    const projectKey = key.split('-')[0]
    const project = this.state.projects.find((p) => p.key === projectKey)
    if (!project) throw new Error(`fake Jira: no project ${projectKey}`)
    const first = project.workflow === 'Software Simplified Workflow' ? 'To Do' : 'Open'
    const issue: Issue = {
      id: nextJiraId(this.state),
      key,
      projectKey,
      summary: `Summary of ${key}`,
      description: `Description of ${key} with "quotes" & <markup>`,
      status: first,
      fixVersionIds: [],
      ...fields
    }
    this.state.issues.push(issue)
    return issue
  }

  issue(key: string): Issue {
    const issue = this.state.issues.find((i) => i.key === key)
    if (!issue) throw new Error(`fake Jira: no issue ${key}`)
    return issue
  }

  /** The names of an issue's fix versions. */
  fixVersionsOf(key: string): string[] {
    return this.issue(key).fixVersionIds.map(
      (id) => this.state.versions.find((v) => v.id === id)?.name ?? id
    )
  }

  private authenticated(header: string | undefined): boolean {
    const basic = /^Basic\s+(\S+)$/i.exec(header ?? '')
    if (basic) return this.basic.has(Buffer.from(basic[1], 'base64').toString('utf8'))
    const bearer = /^Bearer\s+(\S+)$/i.exec(header ?? '')
    return bearer !== null && this.bearer.has(bearer[1])
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', 'http://127.0.0.1')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
    }
    const recorded: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers,
      body: undefined,
      status: 0
    }
    this.requests.push(recorded)
    let badJson = false
    try {
      recorded.body = raw ? JSON.parse(raw) : undefined
    } catch {
      recorded.body = raw
      badJson = true
    }
    const fault = this.faults.take(recorded)
    if (fault?.drop) {
      req.socket.destroy()
      return
    }
    const answer = fault
      ? new JiraAnswer(
          fault.status ?? 500,
          fault.body ?? { errorMessages: ['Internal server error'], errors: {} },
          fault.headers
        )
      : this.dispatch(recorded, badJson)
    recorded.status = answer.status
    this.send(res, answer)
  }

  private dispatch(request: RecordedRequest, badJson: boolean): JiraAnswer {
    const api = /^\/rest\/api\/(2|3|latest)(\/.*)$/.exec(request.path)
    if (!api || (api[1] === '3' && this.flavour === 'server')) {
      return new JiraAnswer(404, { errorMessages: ['null for uri: ' + request.path], errors: {} })
    }
    const version = api[1] === '3' ? '3' : '2'
    const route = JIRA_ROUTES.find((r) => r.method === request.method && r.path.test(api[2]))
    const anonymous = route?.anonymous === true
    if (!anonymous && !this.authenticated(request.headers.authorization)) {
      return new JiraAnswer(401, {
        errorMessages: [
          'You are not authenticated. Authentication required to perform this operation.'
        ],
        errors: {}
      })
    }
    if (!route)
      return new JiraAnswer(404, { errorMessages: ['null for uri: ' + request.path], errors: {} })
    if (badJson) {
      return new JiraAnswer(400, {
        errorMessages: ['Unexpected character in the JSON body.'],
        errors: {}
      })
    }
    const params = route.path.exec(api[2])?.slice(1).map(decodeURIComponent) ?? []
    const ctx: JiraRouteContext = {
      server: this,
      version,
      params,
      query: request.query,
      body: request.body,
      base: `${this.url}/rest/api/${version}`
    }
    try {
      return route.handler(ctx)
    } catch (error) {
      if (error instanceof JiraAnswer) return error
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      return new JiraAnswer(500, {
        errorMessages: [`fake Jira handler failed: ${message}`],
        errors: {}
      })
    }
  }

  private send(res: ServerResponse, answer: JiraAnswer): void {
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body)
    res.writeHead(answer.status, {
      ...(text ? { 'content-type': 'application/json;charset=UTF-8' } : {}),
      'x-arequestid': String(this.requests.length),
      ...answer.headers
    })
    res.end(text)
  }
}
