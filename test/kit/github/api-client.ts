import type { FakeGitHub } from './server.js'

/** An answer of the fake, read whole: status, headers (lower-case names) and parsed body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any field they assert
export interface ApiAnswer<T = any> {
  status: number
  headers: Record<string, string>
  body: T
}

/**
 * Sends one request to the fake with `token` (default 'test-token'; null sends none) and
 * reads the answer, for tests that talk to the API without octokit in between.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see ApiAnswer
export async function callApi<T = any>(
  server: FakeGitHub,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = 'test-token'
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token !== null)
    headers.authorization = `${token.split('.').length === 3 ? 'Bearer' : 'token'} ${token}`
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: (text ? JSON.parse(text) : undefined) as T
  }
}
