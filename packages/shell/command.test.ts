import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeOutcome, runShell } from './command.js'

let dir: string

/**
 * Whether a process has ended: no such process, or a zombie waiting for its reaper (a
 * container's init may reap late). Asked for up to 2 s: the kill is sent, its delivery is not.
 */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    const stat = `/proc/${pid}/stat`
    if (!existsSync(stat)) return true
    const state = readFileSync(stat, 'utf8').replace(/^.*\) /s, '')[0]
    if (state === 'Z' || state === 'X') return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ra-shell-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('runShell', () => {
  test('passes values through the environment and streams output', async () => {
    const chunks: string[] = []
    const outcome = await runShell({
      command: 'echo "deploying $DEPLOY_VERSION"; echo oops >&2',
      cwd: dir,
      env: { DEPLOY_VERSION: '1.3.0; rm -rf /' },
      onOutput: (c) => chunks.push(c)
    })
    expect(outcome.exitCode).toBe(0)
    expect(chunks.join('')).toContain('deploying 1.3.0; rm -rf /\n')
    expect(outcome.tail).toContain('oops')
    expect(describeOutcome('The deploy command', outcome)).toBe('The deploy command succeeded')
  })

  test('stops at the first failing command and in a failing pipeline', async () => {
    const early = await runShell({ command: 'false; echo after', cwd: dir })
    expect(early.exitCode).toBe(1)
    expect(early.tail).not.toContain('after')
    const pipe = await runShell({ command: 'exit 3 | cat', cwd: dir })
    expect(pipe.exitCode).toBe(3)
    expect(describeOutcome('The deploy command', pipe)).toBe('The deploy command exited with 3')
  })

  test('names a command that does not exist', async () => {
    const outcome = await runShell({ command: 'helmm upgrade app ./chart', cwd: dir })
    expect(outcome.exitCode).toBe(127)
    expect(describeOutcome('The deploy command', outcome)).toBe(
      'The deploy command exited with 127: command not found (helmm)'
    )
  })

  test('a timeout ends the whole process group, the background process too', async () => {
    const pidFile = join(dir, 'background.pid')
    const outcome = await runShell({
      // The background process holds no pipe of ours: only the group kill can end it early.
      command: `sleep 300 >/dev/null 2>&1 & echo $! > "${pidFile}"; sleep 300; wait`,
      cwd: dir,
      timeoutMs: 200
    })
    expect(outcome.timedOut).toBe(true)
    expect(outcome.exitCode).toBeUndefined()
    expect(describeOutcome('The suite', outcome, 200)).toBe(
      'The suite did not finish within 200ms and was stopped'
    )
    const pid = Number(readFileSync(pidFile, 'utf8'))
    expect(pid).toBeGreaterThan(0)
    const ended = await gone(pid)
    if (!ended) process.kill(pid, 'SIGKILL') // leave nothing behind when the check fails
    expect(ended).toBe(true)
  })
})
