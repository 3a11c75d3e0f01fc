import type { RouteContext, RouteResult } from './types.js'

const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * One page of a list answer, as GitHub pages: `per_page` (default 30, at most 100) and `page`
 * (from 1), with a `Link` header of first/prev/next/last on the server's own url so clients
 * that follow rel="next" (octokit.paginate) walk the list. Every list route answers through this.
 */
export function paginate<T>(ctx: RouteContext, items: readonly T[]): RouteResult {
  const perPage = Math.min(positiveInt(ctx.query.per_page, DEFAULT_PER_PAGE), MAX_PER_PAGE)
  const page = positiveInt(ctx.query.page, 1)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const body = items.slice((page - 1) * perPage, page * perPage)
  const link = linkHeader(ctx, perPage, page, lastPage)
  return { status: 200, body, headers: link ? { link } : {} }
}

function linkHeader(ctx: RouteContext, perPage: number, page: number, last: number): string {
  const pageUrl = (n: number): string => {
    const url = new URL(ctx.path, ctx.server.url)
    for (const [key, value] of Object.entries(ctx.query)) url.searchParams.set(key, value)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return url.toString()
  }
  const links: string[] = []
  if (page > 1) {
    links.push(`<${pageUrl(Math.min(page - 1, last))}>; rel="prev"`)
  }
  if (page < last) {
    links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`)
  }
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`)
  return links.join(', ')
}
