/**
 * What a breached watch does: the deployment that is live on the environment gets a `failure`
 * status saying why, and the rollback command runs with the version that served before it.
 */
import type { Logger } from '../action-kit/logger.js'
import type { CommandRunner, CommandReport } from '../deploy/deploy.js'
import {
  lastSuccessful,
  type DeploymentHistoryEntry,
  type DeploymentRecords
} from '../deploy/deployments.js'
import { describeOutcome } from '../shell/command.js'

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
}

/** Marks the live deployment failed and rolls back; both optional, per the plan. */
export async function handleBreach(plan: BreachPlan, deps: BreachDeps): Promise<BreachOutcome> {
  const outcome: BreachOutcome = {}
  if (plan.environment && deps.records) {
    const history = await deps.records.history(plan.environment)
    outcome.failed = lastSuccessful(history)
    outcome.previous = outcome.failed && lastSuccessful(history, outcome.failed.id)
    if (outcome.failed) {
      await deps.records.setStatus(outcome.failed.id, {
        state: 'failure',
        description: `monitor: ${plan.reason}`
      })
      deps.log.info(
        `Marked deployment ${outcome.failed.id} (${outcome.failed.version}) on ${plan.environment} failed.`
      )
    } else {
      deps.log.warning(`No successful deployment of ${plan.environment} to mark failed.`)
    }
  }
  if (plan.rollback) {
    const result = await deps.runCommand(
      `Roll back ${plan.environment ?? ''} to ${outcome.previous?.version ?? '(unknown)'}`.replace(
        /\s+/g,
        ' '
      ),
      {
        command: plan.rollback,
        cwd: plan.workingDirectory,
        timeoutMs: plan.timeoutMs,
        env: {
          DEPLOY_ENVIRONMENT: plan.environment ?? '',
          DEPLOY_VERSION: outcome.failed?.version ?? '',
          DEPLOY_REF: outcome.failed?.ref ?? '',
          DEPLOY_PREVIOUS_VERSION: outcome.previous?.version ?? '',
          DEPLOY_PREVIOUS_REF: outcome.previous?.ref ?? ''
        }
      }
    )
    outcome.rollback = {
      outcome: result,
      description: describeOutcome('The rollback command', result, plan.timeoutMs)
    }
  }
  return outcome
}
