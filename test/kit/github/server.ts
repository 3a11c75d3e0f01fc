import { createServer, STATUS_CODES } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type {
  Fault,
  FakeGitHubOptions,
  RecordedRequest,
  RequestMatch,
  PermissionRule,
  RequiredPermission,
  RouteHandler,
  RouteResult,
  TokenGrant
} from './types.js'
import { ALL_PERMISSIONS } from './types.js'
import {
  ApiError,
  DOCS_URL,
  acceptedPermissions,
  badCredentials,
  notAccessible,
  notFound,
  problemsParsingJson
} from './api-error.js'
import { BareRepository } from './bare-repo.js'
import { FaultPlan, requestMatches } from './faults.js'
import { isoSeconds } from './objects.js'
import { RouteTable } from './router.js'
import { createRepoState, type RepoState } from './state.js'
import { registerAllRoutes } from './routes/index.js'
import { appJwtGrant } from './routes/apps.js'
import { answerGraphql } from './routes/graphql.js'
import { PRE_RECEIVE_PATH, pushRefusal, type PushedRef } from './signing.js'
import { isGitRequest, serveGit } from './git-http.js'

const RATE_LIMIT = 5000
const LEVELS = { read: 1, write: 2 } as const

/** The default grant: what `${{ github.token }}` holds with `permissions: write-all`. */
function writeAll(): TokenGrant {
  return {
    kind: 'github-token',
    permissions: Object.fromEntries(ALL_PERMISSIONS.map((p) => [p, 'write']))
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

function tokenOf(headers: Record<string, string>): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization ?? '')
  return match?.[1]
}

/**
 * A fake GitHub REST API on 127.0.0.1 for one repository: real HTTP, state in memory, refs
 * and commits from a real bare git repository. Tests point GITHUB_API_URL at `url`, inject
 * faults, and assert on `requests` and `state`.
 */
export class FakeGitHub {
  readonly owner: string
  readonly repo: string
  readonly serverUrl: string
  readonly requests: RecordedRequest[] = []
  readonly state: RepoState
  /** The bare origin, when the server was started with one. */
  readonly git?: BareRepository
  private readonly clock: () => Date
  private readonly tokens = new Map<string, TokenGrant>([['test-token', writeAll()]])
  private readonly faults = new FaultPlan()
  private readonly routes = new RouteTable()
  private readonly startedAt = Math.floor(Date.now() / 1000)
  private http?: Server
  private port = 0
  private answers = 0

  private constructor(options: FakeGitHubOptions) {
    this.owner = options.owner ?? 'acme'
    this.repo = options.repo ?? 'app'
    this.serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
    this.clock = options.clock ?? (() => new Date())
    this.git = options.bareRepo ? new BareRepository(options.bareRepo) : undefined
    this.state = createRepoState(this.now())
  }

