import { afterEach, describe, expect, test } from '@jest/globals'
import type { IncomingMessage } from 'node:http'
import { startLoopbackServer, type LoopbackServer } from '../../test/kit/loopback-server.js'
import { githubFetch } from './fetch.js'

const servers: LoopbackServer[] = []
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop()
})

/** A server that takes every request and never answers; `closed` resolves when one is dropped. */
async function silentServer() {
  let onClose: () => void = () => undefined
  const closed = new Promise<void>((resolve) => (onClose = resolve))
  const received: IncomingMessage[] = []
  const server = await startLoopbackServer((req) => {
    received.push(req)
    req.socket.on('close', onClose)
  })
  servers.push(server)
  return { url: server.url, hits: server.hits, received, closed }
}

describe('githubFetch', () => {
  test('a signal aborted while the request waits for an answer ends it: AbortError, connection closed', async () => {
    const server = await silentServer()
    const controller = new AbortController()
    const pending = githubFetch(`${server.url}/repos/acme/app/deployments`, {
      method: 'GET',
      signal: controller.signal
    })
    const settled = pending.then(
      () => 'answered',
      (error: Error) => error
    )
    while (server.received.length === 0) await new Promise((r) => setTimeout(r, 5))
    const started = Date.now()
    controller.abort()
    const error = await settled
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).name).toBe('AbortError')
    expect(Date.now() - started).toBeLessThan(1000)
    // The server side sees the connection go: nothing is left waiting for an answer.
    await server.closed
    expect(server.hits).toEqual(['/repos/acme/app/deployments'])
  })

  test('a signal aborted before the call sends nothing', async () => {
    const server = await silentServer()
    const controller = new AbortController()
    controller.abort()
    await expect(
      githubFetch(`${server.url}/x`, { signal: controller.signal })
    ).rejects.toMatchObject({ name: 'AbortError' })
    expect(server.hits).toEqual([])
  })

  test('an answer in the shape @octokit/request reads: status, URL, headers, text and bytes', async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(201, 'Created', { 'content-type': 'application/json', 'x-one': '1' })
      res.end('{"id":7}')
    })
    servers.push(server)
    const answer = await githubFetch(`${server.url}/repos`, { method: 'POST', body: '{}' })
    expect(answer).toMatchObject({ status: 201, statusText: 'Created', url: `${server.url}/repos` })
    expect(answer.headers.get('Content-Type')).toBe('application/json')
    expect(Object.fromEntries(answer.headers)).toMatchObject({ 'x-one': '1' })
    expect(await answer.text()).toBe('{"id":7}')
    expect(Buffer.from(await answer.arrayBuffer()).toString()).toBe('{"id":7}')
  })
})
