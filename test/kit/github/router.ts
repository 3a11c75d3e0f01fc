import type { RequiredPermission, RouteHandler } from './types.js'

/**
 * A path template in GitHub's docs form: '/repos/{owner}/{repo}/releases/{release_id}'.
 * `{+name}` (RFC 6570 reserved expansion) is a last parameter that may span slashes,
 * for git refs such as 'tags/v1.3.0' that clients send with or without encoding the slash.
 */
export interface Route {
  method: string
  pattern: string
  handler: RouteHandler
  /** Any one of these grants access; undefined or empty: every token may call it. */
  permission?: RequiredPermission[]
}

interface Segment {
  literal?: string
  param?: string
  greedy?: boolean
}

interface CompiledRoute extends Route {
  segments: Segment[]
  literals: number
}

export interface RouteMatch {
  route: Route
  params: Record<string, string>
}

/** Splits a template into segments. */
function compile(pattern: string): Segment[] {
  return pattern
    .split('/')
    .slice(1)
    .map((part) => {
      const param = /^\{(\+?)(\w+)\}$/.exec(part)
      if (!param) return { literal: part }
      return { param: param[2], greedy: param[1] === '+' }
    })
}

/** Splits a request path and decodes each segment; undefined when the encoding is broken. */
function splitPath(path: string): string[] | undefined {
  try {
    return path.split('/').slice(1).map(decodeURIComponent)
  } catch {
    return undefined
  }
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  for (const [index, segment] of segments.entries()) {
    if (segment.greedy) {
      const rest = parts.slice(index)
      if (rest.length === 0 || rest.some((p) => p === '')) return undefined
      params[segment.param!] = rest.join('/')
      return params
    }
    const part = parts[index]
    if (part === undefined || part === '') return undefined
    if (segment.literal !== undefined && segment.literal !== part) return undefined
    if (segment.param) params[segment.param] = part
  }
  return parts.length === segments.length ? params : undefined
}

/** The route table: registration replaces a route with the same method and template. */
export class RouteTable {
  private readonly routes: CompiledRoute[] = []

  add(route: Route): void {
    const segments = compile(route.pattern)
    const compiled = { ...route, segments, literals: segments.filter((s) => s.literal).length }
    const method = route.method.toUpperCase()
    const existing = this.routes.findIndex(
      (r) => r.method === method && r.pattern === route.pattern
    )
    if (existing >= 0) this.routes.splice(existing, 1)
    this.routes.push({ ...compiled, method })
  }

  list(): Array<{ method: string; pattern: string }> {
    return this.routes.map(({ method, pattern }) => ({ method, pattern }))
  }

  /**
   * The most specific route for a request: one without a spanning parameter beats one with,
   * then more literal segments win ('/releases/latest' over '/releases/{release_id}').
   */
  match(method: string, path: string): RouteMatch | undefined {
    const parts = splitPath(path)
    if (!parts) return undefined
    let best: { route: CompiledRoute; params: Record<string, string>; score: number } | undefined
    for (const route of this.routes) {
      if (route.method !== method.toUpperCase()) continue
      const params = matchSegments(route.segments, parts)
      if (!params) continue
      const exact = route.segments.length === parts.length && !route.segments.some((s) => s.greedy)
      const score = (exact ? 1000 : 0) + route.literals
      if (!best || score > best.score) best = { route, params, score }
    }
    return best && { route: best.route, params: best.params }
  }
}

/** True when a request path fits a template ('{owner}' matches one segment). */
export function pathMatchesTemplate(template: string, path: string): boolean {
  const parts = splitPath(path)
  return parts !== undefined && matchSegments(compile(template), parts) !== undefined
}
