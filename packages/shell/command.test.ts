import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeOutcome, runShell } from './command.js'

let dir: string
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

  test('a timeout ends the whole process group', async () => {
    const outcome = await runShell({
      command: 'sleep 30 & sleep 30; wait',
      cwd: dir,
      timeoutMs: 200
    })
    expect(outcome.timedOut).toBe(true)
    expect(outcome.exitCode).toBeUndefined()
    expect(describeOutcome('The suite', outcome, 200)).toBe(
      'The suite did not finish within 200ms and was stopped'
    )
  })
})
