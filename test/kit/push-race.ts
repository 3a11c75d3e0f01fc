/**
 * Someone else's push landing in the instant between a step's look at origin and its own push:
 * a `git` first on PATH that, the first time it runs a `push` of `<src>:<ref>`, runs the given
 * git commands first (with real git, not through itself), then the push it was asked for. Real
 * git throughout; what it decides is only when the other push happens.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface PushRace {
  /** PATH for the step's environment: this git first, then `path` (e.g. a counting git). */
  env: Record<string, string>
  /** Whether the other push has happened. */
  fired(): boolean
  cleanup(): void
}

const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`

/**
 * Before the step's first push to `ref`, runs each of `before` (git arguments) with real git.
 * `path`: the PATH the step's git is found on after this one (default: the test's own).
 */
export function raceBeforePush(
  ref: string,
  before: string[][],
  path = process.env.PATH ?? ''
): PushRace {
  const lookup = (p: string) =>
    execFileSync('sh', ['-c', 'command -v git'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: p }
    }).trim()
  const real = lookup(process.env.PATH ?? '')
  const next = lookup(path)
  const dir = mkdtempSync(join(tmpdir(), 'ra-push-race-'))
  const fired = join(dir, 'fired')
  const others = before.map((args) => [real, ...args].map(quote).join(' ')).join(' && ')
  writeFileSync(
    join(dir, 'git'),
    [
      '#!/bin/sh',
      `if [ ! -e ${quote(fired)} ]; then`,
      '  push=; target=',
      '  for a in "$@"; do',
      '    case "$a" in push) push=1 ;; *:' + ref + ') target=1 ;; esac',
      '  done',
      `  if [ -n "$push" ] && [ -n "$target" ]; then : > ${quote(fired)}; ${others} >&2 || exit 97; fi`,
      'fi',
      `exec ${quote(next)} "$@"`,
      ''
    ].join('\n')
  )
  chmodSync(join(dir, 'git'), 0o755)
  return {
    env: { PATH: `${dir}:${path}` },
    fired: () => existsSync(fired),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
