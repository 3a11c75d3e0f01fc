// `npm run bench notify`: what one webhook POST costs. The notify action (dist/, one POST to a
// loopback receiver, `production-environment: ''` so no deployment is read; its exactly-once
// record makes three GitHub API requests to the same loopback process) against `node -e 0`,
// and beside it one bare POST by each candidate client, each a whole process: Node's built-in
// `fetch`, `node:http` (what packages/http/client.ts is built on) and `@actions/http-client`
// bundled with ncc the way our build bundles it; and the floor of notify's own network work: its
// four requests (the tag and the record read at once, the record created, the POST) from a bare
// node:http script. Runs interleaved, medians, one run.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, mediansTable, writeSection } from './readme.mjs'

const root = join(import.meta.dirname, '..')
const runs = Number(process.env.BENCH_RUNS ?? 15)
const temp = mkdtempSync(join(tmpdir(), 'ra-bench-notify-'))

// The webhook, and GitHub's three answers notify's exactly-once record needs (the tag's commit,
// no record yet, the record created), from one loopback process.
const receiver = `const sha = 'a'.repeat(40)
const s = require('node:http').createServer((q, r) => { q.resume(); q.on('end', () => {
  const json = (status, body) => { r.writeHead(status, { 'content-type': 'application/json' }); r.end(JSON.stringify(body)) }
  const object = { sha, type: 'commit', url: 'http://x/' }
  if (q.method === 'GET' && q.url.includes('/git/ref/tags')) return json(200, { ref: 'refs/tags/v1.3.0', node_id: 'x', url: 'http://x/', object })
  if (q.method === 'GET' && q.url.includes('/git/ref/')) return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  if (q.method === 'POST' && q.url.endsWith('/git/refs')) return json(201, { ref: 'refs/release-actions/notify/x', node_id: 'x', url: 'http://x/', object })
  r.end('ok')
}) })
s.listen(0, '127.0.0.1', () => console.log(s.address().port))`
const clients = {
  fetch: `fetch(process.env.HOOK, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"1.3.0"}' }).then((r) => r.text())`,
  'node:http': `const r = require('node:http').request(process.env.HOOK, { method: 'POST', headers: { 'content-type': 'application/json' } }, (a) => a.resume())
r.end('{"text":"1.3.0"}')`,
  // notify's own requests, bare: the tag and the record read at once, the record created, the
  // POST. What the action does over the network, with nothing else.
  requests: `const http = require('node:http')
const send = (method, url, body) => new Promise((resolve) => { const r = http.request(url, { method, headers: { 'content-type': 'application/json' } }, (a) => { a.resume(); a.on('end', resolve) }); r.end(body) })
const api = process.env.API + '/repos/acme/app/git'
Promise.all([send('GET', api + '/ref/tags/v1.3.0'), send('GET', api + '/ref/release-actions/notify/v1.3.0/slack-0')])
  .then(() => send('POST', api + '/refs', '{"ref":"refs/release-actions/notify/v1.3.0/slack-0","sha":"${'a'.repeat(40)}"}'))
  .then(() => send('POST', process.env.HOOK, '{"text":"1.3.0"}'))`
}

/** @actions/http-client as our build would ship it: one ncc bundle, CommonJS, minified. */
async function bundleHttpClient() {
  const out = join(root, 'bench', '.data', 'http-client.cjs')
  if (existsSync(out)) return out
  const entry = join(root, 'bench', '.data', 'http-client-entry.mjs')
  mkdirSync(join(root, 'bench', '.data'), { recursive: true })
  writeFileSync(
    entry,
    `import { HttpClient } from '@actions/http-client'
await new HttpClient('release-actions').post(process.env.HOOK, '{"text":"1.3.0"}', { 'content-type': 'application/json' }).then((r) => r.readBody())\n`
  )
  const { default: ncc } = await import('@vercel/ncc')
  const { code } = await ncc(entry, { esm: false, minify: true, quiet: true, cache: false })
  writeFileSync(out, code)
  return out
}

function time(args, env) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { env, cwd: temp, stdio: 'pipe' })
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}${result.stdout}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}

const server = spawn(process.execPath, ['-e', receiver], { stdio: ['ignore', 'pipe', 'inherit'] })
try {
  const port = await new Promise((resolve) =>
    server.stdout.once('data', (d) => resolve(String(d).trim()))
  )
  const hook = `http://127.0.0.1:${port}/services/T0/B0/bench`
  const base = { PATH: process.env.PATH, HOME: temp, HOOK: hook }
  const notifyEnv = {
    ...base,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: `http://127.0.0.1:${port}`,
    GITHUB_WORKSPACE: temp,
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    RUNNER_TEMP: temp,
    INPUT_VERSION: '1.3.0',
    'INPUT_WEBHOOK-URL': hook,
    INPUT_FORMAT: 'slack',
    'INPUT_RELEASE-NOTES': '### Added\n\n- New feature X (JIRA-1234)',
    'INPUT_PRODUCTION-ENVIRONMENT': '',
    'INPUT_TAG-PREFIX': 'v',
    'INPUT_CHANGELOG-PATH': 'CHANGELOG.md',
    'INPUT_MAIN-BRANCH': 'main',
    'INPUT_WORKING-DIRECTORY': '.',
    INPUT_TOKEN: 'bench-token',
    'INPUT_DRY-RUN': 'false'
  }
  for (const f of ['output', 'summary']) writeFileSync(join(temp, f), '')
  const cases = {
    'node -e 0': [['-e', '0'], base],
    'notify action (dist, node:http client)': [
      [join(root, 'dist', 'notify', 'index.js')],
      notifyEnv
    ],
    "notify's four requests, bare node:http": [
      ['-e', clients.requests],
      { ...base, API: `http://127.0.0.1:${port}` }
    ],
    'one POST: built-in fetch': [['-e', clients.fetch], base],
    'one POST: node:http': [['-e', clients['node:http']], base],
    'one POST: @actions/http-client (ncc)': [[await bundleHttpClient()], base]
  }
  const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
  for (const [args, env] of Object.values(cases)) time(args, env) // warm the page cache
  for (let i = 0; i < runs; i++)
    for (const [name, [args, env]] of Object.entries(cases)) samples[name].push(time(args, env))
  const ours = median(samples['notify action (dist, node:http client)'])
  const bare = median(samples["notify's four requests, bare node:http"])
  const lines = [
    '## notify, one webhook POST (`npm run bench notify`)',
    '',
    'The notify action (the bundle, one POST to a loopback receiver, its exactly-once record in',
    "three GitHub API requests to the same process) against `node -e 0`, notify's own four",
    'requests from a bare `node:http` script, and one bare POST by each candidate client.',
    '',
    ...mediansTable(samples, runs),
    '',
    `notify / its four requests bare: ${(ours / bare).toFixed(2)}; beyond them: ${(ours - bare).toFixed(0)} ms.`
  ]
  console.log(lines.join('\n'))
  writeSection('notify', lines)
} finally {
  server.kill()
  rmSync(temp, { recursive: true, force: true })
}
