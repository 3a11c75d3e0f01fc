/** A tiny HTTP server on 127.0.0.1 (port 0) for health URLs, probes and metrics in tests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import { connect, type AddressInfo } from 'node:net'

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

/**
 * A port on 127.0.0.1 that nothing listens on, and that no server of the suite will take: one
 * below the kernel's ephemeral range (which `listen(0)` and outgoing connections draw from),
 * tried until a connection is refused. A port bound and released could be handed to another
 * test's `listen(0)` before it is used.
 */
export async function closedPort(): Promise<number> {
  const floor = 10000
  const ceiling = ephemeralRangeStart() - 1
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = floor + Math.floor(Math.random() * (ceiling - floor))
    if (await refused(port)) return port
  }
  throw new Error(`closedPort: no closed port found in ${floor}-${ceiling}`)
}

/** The first port the kernel hands out by itself (Linux; 32768 elsewhere). */
export function ephemeralRangeStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)
    return Number(low) || 32768
  } catch {
    return 32768
  }
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
  })
}
