/**
 * Runs a user's shell command (a deploy script, a test suite, a rollback) the way a workflow
 * `run:` step would: `bash -e -o pipefail -c`, values through the environment (never spliced
 * into the command text), output streamed as it comes, and a timeout that ends the whole
 * process group, not only bash.
 */
import { formatDuration } from '../base/duration.js'

export interface ShellCommand {
  /** The command text, run by bash. */
  command: string
  cwd: string
  /** Added to the action's own environment. */
  env?: Record<string, string>
  /** Kill the command after this many ms; undefined: no limit. */
  timeoutMs?: number
  /** Receives the command's stdout and stderr as they arrive. */
  onOutput?: (chunk: string) => void
}

export interface ShellOutcome {
  /** The exit code; undefined when a signal ended the command. */
  exitCode: number | undefined
  signal: string | undefined
  timedOut: boolean
  durationMs: number
  /** The last lines of output, for a summary or an error message. */
  tail: string
}

export const COMMAND_NOT_FOUND = 127
const KILL_GRACE_MS = 2000
const TAIL_CHARS = 2000

/** Runs the command to its end (or its timeout); never throws for a failing command. */
export async function runShell(options: ShellCommand): Promise<ShellOutcome> {
  const started = Date.now()
  // Loaded here, not at the action's start: an action that stops at a bad input never pays for it.
  const { spawn } = await import('node:child_process')
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', options.command], {
      cwd: options.cwd,
      env: { ...commandEnvironment(process.env), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout reaches every process the command started.
      detached: true
    })
    let tail = ''
    let timedOut = false
    const take = (chunk: Buffer): void => {
      const text = chunk.toString()
      tail = (tail + text).slice(-TAIL_CHARS)
      options.onOutput?.(text)
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    const killGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid) process.kill(-child.pid, signal)
      } catch {
        // The group is already gone.
      }
    }
    let killTimer: NodeJS.Timeout | undefined
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            killGroup('SIGTERM')
            killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS)
          }, options.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      clearTimeout(killTimer)
      // Children left behind in the group (a backgrounded server) end with the command.
      if (timedOut) killGroup('SIGKILL')
      resolve({
        exitCode: code ?? undefined,
        signal: signal ?? undefined,
        timedOut,
        durationMs: Date.now() - started,
        tail
      })
    })
  })
}

/**
 * The action's environment as a user's command gets it: without the action's inputs
 * (`INPUT_*`, among them the token and every secret input), as a workflow `run:` step has none.
 */
export function commandEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)))
}

/** Says how a command ended, in words a user acts on. */
export function describeOutcome(what: string, outcome: ShellOutcome, timeoutMs?: number): string {
  if (outcome.timedOut)
    return `${what} did not finish within ${formatDuration(timeoutMs ?? 0)} and was stopped`
  if (outcome.exitCode === 0) return `${what} succeeded`
  if (outcome.exitCode === COMMAND_NOT_FOUND) {
    const missing = /(?:^|\n)(?:bash: )?(?:line \d+: )?([^\n:]+): command not found/.exec(
      outcome.tail
    )
    const name = missing?.[1].trim()
    // A name as long as a pasted blob is cut, never echoed whole.
    const cut =
      name && name.length > 80 ? `${name.slice(0, 80)}… (${name.length} characters)` : name
    return `${what} exited with 127: command not found${cut ? ` (${cut})` : ''}`
  }
  if (outcome.exitCode === undefined) return `${what} was killed by ${outcome.signal ?? 'a signal'}`
  return `${what} exited with ${outcome.exitCode}`
}
