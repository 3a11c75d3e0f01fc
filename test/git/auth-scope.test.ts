/** The token goes as a git auth header to the GitHub server only, whatever host `origin` names. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { Git } from '../../packages/git/git.js'
import { startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'

let server: LoopbackServer
let dir: string
const authorizations: Array<string | undefined> = []

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    authorizations.push(req.headers.authorization)
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('not found')
  })
  dir = mkdtempSync(join(tmpdir(), 'ra-auth-scope-'))
  execFileSync('git', ['init', '--quiet', dir])
  execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', `${server.url}/acme/app.git`])
})
afterAll(async () => {
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
})

test.each([
  ['another host than origin: no header', 'https://github.com', false],
  ['the host origin names: the header', '', true]
])('the GitHub server on %s', async (_what, serverUrl, sent) => {
  authorizations.length = 0
  const git = new Git(dir, { token: 'test-token', serverUrl: serverUrl || server.url })
  await git.run(['ls-remote', 'origin'], { allowFailure: true })
  expect(authorizations.length).toBeGreaterThan(0)
  const expected = `basic ${Buffer.from('x-access-token:test-token').toString('base64')}`
  if (sent) expect(authorizations[0]).toBe(expected)
  else expect(authorizations.filter((a) => a !== undefined)).toEqual([])
})
