/** A tiny HTTP server on 127.0.0.1 (port 0) for health URLs, probes and metrics in tests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LoopbackServer {
  /** Base url, e.g. 'http://127.0.0.1:PORT'. */
  url: string
  /** Requests answered so far, by path. */
  hits: string[]
  stop(): Promise<void>
}

/** Starts a server answering each request with `handler`; `stop()` closes every connection. */
export async function startLoopbackServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void
): Promise<LoopbackServer> {
  const hits: string[] = []
  const server = createServer((req, res) => {
    hits.push(req.url ?? '/')
    handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
