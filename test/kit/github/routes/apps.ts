/**
 * GitHub App authentication: an App signs a JWT (RS256, `iss` = App id, at most ten minutes)
 * with its private key, finds its installation on the repository
 * (`GET /repos/{owner}/{repo}/installation`) and mints an installation token
 * (`POST /app/installations/{installation_id}/access_tokens`), which then works like any token
 * with the installation's permissions until it expires. Only a valid JWT reaches these routes.
 */
import { verify } from 'node:crypto'
import type { FakeGitHub } from '../server.js'
import type { AccessLevel, Permission, RouteContext, RouteResult, TokenGrant } from '../types.js'
import { ApiError, notFound } from '../api-error.js'
import { simpleUser } from '../objects.js'
import { nextId, type InstalledApp } from '../state.js'
import { REPO, idParam } from './support.js'

export function registerAppRoutes(server: FakeGitHub): void {
  server.route('GET', `${REPO}/installation`, getRepoInstallation)
  server.route('POST', '/app/installations/{installation_id}/access_tokens', createAccessToken)
}

/** Installs an App on the repository; the test keeps the private key and gives it to the action. */
export function installApp(
  server: FakeGitHub,
  init: {
    id: number
    clientId?: string
    slug?: string
    publicKey: string
    permissions?: Partial<Record<Permission, AccessLevel>>
    tokenLifetimeMs?: number
  }
): InstalledApp {
  const app: InstalledApp = {
    id: init.id,
    clientId: init.clientId ?? `Iv23li${String(init.id).padStart(14, '0')}`,
    slug: init.slug ?? 'release-app',
    publicKey: init.publicKey,
    installationId: nextId(server.state),
    permissions: init.permissions ?? {
      contents: 'write',
      pull_requests: 'write',
      issues: 'write',
      deployments: 'write',
      metadata: 'read'
    },
    tokenLifetimeMs: init.tokenLifetimeMs ?? 3_600_000,
    tokens: []
  }
  server.state.apps.push(app)
  return app
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}

/**
 * The grant of an App JWT: signed RS256 by an installed App's key, issued by its id (or Client ID), not
 * expired, issued at most 60 s ahead (clock drift) and living at most ten minutes.
 */
export function appJwtGrant(server: FakeGitHub, token: string): TokenGrant | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [header, payload] = parts.map(decodePart)
  if (header?.alg !== 'RS256' || !payload) return undefined
  // GitHub takes the App ID or the Client ID as the issuer.
  const app = server.state.apps.find(
    (a) => String(a.id) === String(payload.iss) || a.clientId === payload.iss
  )
  if (!app) return undefined
  const signed = verify(
    'RSA-SHA256',
    Buffer.from(`${parts[0]}.${parts[1]}`),
    app.publicKey,
    Buffer.from(parts[2], 'base64url')
  )
  const now = Math.floor(Date.now() / 1000)
  const iat = Number(payload.iat)
  const exp = Number(payload.exp)
  if (!signed || !(exp > now) || !(iat <= now + 60) || exp - iat > 600) return undefined
  return { kind: 'app-jwt', permissions: {}, appId: app.id, login: `${app.slug}[bot]` }
}

function requireJwt(ctx: RouteContext): InstalledApp {
  const app = ctx.server.state.apps.find((a) => a.id === ctx.grant.appId)
  if (ctx.grant.kind !== 'app-jwt' || !app) {
    throw new ApiError(401, 'A JSON web token could not be decoded')
  }
  return app
}

function installationObject(server: FakeGitHub, app: InstalledApp): Record<string, unknown> {
  const created = server.state.repository.created_at
  return {
    id: app.installationId,
    account: simpleUser(server, server.owner),
    repository_selection: 'selected',
    access_tokens_url: `${server.url}/app/installations/${app.installationId}/access_tokens`,
    repositories_url: `${server.url}/installation/repositories`,
    html_url: `${server.serverUrl}/organizations/${server.owner}/settings/installations/${app.installationId}`,
    app_id: app.id,
    app_slug: app.slug,
    target_id: simpleUser(server, server.owner).id,
    target_type: 'Organization',
    permissions: app.permissions,
    events: [],
    created_at: created,
    updated_at: created,
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null
  }
}

function getRepoInstallation(ctx: RouteContext): RouteResult {
  const app = requireJwt(ctx)
  return { status: 200, body: installationObject(ctx.server, app) }
}

function createAccessToken(ctx: RouteContext): RouteResult {
  const app = requireJwt(ctx)
  if (idParam(ctx, 'installation_id') !== app.installationId) throw notFound()
  const expiresAt = ctx.server.nowMs() + app.tokenLifetimeMs
  const token = `ghs_${Buffer.from(`${app.id}:${app.tokens.length}:${expiresAt}`).toString('base64url')}`
  app.tokens.push({ token, expiresAt })
  ctx.server.addToken(token, {
    kind: 'app',
    permissions: app.permissions,
    login: `${app.slug}[bot]`,
    expiresAt
  })
  return {
    status: 201,
    body: {
      token,
      expires_at: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      permissions: app.permissions,
      repository_selection: 'selected'
    }
  }
}
