/**
 * The monitor's window on a fake clock: a ten-minute watch runs in milliseconds, every round's
 * time is exact, and a slow round shortens the wait before the next. The probes are real HTTP
 * to a loopback server; only time is simulated.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { startLoopbackServer, type LoopbackServer } from '../../test/kit/loopback-server.js'
import { RecordingLogger } from '../base/logger.js'
import { watch, type WatchPlan } from './watch.js'

/** Time that moves only when the code under test sleeps, or a handler says a request took long. */
class FakeClock {
  time = 1_700_000_000_000
  readonly sleeps: number[] = []
  now = (): number => this.time
  sleep = (ms: number): Promise<void> => {
    this.sleeps.push(ms)
    this.time += ms
    return Promise.resolve()
  }
}

let clock: FakeClock
let app: LoopbackServer
let answer: (req: IncomingMessage, res: ServerResponse) => void

beforeEach(async () => {
  clock = new FakeClock()
  answer = (_req, res) => res.end('ok')
  app = await startLoopbackServer((req, res) => answer(req, res))
})
afterEach(() => app.stop())

function plan(overrides: Partial<WatchPlan> = {}): WatchPlan {
  return {
    urls: [`${app.url}/health`],
    durationMs: 600_000,
    intervalMs: 60_000,
    probeTimeoutMs: 5_000,
    maxErrorRate: 0.01,
    failFast: false,
    ...overrides
  }
}

describe('watch on a fake clock', () => {
  test('a ten-minute window: ten rounds, one a minute, at exact times', async () => {
    const log = new RecordingLogger()
    const result = await watch(plan(), { log, now: clock.now, sleep: clock.sleep })
    expect(result.result).toBe('success')
    expect(result.rounds.map((r) => r.at)).toEqual(Array.from({ length: 10 }, (_, i) => i * 60_000))
    expect(clock.sleeps).toEqual(Array(9).fill(60_000))
    expect(app.hits).toHaveLength(10)
    expect(log.text('info')).toContain('Round 10 at +9m: ')
  })

  test('a round that takes 20 s of the minute leaves 40 s of wait before the next', async () => {
    answer = (_req, res) => {
      if (app.hits.length === 2) clock.time += 20_000
      res.end('ok')
    }
    const result = await watch(plan({ durationMs: 240_000 }), {
      log: new RecordingLogger(),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result.rounds.map((r) => r.at)).toEqual([0, 60_000, 120_000, 180_000])
    expect(clock.sleeps).toEqual([60_000, 40_000, 60_000])
  })

  test('health that breaks mid-window fails it, with the rate of the whole window', async () => {
    answer = (_req, res) => {
      res.statusCode = app.hits.length > 6 ? 503 : 200
      res.end()
    }
    const result = await watch(plan(), {
      log: new RecordingLogger(),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result.result).toBe('failure')
    expect(result.rounds).toHaveLength(10)
    expect(result.errorRate).toBe(0.4)
    expect(result.breaches).toEqual(['error rate 40% (4 of 10 probes) is above max-error-rate 1%'])
  })

  test('fail-fast stops at the first round that breaches, without waiting out the window', async () => {
    answer = (_req, res) => {
      res.statusCode = app.hits.length >= 3 ? 503 : 200
      res.end()
    }
    const result = await watch(plan({ failFast: true }), {
      log: new RecordingLogger(),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result.result).toBe('failure')
    expect(result.rounds.map((r) => r.at)).toEqual([0, 60_000, 120_000])
    expect(clock.sleeps).toEqual([60_000, 60_000])
  })
})
