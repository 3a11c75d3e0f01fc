import type { RequiredPermission, RouteContext } from '../types.js'
import type { BareRepository } from '../bare-repo.js'
import { ApiError, notFound, unprocessable } from '../api-error.js'

/** The repository path every route of this server sits under. */
export const REPO = '/repos/{owner}/{repo}'

/** The bare origin, or 404 like GitHub for an empty repository when the server has none. */
export function requireGit(ctx: RouteContext): BareRepository {
  if (!ctx.server.git) throw notFound()
  return ctx.server.git
}

/** The JSON body as an object; GitHub refuses a body that is an array or a scalar. */
export function objectBody(ctx: RouteContext): Record<string, unknown> {
  if (ctx.body === undefined) return {}
  if (typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body)) {
    throw new ApiError(422, 'Invalid request.\n\nThe body must be a JSON object.')
  }
  return ctx.body as Record<string, unknown>
}

/** A string field the schema requires, refused as GitHub's schema validation refuses it. */
export function requiredString(body: Record<string, unknown>, field: string): string {
  const value = body[field]
  if (value === undefined || value === null) {
    throw unprocessable(`Invalid request.\n\n"${field}" wasn't supplied.`)
  }
  if (typeof value !== 'string') {
    throw unprocessable(
      `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not a string.`
    )
  }
  return value
}

/** An optional field of the given JSON type, refused when present with another type. */
export function optionalField<T extends 'string' | 'boolean' | 'number'>(
  body: Record<string, unknown>,
  field: string,
  type: T
): (T extends 'string' ? string : T extends 'boolean' ? boolean : number) | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== type) {
    throw unprocessable(
      `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not a ${type}.`
    )
  }
  return value as never
}

/** A path parameter that must be a positive integer id; anything else is Not Found. */
export function idParam(ctx: RouteContext, name: string): number {
  const raw = ctx.params[name] ?? ''
  if (!/^\d+$/.test(raw)) throw notFound()
  return Number(raw)
}

/** Reads of the issues area: GitHub accepts the issues or the pull_requests permission. */
export const ISSUES_OR_PULLS_READ: RequiredPermission[] = [
  ['issues', 'read'],
  ['pull_requests', 'read']
]

/** Writes of the issues area that GitHub also allows with pull_requests=write. */
export const ISSUES_OR_PULLS_WRITE: RequiredPermission[] = [
  ['issues', 'write'],
  ['pull_requests', 'write']
]

/** An optional query parameter that must be one of `allowed`; 422 naming it otherwise. */
export function queryChoice<T extends string>(
  ctx: RouteContext,
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = ctx.query[name]
  if (value === undefined || value === '') return fallback
  if (!allowed.includes(value as T)) {
    throw new ApiError(422, `Invalid value for "${name}": ${JSON.stringify(value)}`, {
      errors: [{ resource: 'Search', code: 'invalid', field: name, value }]
    })
  }
  return value as T
}

/** Sorts in place by `key` then number, ascending or descending as `direction` says. */
export function sortBy<T extends { number: number }>(
  items: T[],
  key: (item: T) => string | number,
  direction: 'asc' | 'desc'
): T[] {
  const sign = direction === 'asc' ? 1 : -1
  return items.sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    const order = typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string)
    return sign * (order || a.number - b.number)
  })
}
