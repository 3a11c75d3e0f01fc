import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { invokeAction } from '../kit/invoker.js'
import { closedPort, startLoopbackServer, type LoopbackServer } from '../kit/loopback-server.js'

/** The Debian package's binary; `.ci/run` installs it (apt-get install -y prometheus). */
const PROMETHEUS = '/usr/bin/prometheus'
const available = existsSync(PROMETHEUS)
// CI installs it, so there a missing Prometheus is a failure, never a quiet skip.
if (!available && process.env.CI) {
  throw new Error(`${PROMETHEUS} is absent in CI: .ci/run should have installed it.`)
}
if (!available) {
  console.log(
    `monitor + Prometheus tests skipped: ${PROMETHEUS} is absent (apt-get install -y prometheus).`
  )
}

let dir: string
let target: LoopbackServer
let prometheus: ChildProcess | undefined
let prometheusUrl: string
/** The error ratio the app exposes on /metrics. */
let errorRatio = 0.02

async function query(expr: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(expr)}`)
    const body = (await response.json()) as {
      data?: { result?: Array<{ value: [number, string] }> }
    }
    const first = body.data?.result?.[0]
    return first ? Number(first.value[1]) : undefined
  } catch {
    return undefined
  }
}

/** Polls until Prometheus has scraped the value the app now exposes. */
async function scraped(value: number): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if ((await query('app_error_ratio')) === value) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`Prometheus did not scrape app_error_ratio ${value} within 15s`)
}

beforeAll(async () => {
  if (!available) return
  dir = mkdtempSync(join(tmpdir(), 'ra-prom-'))
  target = await startLoopbackServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    res.end(
      '# HELP app_error_ratio Share of requests answered 5xx.\n# TYPE app_error_ratio gauge\n' +
        `app_error_ratio ${errorRatio}\n`
    )
  })
  const config = join(dir, 'prometheus.yml')
  writeFileSync(
    config,
    [
      'global:',
      // Scrapes often, so that a test waits little for the value it set to be seen.
      '  scrape_interval: 200ms',
      '  scrape_timeout: 200ms',
      '  evaluation_interval: 200ms',
      'scrape_configs:',
      '  - job_name: app',
      '    static_configs:',
      `      - targets: ['${target.url.replace('http://', '')}']`,
      ''
    ].join('\n')
  )
  const port = await closedPort()
  prometheusUrl = `http://127.0.0.1:${port}`
  prometheus = spawn(
    PROMETHEUS,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`
    ],
    { stdio: 'ignore' }
  )
  await scraped(errorRatio)
}, 30_000)

afterAll(async () => {
  if (prometheus && prometheus.exitCode === null) {
    const exited = new Promise((resolve) => prometheus!.once('exit', resolve))
    prometheus.kill('SIGTERM')
    await exited
  }
  await target?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function monitor(inputs: Record<string, string>) {
  return invokeAction({
    action: 'monitor',
    workspace: dir,
    inputs: {
      'prometheus-url': prometheusUrl,
      query: 'max(app_error_ratio)',
      'max-value': '0.05',
      // Two rounds, with the shortest interval monitor allows between them.
      duration: '200ms',
      interval: '100ms',
      ...inputs
    }
  })
}

const prometheusTest = available ? test : test.skip

describe('monitor against a real Prometheus', () => {
  prometheusTest('a query under max-value passes; above it the window breaches', async () => {
    const calm = await monitor({})
    expect(calm.errors).toBe('')
    expect(calm.outputs).toMatchObject({ result: 'success', 'query-value': '0.02', rounds: '2' })
    expect(calm.summary).toContain('title "query per round: max(app_error_ratio)"')
    errorRatio = 0.3
    await scraped(0.3)
    const hot = await monitor({})
    expect(hot.exitCode).toBe(1)
    expect(hot.outputs).toMatchObject({ result: 'failure', 'query-value': '0.3' })
    expect(hot.errors).toContain('query value 0.3 is above max-value 0.05')
  })

  prometheusTest('a query Prometheus cannot parse is refused with its reason', async () => {
    const run = await monitor({ query: 'max(app_error_ratio' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toMatch(/^Input 'query' is not valid PromQL: Prometheus says .*parse error/)
  })
})
