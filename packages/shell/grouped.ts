/** The runner-side face of runShell: each command's output streamed inside a log group. */
import { group } from '../action-kit/core.js'
import { runShell, type ShellCommand, type ShellOutcome } from './command.js'

/** Runs the command inside `::group::<name>`, its output passed straight to the job log. */
export function runGrouped(name: string, command: ShellCommand): Promise<ShellOutcome> {
  return group(name, () =>
    runShell({ ...command, onOutput: (chunk) => process.stdout.write(chunk) })
  )
}
