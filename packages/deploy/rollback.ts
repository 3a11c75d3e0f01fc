/**
 * The one rollback path of deploy and monitor. The user's system comes first: the rollback
 * command runs before anything is recorded, so a failing Deployments API can never keep a
 * broken release live; the record is written after, and its failure is reported beside the
 * rollback's outcome, never instead of it.
 */
import { errorMessage } from '../base/errors.js'
import { describeOutcome, type ShellCommand, type ShellOutcome } from '../shell/command.js'

/** A rollback with no limit of its own may run this long before it is stopped. */
export const DEFAULT_ROLLBACK_TIMEOUT_MS = 30 * 60_000

export interface CommandReport {
  outcome: ShellOutcome
  description: string
}

/** Runs a shell command under a name (the entry groups and streams its output). */
export type CommandRunner = (name: string, command: ShellCommand) => Promise<ShellOutcome>

/** A release as the rollback command sees it (DEPLOY_* variables). */
export interface ReleaseRef {
  version: string
  ref: string
}

export interface RollbackPlan {
  command: string
  workingDirectory: string
  /** Undefined: DEFAULT_ROLLBACK_TIMEOUT_MS. */
  timeoutMs?: number
  environment?: string
  /** The release being rolled back. */
  failed?: ReleaseRef
  /** The release rolled back to, when one served before. */
  previous?: ReleaseRef
}

/** Runs the rollback command with the DEPLOY_* values; never throws for a failing command. */
export async function runRollback(
  plan: RollbackPlan,
  runCommand: CommandRunner
): Promise<CommandReport> {
  const timeoutMs = plan.timeoutMs ?? DEFAULT_ROLLBACK_TIMEOUT_MS
  const name = `Roll back ${plan.environment ?? ''} to ${plan.previous?.version ?? '(unknown)'}`
  const outcome = await runCommand(name.replace(/\s+/g, ' '), {
    command: plan.command,
    cwd: plan.workingDirectory,
    timeoutMs,
    env: {
      DEPLOY_ENVIRONMENT: plan.environment ?? '',
      DEPLOY_VERSION: plan.failed?.version ?? '',
      DEPLOY_REF: plan.failed?.ref ?? '',
      DEPLOY_PREVIOUS_VERSION: plan.previous?.version ?? '',
      DEPLOY_PREVIOUS_REF: plan.previous?.ref ?? ''
    }
  })
  return { outcome, description: describeOutcome('The rollback command', outcome, timeoutMs) }
}

/**
 * Runs a bookkeeping step (a status, a read) whose failure must not stop what follows; returns
 * why it failed, or undefined.
 */
export async function attempt(step: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await step()
    return undefined
  } catch (error) {
    return errorMessage(error)
  }
}
