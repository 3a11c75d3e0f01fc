/**
 * What a breached watch does: the deployment that is live on the environment gets a `failure`
 * status saying why, and the rollback command runs with the version that served before it.
 */
import type { Logger } from '../base/logger.js'
import {
  lastSuccessful,
  type DeploymentHistoryEntry,
  type DeploymentRecords
} from '../deploy/deployments.js'
import { attempt, runRollback, type CommandReport, type CommandRunner } from '../deploy/rollback.js'

export interface BreachPlan {
  /** The environment whose live deployment is marked failed; undefined: no record to mark. */
  environment?: string
  rollback?: string
  workingDirectory: string
  timeoutMs?: number
  reason: string
}

export interface BreachDeps {
  /** Needed only with an environment. */
  records?: Pick<DeploymentRecords, 'history' | 'setStatus'>
  runCommand: CommandRunner
  log: Logger
}

export interface BreachOutcome {
  /** The deployment marked `failure`. */
  failed?: DeploymentHistoryEntry
  previous?: DeploymentHistoryEntry
  rollback?: CommandReport
  /** Why the Deployments API could not be read or the failure recorded. */
  recordError?: string
}

/**
 * Rolls back, then marks the live deployment failed; both optional, per the plan. The API is
 * read first only to name the versions; when it fails, the rollback still runs (with what is
 * known) and the failure is reported beside it. Never throws for an API fault.
 */
export async function handleBreach(plan: BreachPlan, deps: BreachDeps): Promise<BreachOutcome> {
  const outcome: BreachOutcome = {}
  const { records } = deps
  if (plan.environment && records) {
    const environment = plan.environment
    outcome.recordError = await attempt(async () => {
      const history = await records.history(environment)
      outcome.failed = lastSuccessful(history)
      outcome.previous = outcome.failed && lastSuccessful(history, outcome.failed.id)
    })
  }
  if (plan.rollback) {
    outcome.rollback = await runRollback(
      {
        command: plan.rollback,
        workingDirectory: plan.workingDirectory,
        timeoutMs: plan.timeoutMs,
        environment: plan.environment,
        failed: outcome.failed,
        previous: outcome.previous
      },
      deps.runCommand
    )
  }
  const failed = outcome.failed
  if (plan.environment && records && outcome.recordError === undefined) {
    if (failed) {
      outcome.recordError = await attempt(() =>
        records.setStatus(failed.id, { state: 'failure', description: `monitor: ${plan.reason}` })
      )
      if (outcome.recordError === undefined) {
        deps.log.info(
          `Marked deployment ${failed.id} (${failed.version}) on ${plan.environment} failed.`
        )
      }
    } else {
      deps.log.warning(`No successful deployment of ${plan.environment} to mark failed.`)
    }
  }
  return outcome
}
