import type { Permission, AccessLevel } from './types.js'

export const DOCS_URL = 'https://docs.github.com/rest'

/** One entry of a 422 'Validation Failed' body, as GitHub shapes it. */
export interface ValidationIssue {
  resource: string
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom'
  /** Absent on GitHub's 'custom' errors, which carry a message instead. */
  field?: string
  message?: string
  /** The refused value, as GitHub echoes it for an invalid milestone or label. */
  value?: unknown
}

/**
 * An error answer a route handler throws; the server sends it as GitHub would
 * (`message`, `documentation_url`, and the status as a string, which GitHub adds nowadays).
 */
export class ApiError extends Error {
  readonly status: number
  readonly body: Record<string, unknown>
  readonly headers: Record<string, string>

  constructor(
    status: number,
    message: string,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {}
  ) {
    super(`${status} ${message}`)
    this.name = 'ApiError'
    this.status = status
    this.body = { message, ...extra, documentation_url: DOCS_URL, status: String(status) }
    this.headers = headers
  }
}

/** 404 Not Found: unknown route, another repository, or an object that does not exist. */
export function notFound(): ApiError {
  return new ApiError(404, 'Not Found')
}

/** 401 for a missing or unknown token. */
export function badCredentials(): ApiError {
  return new ApiError(401, 'Bad credentials')
}

/**
 * 403 for a token without the permission a route needs, with the header GitHub adds
 * (several accepted permissions are listed as 'issues=write; pull_requests=write').
 */
export function notAccessible(
  permission: Permission | Array<[Permission, AccessLevel]>,
  level: AccessLevel = 'read'
): ApiError {
  const accepted = Array.isArray(permission) ? permission : [[permission, level] as const]
  return new ApiError(
    403,
    'Resource not accessible by integration',
    {},
    { 'x-accepted-github-permissions': acceptedPermissions(accepted) }
  )
}

/** The x-accepted-github-permissions value of a list: 'issues=write; pull_requests=write'. */
export function acceptedPermissions(accepted: ReadonlyArray<readonly [Permission, AccessLevel]>) {
  return accepted.map(([p, l]) => `${p}=${l}`).join('; ')
}

/** 422 'Validation Failed' with GitHub's `errors` array. */
export function validationFailed(...issues: ValidationIssue[]): ApiError {
  return new ApiError(422, 'Validation Failed', { errors: issues })
}

/** 422 with a bare message, as the git database API answers ('Reference already exists'). */
export function unprocessable(message: string): ApiError {
  return new ApiError(422, message)
}

/** 400 for a request body that is not JSON. */
export function problemsParsingJson(): ApiError {
  return new ApiError(400, 'Problems parsing JSON')
}
