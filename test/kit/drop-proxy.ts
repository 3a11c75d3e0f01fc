/**
 * A loopback HTTP proxy in front of a test server that loses connections on purpose: `before`
 * closes the client's connection without forwarding (the server never saw the request),
 * `after` forwards it, lets the server apply it and read its whole answer, then closes the
 * client's connection (the effect happened, the answer is lost). What a client must survive
 * without repeating a non-idempotent call.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { requestMatches } from './github/faults.js'
import type { RequestMatch } from './github/types.js'

export type DropWhen = 'before' | 'after'

interface DropRule {
  match: RequestMatch
  when: DropWhen
  remaining: number
}

export interface ProxiedRequest {
  method: string
  path: string
  /** What the proxy did with it. */
  fate: 'forwarded' | 'dropped-before' | 'dropped-after'
}

export class DropProxy {
  readonly log: ProxiedRequest[] = []
  private readonly rules: DropRule[] = []
  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {}

  /** Starts a proxy forwarding every request to `target` (e.g. a FakeGitHub's url). */
  static async start(target: string): Promise<DropProxy> {
    const upstream = new URL(target)
    const holder: { proxy?: DropProxy } = {}
    const server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const path = req.url ?? '/'
        const rule = holder.proxy!.take(req.method ?? 'GET', path.split('?')[0] ?? path)
        const method = req.method ?? 'GET'
        if (rule === 'before') {
          holder.proxy!.log.push({ method, path, fate: 'dropped-before' })
          req.socket.destroy()
          return
        }
        const forward = httpRequest(
          {
            host: upstream.hostname,
            port: upstream.port,
            method,
            path,
            headers: { ...req.headers, host: upstream.host }
          },
          (answer) => {
            void readBody(answer).then((data) => {
              if (rule === 'after') {
                holder.proxy!.log.push({ method, path, fate: 'dropped-after' })
                req.socket.destroy()
                return
              }
              holder.proxy!.log.push({ method, path, fate: 'forwarded' })
              res.writeHead(answer.statusCode ?? 502, answer.headers)
              res.end(data)
            })
          }
        )
        forward.on('error', () => req.socket.destroy())
        forward.end(body)
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const proxy = new DropProxy(server, `http://127.0.0.1:${port}`)
    holder.proxy = proxy
    return proxy
  }

  /** The next `times` (default 1) requests matching `match` lose their connection `when`. */
  drop(match: RequestMatch, when: DropWhen, times = 1): void {
    this.rules.push({ match, when, remaining: times })
  }

  /** Rules armed but not yet fired. */
  get pending(): number {
    return this.rules.length
  }

  private take(method: string, path: string): DropWhen | undefined {
    const index = this.rules.findIndex((r) => requestMatches(r.match, { method, path }))
    if (index < 0) return undefined
    const rule = this.rules[index]
    rule.remaining -= 1
    if (rule.remaining <= 0) this.rules.splice(index, 1)
    return rule.when
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
  }
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })
}
