import type { FakeGitHub } from './server.js'

/** Repository permissions a GitHub token can hold, named as GitHub names them. */
export type Permission =
  | 'actions'
  | 'administration'
  | 'checks'
  | 'contents'
  | 'deployments'
  | 'environments'
  | 'issues'
  | 'metadata'
  | 'packages'
  | 'pages'
  | 'pull_requests'
  | 'statuses'
  | 'workflows'

export type AccessLevel = 'read' | 'write'

export const ALL_PERMISSIONS: readonly Permission[] = [
  'actions',
  'administration',
  'checks',
  'contents',
  'deployments',
  'environments',
  'issues',
  'metadata',
  'packages',
  'pages',
  'pull_requests',
  'statuses',
  'workflows'
]

/** What a token may do: its kind (how the action came by it) and its repository permissions. */
export interface TokenGrant {
  kind: 'github-token' | 'app' | 'pat' | 'app-jwt'
  permissions: Partial<Record<Permission, AccessLevel>>
  /** Login the token acts as; default by kind (github-actions[bot], release-app[bot], octocat). */
  login?: string
  /**
   * OAuth scopes of a classic PAT ('repo', 'workflow', ...), sent back as `x-oauth-scopes` on
   * every answer, as GitHub does for classic PATs; leave undefined for other kinds of token.
   */
  scopes?: string[]
  /** An installation token's end (ms since the epoch); afterwards it is 'Bad credentials'. */
  expiresAt?: number
  /** The App a JWT grant speaks for. */
  appId?: number
}

export interface FakeGitHubOptions {
  /** Default 'acme'. */
  owner?: string
  /** Default 'app'. */
  repo?: string
  /** Path of the bare origin repository; without it the git-backed routes answer 404. */
  bareRepo?: string
  /** Base of every html_url; default 'https://github.com'. */
  serverUrl?: string
  /** Source of timestamps, so a test can pin them. */
  clock?: () => Date
}

/** One request the server received, as the test sees it afterwards. */
export interface RecordedRequest {
  method: string
  /** Path without the query string, e.g. '/repos/acme/app/releases'. */
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  /** Parsed JSON body; the raw text when it was not JSON; undefined when empty. */
  body: unknown
  /** Status sent; 0 while in flight or when a fault dropped the connection. */
  status: number
  /** The order in which answers went out (1 for the first answered): which request waited. */
  answered?: number
}

/** A failure to inject into the next matching request(s). */
export interface Fault {
  status?: number
  headers?: Record<string, string>
  body?: unknown
  /** Destroy the socket instead of answering; the client sees ECONNRESET / socket hang up. */
  drop?: boolean
  /** How many matching requests fail; default 1. */
  times?: number
  /**
   * A slow GitHub: the answer goes out after this many milliseconds. Alone (no status, body or
   * drop) the request is then answered as usual.
   */
  delayMs?: number
}

export interface RequestMatch {
  method?: string
  path: string | RegExp
}

export interface RouteContext {
  /** Path parameters, decoded ('{+ref}' keeps its slashes). */
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  grant: TokenGrant
  server: FakeGitHub
  method: string
  /** The request path without query string. */
  path: string
}

export interface RouteResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type RouteHandler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>

export type RequiredPermission = [Permission, AccessLevel]

/**
 * What a route asks of a token: one permission, or a list of which any one will do (GitHub
 * accepts issues=write or pull_requests=write for labels, milestones and issue comments).
 */
export type PermissionRule = RequiredPermission | RequiredPermission[]
