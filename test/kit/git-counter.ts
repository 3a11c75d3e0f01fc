/**
 * Counts the git processes a step starts, with real git underneath: a `git` script first on
 * PATH appends its arguments to a file, then runs the real git. What the tests of round trips
 * to origin read, independently of what the step says of itself.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface GitCounter {
  /** PATH for the step's environment: the counting git first. */
  env: Record<string, string>
  /** Each git process so far, as its arguments (global `-c` options left out). */
  calls(): string[][]
  /** The network calls so far, by command. */
  origin(): { 'ls-remote': number; fetch: number; push: number }
  /** Forgets the calls so far. */
  reset(): void
  cleanup(): void
}

export function countGit(): GitCounter {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  const dir = mkdtempSync(join(tmpdir(), 'ra-git-count-'))
  const log = join(dir, 'calls')
  // One line per process, arguments separated by the unit separator, written in one write: a
  // step may run two git processes at once (its ls-remote beside its for-each-ref), and lines
  // written piece by piece would interleave.
  writeFileSync(
    join(dir, 'git'),
    `#!/bin/sh\nline=$(printf '%s\\037' "$@"; echo x)\nprintf '%s\\n' "\${line%x}" >> '${log}'\nexec '${real}' "$@"\n`
  )
  chmodSync(join(dir, 'git'), 0o755)
  const calls = (): string[][] =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => withoutGlobalOptions(line.split('\x1f').slice(0, -1)))
      : []
  return {
    env: { PATH: `${dir}:${process.env.PATH ?? ''}` },
    calls,
    origin: () => {
      const counts = { 'ls-remote': 0, fetch: 0, push: 0 }
      for (const [command] of calls())
        if (command === 'ls-remote' || command === 'fetch' || command === 'push') counts[command]++
      return counts
    },
    reset: () => rmSync(log, { force: true }),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}

function withoutGlobalOptions(args: string[]): string[] {
  let i = 0
  while (i < args.length && args[i].startsWith('-'))
    i += args[i] === '-c' || args[i] === '-C' ? 2 : 1
  return args.slice(i)
}
