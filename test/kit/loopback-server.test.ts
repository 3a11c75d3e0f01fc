import { describe, expect, test } from '@jest/globals'
import { connect } from 'node:net'
import { closedPort, ephemeralRangeStart, startLoopbackServer } from './loopback-server.js'

function connectError(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(undefined)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code))
  })
}

describe('closedPort', () => {
  test('refuses connections, and the servers the suite starts never take it', async () => {
    const port = await closedPort()
    expect(port).toBeLessThan(ephemeralRangeStart())
    const servers = await Promise.all(
      Array.from({ length: 20 }, () => startLoopbackServer((_req, res) => res.end('ok')))
    )
    try {
      for (const server of servers) expect(server.url).not.toBe(`http://127.0.0.1:${port}`)
      expect(await connectError(port)).toBe('ECONNREFUSED')
    } finally {
      await Promise.all(servers.map((s) => s.stop()))
    }
  })
})
