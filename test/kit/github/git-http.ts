/**
 * The repository over git's smart HTTP, as GitHub serves it at `<server>/<owner>/<repo>.git`:
 * git's own `git http-backend` (CGI) in front of the bare origin, behind GitHub's basic auth
 * (`x-access-token:<token>`, as actions/checkout and our actions send it). A token the API would
 * refuse (unknown, expired) gets 401, so a push with an App token past its hour fails as on
 * GitHub. Each request is recorded like an API request (method, path, headers, status).
 */
import { spawn } from 'node:child_process'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { basename, dirname } from 'node:path'
import type { RecordedRequest, TokenGrant } from './types.js'

/** Whether a request is for the repository's git endpoint. */
export function isGitRequest(path: string, owner: string, repo: string): boolean {
  return path.startsWith(`/${owner}/${repo}.git/`)
}

/** The token of a git basic-auth header (the password; GitHub ignores the user name). */
function basicToken(header: string | undefined): string | undefined {
  const match = /^basic\s+(\S+)$/i.exec(header ?? '')
  if (!match) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return colon < 0 ? undefined : decoded.slice(colon + 1)
}

export async function serveGit(
  req: IncomingMessage,
  res: ServerResponse,
  recorded: RecordedRequest,
  bare: string,
  grantOf: (token: string) => TokenGrant | undefined
): Promise<void> {
  const token = basicToken(recorded.headers.authorization)
  if (!token || !grantOf(token)) {
    recorded.status = 401
    res.writeHead(401, {
      'www-authenticate': 'Basic realm="GitHub"',
      'content-type': 'text/plain'
    })
    res.end(token ? 'Invalid username or token.\n' : 'Authentication required.\n')
    return
  }
  const target = new URL(req.url ?? '/', 'http://127.0.0.1')
  const rest = recorded.path.slice(recorded.path.indexOf('.git/') + '.git'.length)
  const backend = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH ?? '',
      GIT_PROJECT_ROOT: dirname(bare),
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: `/${basename(bare)}${rest}`,
      QUERY_STRING: target.search.slice(1),
      REQUEST_METHOD: recorded.method,
      CONTENT_TYPE: recorded.headers['content-type'] ?? '',
      // git-http-backend takes pushes only from an authenticated user.
      REMOTE_USER: 'x-access-token',
      REMOTE_ADDR: '127.0.0.1',
      ...(recorded.headers['content-encoding']
        ? { HTTP_CONTENT_ENCODING: recorded.headers['content-encoding'] }
        : {}),
      ...(recorded.headers['git-protocol']
        ? { GIT_PROTOCOL: recorded.headers['git-protocol'] }
        : {})
    },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  req.pipe(backend.stdin)
  const chunks: Buffer[] = []
  backend.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  backend.stderr.resume()
  const code = await new Promise<number | null>((resolve) => backend.on('close', resolve))
  const output = Buffer.concat(chunks)
  const split = output.indexOf('\r\n\r\n')
  if (code !== 0 || split < 0) {
    recorded.status = 500
    res.writeHead(500, { 'content-type': 'text/plain' })
    res.end(`git http-backend failed (${code})\n`)
    return
  }
  const headers: Record<string, string> = {}
  let status = 200
  for (const line of output.subarray(0, split).toString('latin1').split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (name === 'status') status = Number(value.split(' ')[0])
    else headers[name] = value
  }
  recorded.status = status
  res.writeHead(status, headers)
  res.end(output.subarray(split + 4))
}
