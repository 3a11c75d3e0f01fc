import { RouteTable, pathMatchesTemplate } from './router.js'
import type { RouteHandler } from './types.js'

const handler: RouteHandler = () => ({ status: 200 })

function table(...patterns: string[]): RouteTable {
  const routes = new RouteTable()
  for (const pattern of patterns) routes.add({ method: 'GET', pattern, handler })
  return routes
}

describe('RouteTable', () => {
  const routes = table(
    '/repos/{owner}/{repo}/releases/{release_id}',
    '/repos/{owner}/{repo}/releases/latest',
    '/repos/{owner}/{repo}/commits/{+ref}',
    '/repos/{owner}/{repo}/commits/{commit_sha}/pulls'
  )

  test('a literal segment beats a parameter', () => {
    expect(routes.match('GET', '/repos/a/b/releases/latest')?.route.pattern).toBe(
      '/repos/{owner}/{repo}/releases/latest'
    )
    expect(routes.match('GET', '/repos/a/b/releases/12')?.params).toEqual({
      owner: 'a',
      repo: 'b',
      release_id: '12'
    })
  })

  test('a spanning parameter takes slashes, encoded or not, but yields to an exact route', () => {
    expect(routes.match('GET', '/repos/a/b/commits/release/1.3.0')?.params.ref).toBe(
      'release/1.3.0'
    )
    expect(routes.match('GET', '/repos/a/b/commits/release%2F1.3.0')?.params.ref).toBe(
      'release/1.3.0'
    )
    expect(routes.match('GET', '/repos/a/b/commits/abc/pulls')?.params).toEqual({
      owner: 'a',
      repo: 'b',
      commit_sha: 'abc'
    })
  })

  test('no match for another method, a missing segment, or broken encoding', () => {
    expect(routes.match('POST', '/repos/a/b/releases/1')).toBeUndefined()
    expect(routes.match('GET', '/repos/a/b/releases')).toBeUndefined()
    expect(routes.match('GET', '/repos/a/b/releases/1/extra')).toBeUndefined()
    expect(routes.match('GET', '/repos/a/b/commits/%E0%A4%A')).toBeUndefined()
  })

  test('adding the same method and template again replaces the handler', () => {
    const replaced = table('/x/{id}')
    const other: RouteHandler = () => ({ status: 201 })
    replaced.add({ method: 'get', pattern: '/x/{id}', handler: other })
    expect(replaced.list()).toEqual([{ method: 'GET', pattern: '/x/{id}' }])
    expect(replaced.match('GET', '/x/1')?.route.handler).toBe(other)
  })
})

test('pathMatchesTemplate checks one path against one template', () => {
  expect(pathMatchesTemplate('/repos/{owner}/{repo}', '/repos/acme/app')).toBe(true)
  expect(pathMatchesTemplate('/repos/{owner}/{repo}', '/repos/acme/app/tags')).toBe(false)
})
