/**
 * The one HTTP client for everything that is not the GitHub API: Jira, webhooks, health and
 * version probes, Prometheus. Plain `node:http`/`node:https`, proxy-aware the way
 * `@actions/github` is: `HTTPS_PROXY`/`HTTP_PROXY` (lower case first), `NO_PROXY`, loopback
 * never proxied, all decided by the toolkit's own `@actions/http-client/lib/proxy`. An http URL
 * goes to the proxy as an absolute URI; an https URL through a `CONNECT` tunnel, TLS end to end.
 *
 * Why not `fetch` or `@actions/http-client` itself: one POST with Node's built-in `fetch` costs
 * ~0.3 s of CPU to load undici, and `@actions/http-client` imports undici at its top; a
 * `node:http` request costs a few ms (bench/notify.mjs measures all three).
 */
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http'
import type { Socket } from 'node:net'
import { isIP } from 'node:net'
import { getProxyUrl } from '@actions/http-client/lib/proxy'

export interface HttpRequest {
  method?: string
  headers?: Record<string, string>
  body?: string
  /** The whole exchange (connect, proxy, answer) within this many ms, else a TimeoutError. */
  timeoutMs?: number
  /** Aborting it ends the exchange wherever it is (connecting, sending, reading the answer). */
  signal?: AbortSignal
}

export interface HttpAnswer {
  status: number
  statusText: string
  /** 2xx. */
  ok: boolean
  body: string
  /** The body's bytes, as received. */
  bytes: Buffer
  /** A response header (lower-case name); undefined when absent. */
  header(name: string): string | undefined
  /** Every response header, by lower-case name (repeated ones joined with ', '). */
  headers: Record<string, string>
  /** The URL that answered, after redirects. */
  url: string
}

/**
 * The request never got an answer: `code` is the socket's (ECONNREFUSED, ENOTFOUND, ...),
 * TIMEOUT past `timeoutMs`, ABORTED when the caller's `signal` ended it.
 */
export class HttpNetworkError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined
  ) {
    super(message)
    this.name = code === 'TIMEOUT' ? 'TimeoutError' : 'HttpNetworkError'
  }
}

const MAX_REDIRECTS = 5

/** Sends one request (following up to 5 redirects, as `fetch` does) and reads the whole answer. */
export async function httpRequest(
  url: string | URL,
  request: HttpRequest = {}
): Promise<HttpAnswer> {
  const deadline =
    request.timeoutMs === undefined ? undefined : AbortSignal.timeout(request.timeoutMs)
  const signal =
    deadline && request.signal
      ? AbortSignal.any([deadline, request.signal])
      : (deadline ?? request.signal)
  let target = new URL(url)
  let method = (request.method ?? 'GET').toUpperCase()
  let body = request.body
  for (let redirects = 0; ; redirects++) {
    const answer = await exchange(target, { method, headers: request.headers ?? {}, body }, signal)
    const location = answer.header('location')
    if (!location || ![301, 302, 303, 307, 308].includes(answer.status)) return answer
    if (redirects >= MAX_REDIRECTS) return answer
    target = new URL(location, target)
    // As browsers and fetch: a 303 (and a 301/302 after a POST) becomes a GET without a body.
    if (answer.status === 303 || (method === 'POST' && answer.status <= 302)) {
      method = 'GET'
      body = undefined
    }
  }
}

interface Exchange {
  method: string
  headers: Record<string, string>
  body: string | undefined
}

async function exchange(
  url: URL,
  request: Exchange,
  signal: AbortSignal | undefined
): Promise<HttpAnswer> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new HttpNetworkError(`unsupported protocol ${url.protocol}`, 'EPROTO')
  }
  const secure = url.protocol === 'https:'
  const proxy = getProxyUrl(url)
  const headers: Record<string, string> = {
    'user-agent': 'release-actions',
    ...lowerCased(request.headers),
    ...(request.body === undefined
      ? {}
      : { 'content-length': String(Buffer.byteLength(request.body)) })
  }
  const send = await requester(secure)
  const options: RequestOptions & { servername?: string } = {
    method: request.method,
    headers,
    signal
  }
  if (proxy && !secure) {
    // A forward proxy takes the absolute URI; the Host header still names the target.
    Object.assign(options, {
      host: proxy.hostname,
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      path: url.href,
      headers: { ...headers, host: url.host, ...proxyAuthorization(proxy) }
    })
  } else {
    Object.assign(options, {
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`
    })
    if (proxy) {
      const socket = await tunnel(proxy, url, signal)
      const tls = await import('node:tls')
      const servername = isIP(options.host as string) ? undefined : (options.host as string)
      options.createConnection = () =>
        tls.connect({ socket, servername, host: options.host as string })
    }
  }
  return new Promise<HttpAnswer>((resolve, reject) => {
    const req = send(options, (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', (error) => reject(networkError(error, signal)))
      res.on('end', () => {
        const status = res.statusCode ?? 0
        const bytes = Buffer.concat(chunks)
        resolve({
          status,
          statusText: res.statusMessage ?? '',
          ok: status >= 200 && status <= 299,
          body: bytes.toString('utf8'),
          bytes,
          header: (name) => {
            const value = res.headers[name.toLowerCase()]
            return Array.isArray(value) ? value.join(', ') : value
          },
          headers: Object.fromEntries(
            Object.entries(res.headers)
              .filter(([, value]) => value !== undefined)
              .map(([name, value]) => [
                name,
                Array.isArray(value) ? value.join(', ') : String(value)
              ])
          ),
          url: url.href
        })
      })
    })
    req.on('error', (error) => reject(networkError(error, signal)))
    req.end(request.body)
  })
}

/** A `CONNECT host:port` through the proxy; resolves to the raw socket to the target. */
async function tunnel(proxy: URL, url: URL, signal: AbortSignal | undefined): Promise<Socket> {
  const send = await requester(proxy.protocol === 'https:')
  const authority = `${url.hostname}:${url.port || 443}`
  return new Promise<Socket>((resolve, reject) => {
    const req = send({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(proxy) },
      signal
    })
    req.on('connect', (res: IncomingMessage, socket: Socket) => {
      if (res.statusCode === 200) return resolve(socket)
      socket.destroy()
      reject(new HttpNetworkError(`the proxy refused CONNECT (HTTP ${res.statusCode})`, 'EPROXY'))
    })
    req.on('error', (error) => reject(networkError(error, signal)))
    req.end()
  })
}

type Send = (options: RequestOptions, onAnswer?: (res: IncomingMessage) => void) => ClientRequest

/** `node:https` (and TLS with it) loads only for an https URL or proxy. */
async function requester(secure: boolean): Promise<Send> {
  return secure ? (await import('node:https')).request : (await import('node:http')).request
}

function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {}
  // getProxyUrl's URL gives the user and password decoded.
  const basic = Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64')
  return { 'proxy-authorization': `Basic ${basic}` }
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
}

function networkError(error: Error, signal: AbortSignal | undefined): HttpNetworkError {
  // The deadline aborts with a TimeoutError; the caller's signal with its own reason.
  if (
    signal?.aborted &&
    (signal.reason as { name?: string } | undefined)?.name !== 'TimeoutError'
  ) {
    return new HttpNetworkError('the request was aborted', 'ABORTED')
  }
  if (signal?.aborted || error.name === 'AbortError') {
    return new HttpNetworkError('no answer in time', 'TIMEOUT')
  }
  const code = (error as { code?: string }).code
  return new HttpNetworkError(error.message, code)
}
