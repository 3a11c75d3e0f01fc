/**
 * A tiny loopback HTTP proxy, as a self-hosted runner's network has one: plain http requests
 * arrive as absolute URIs and are forwarded, https ones as `CONNECT host:port` and are tunnelled
 * byte for byte. It resolves every name to 127.0.0.1 itself (names like `hooks.example.test`
 * exist only behind it, so a request that skipped the proxy could not reach them), and records
 * what it carried.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ProxiedCall {
  /** `CONNECT` for a tunnel, else the forwarded method. */
  method: string
  /** `host:port` of a tunnel, the absolute URI of a forwarded request. */
  target: string
  /** The Proxy-Authorization header the client sent, if any. */
  authorization?: string
}

export class ForwardProxy {
  readonly calls: ProxiedCall[] = []
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {}

  static async start(): Promise<ForwardProxy> {
    const holder: { proxy?: ForwardProxy } = {}
    const server = createServer((req, res) => holder.proxy!.forward(req, res))
    server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) =>
      holder.proxy!.tunnel(req, client, head)
    )
    server.on('connection', (socket: Socket) => {
      holder.proxy?.sockets.add(socket)
      socket.on('close', () => holder.proxy?.sockets.delete(socket))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    holder.proxy = new ForwardProxy(server, `http://127.0.0.1:${port}`)
    return holder.proxy
  }

  /** The environment a runner behind this proxy gives its steps. */
  env(noProxy = ''): Record<string, string> {
    return { HTTP_PROXY: this.url, HTTPS_PROXY: this.url, NO_PROXY: noProxy }
  }

  private record(req: IncomingMessage): void {
    const authorization = req.headers['proxy-authorization']
    this.calls.push({
      method: req.method ?? '',
      target: req.url ?? '',
      ...(typeof authorization === 'string' ? { authorization } : {})
    })
  }

  private forward(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    this.record(req)
    let target: URL
    try {
      target = new URL(req.url ?? '')
    } catch {
      res.writeHead(400).end('absolute URI expected')
      return
    }
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.writeHead(502).end('bad gateway'))
    req.pipe(upstream)
  }

  private tunnel(req: IncomingMessage, client: Socket, head: Buffer): void {
    this.record(req)
    const port = Number((req.url ?? '').split(':').pop())
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    const close = () => {
      upstream.destroy()
      client.destroy()
    }
    upstream.on('error', close)
    client.on('error', close)
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