  /** Starts a server on a free loopback port with every route area registered. */
  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const server = new FakeGitHub(options)
    registerAllRoutes(server)
    await server.listen()
    return server
  }

  /** API base url, e.g. 'http://127.0.0.1:PORT'; use it as GITHUB_API_URL. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** The repository over git's smart HTTP (`git remote set-url origin <gitUrl>`); see git-http.ts. */
  get gitUrl(): string {
    return `${this.url}/${this.owner}/${this.repo}.git`
  }

  /** Current time as GitHub formats it, from the clock the server was given. */
  now(): string {
    return isoSeconds(this.clock())
  }

  /** Current time in ms from the clock the server was given (token lifetimes are on it). */
  nowMs(): number {
    return this.clock().getTime()
  }

  /** Requests with this method whose path equals `path` (or fits a '{param}' template / RegExp). */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => requestMatches({ method, path }, r))
  }

  /** Accepts `token` from now on with this grant (replacing an earlier grant). */
  addToken(token: string, grant: TokenGrant): void {
    this.tokens.set(token, grant)
  }

  /** Makes the next matching request(s) fail; see {@link Fault}. */
  fault(match: RequestMatch, fault: Fault): void {
    this.faults.arm(match, fault)
  }

  /** Disarms every fault not yet fired (a test that armed more than the client will try). */
  clearFaults(): void {
    this.faults.clear()
  }

  /** Faults armed but not yet fired. */
  get pendingFaults(): number {
    return this.faults.pending
  }

  /** Registers (or replaces) the handler of a method and path template. */
  route(method: string, pattern: string, handler: RouteHandler, permission?: PermissionRule) {
    const rules: RequiredPermission[] | undefined =
      permission === undefined || Array.isArray(permission[0])
        ? (permission as RequiredPermission[] | undefined)
        : [permission as RequiredPermission]
    this.routes.add({ method, pattern, handler, permission: rules })
  }

  /** True when the token holds `permission` at `level` or above (metadata: always read). */
  holds(grant: TokenGrant, [permission, level]: RequiredPermission): boolean {
    // Every token can read metadata, whether or not its grant lists it.
    const held = grant.permissions[permission] ?? (permission === 'metadata' ? 'read' : undefined)
    return held !== undefined && LEVELS[held] >= LEVELS[level]
  }

  /** Every registered method and template, for the conformance test. */
  registeredRoutes(): Array<{ method: string; pattern: string }> {
    return this.routes.list()
  }

  async stop(): Promise<void> {
    this.git?.close()
    const http = this.http
    if (!http) return
    this.http = undefined
    await new Promise<void>((resolve, reject) => {
      http.close((error) => (error ? reject(error) : resolve()))
      http.closeAllConnections()
    })
  }

  private async listen(): Promise<void> {
    const http = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) this.send(res, { status: 500, body: { message: String(error) } })
      })
    })
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    this.port = (http.address() as AddressInfo).port
    this.http = http
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (this.git && isGitRequest(target.pathname, this.owner, this.repo)) {
      const recorded: RecordedRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: target.pathname,
        query: Object.fromEntries(target.searchParams),
        headers: flatHeaders(req),
        body: undefined,
        status: 0
      }
      this.requests.push(recorded)
      await serveGit(req, res, recorded, this.git.path, (token) => this.grantOf(token))
      return
    }
    const raw = await readBody(req)
    const recorded: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers: flatHeaders(req),
      body: undefined,
      status: 0
    }
    if (recorded.method === 'POST' && recorded.path === PRE_RECEIVE_PATH) {
      // The origin's pre-receive hook asking whether a push passes the signature rules.
      const refusal = pushRefusal(this, JSON.parse(raw) as PushedRef[])
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end(refusal ?? '')
      return
    }
    const sequence = this.requests.push(recorded)
    let parseError: ApiError | undefined
    try {
      recorded.body = raw ? JSON.parse(raw) : undefined
    } catch {
      recorded.body = raw
      parseError = problemsParsingJson()
    }
    const fault = this.faults.take(recorded)
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
    if (fault?.drop) {
      req.socket.destroy()
      return
    }
    const injected =
      fault && (fault.status !== undefined || fault.body !== undefined || !fault.delayMs)
    const result = injected ? this.faultResult(fault) : await this.dispatch(recorded, parseError)
    recorded.status = result.status
    recorded.answered = ++this.answers
    this.send(res, result, sequence)
  }

  private faultResult(fault: Fault): RouteResult {
    const status = fault.status ?? 500
    const body = fault.body ?? {
      message: STATUS_CODES[status] ?? 'Error',
      documentation_url: DOCS_URL
    }
    return { status, body, headers: fault.headers }
  }

  /** Auth, routing, permission check and the handler; errors become GitHub-shaped answers. */
  private async dispatch(request: RecordedRequest, parseError?: ApiError): Promise<RouteResult> {
    const token = tokenOf(request.headers)
    const grant = token === undefined ? undefined : this.grantOf(token)
    // A classic PAT's scopes come back on every answer, errors included.
    const scopes: Record<string, string> = grant?.scopes
      ? { 'x-oauth-scopes': grant.scopes.join(', ') }
      : {}
    const result = await this.answer(request, grant, parseError)
    return { ...result, headers: { ...scopes, ...result.headers } }
  }

  /** The grant of a token: a known one that has not expired, or a valid App JWT. */
  private grantOf(token: string): TokenGrant | undefined {
    const grant = this.tokens.get(token)
    if (grant)
      return grant.expiresAt !== undefined && grant.expiresAt <= this.nowMs() ? undefined : grant
    return appJwtGrant(this, token)
  }

  private async answer(
    request: RecordedRequest,
    grant: TokenGrant | undefined,
    parseError?: ApiError
  ): Promise<RouteResult> {
    try {
      if (!grant) throw badCredentials()
      if (parseError) throw parseError
      if (request.method === 'POST' && request.path === '/graphql') {
        return await answerGraphql({
          params: {},
          query: request.query,
          body: request.body,
          grant,
          server: this,
          method: request.method,
          path: request.path
        })
      }
      const match = this.routes.match(request.method, request.path)
      if (!match || !this.isOwnRepo(match.params)) throw notFound()
      const needed = match.route.permission ?? []
      if (needed.length > 0 && !needed.some((rule) => this.holds(grant, rule))) {
        throw notAccessible(needed)
      }
      const { path, query, body, method } = request
      const ctx = { params: match.params, query, body, grant, server: this, method, path }
      const result = await match.route.handler(ctx)
      // GitHub names the permission a route accepts on every answer, not only on a 403.
      const accepted: Record<string, string> =
        needed.length > 0 ? { 'x-accepted-github-permissions': acceptedPermissions(needed) } : {}
      return { ...result, headers: { ...accepted, ...result.headers } }
    } catch (error) {
      if (error instanceof ApiError) {
        return { status: error.status, body: error.body, headers: error.headers }
      }
      // A bug in a handler: answer 500 so the test fails loudly with the reason in the body.
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      return { status: 500, body: { message: `fake GitHub handler failed: ${message}` } }
    }
  }

  private isOwnRepo(params: Record<string, string>): boolean {
    const same = (a: string | undefined, b: string) =>
      a === undefined || a.toLowerCase() === b.toLowerCase()
    return same(params.owner, this.owner) && same(params.repo, this.repo)
  }

  /** Writes an answer with the headers GitHub puts on every one; `sequence` numbers the request. */
  private send(res: ServerResponse, result: RouteResult, sequence = this.requests.length): void {
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - sequence)),
      'x-ratelimit-reset': String(this.startedAt + 3600),
      'x-ratelimit-used': String(sequence),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${sequence.toString(16).toUpperCase().padStart(6, '0')}:${this.port}`,
      ...result.headers
    }
    const text =
      result.body === undefined || result.status === 204 ? '' : JSON.stringify(result.body)
    res.writeHead(result.status, headers)
    res.end(text)
  }
}
