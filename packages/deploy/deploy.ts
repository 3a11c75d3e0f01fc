/**
 * One deploy of a version to an environment, tracked as a GitHub Deployment: in_progress, the
 * user's command, the health gate, then success (earlier deployments made inactive) or failure
 * (and the rollback command). Whatever happens after in_progress, the status is closed.
 */
import { formatDuration } from '../base/duration.js'
import { errorMessage } from '../base/errors.js'
import { allInOrder } from '../base/in-order.js'
import type { Logger } from '../base/logger.js'
import { describeOutcome } from '../shell/command.js'
import type { DeploymentHistoryEntry, DeploymentRecord, DeploymentRecords } from './deployments.js'
import { lastSuccessful, supersededDeployments } from './deployments.js'
import { waitForHealth, type HealthResult } from './health.js'
import { attempt, runRollback, type CommandReport, type CommandRunner } from './rollback.js'

export type { CommandReport, CommandRunner } from './rollback.js'

export interface DeployPlan {
  environment: string
  version: string
  ref: string
  /** The deploy command, run by bash in `workingDirectory`. */
  command: string
  rollback?: string
  workingDirectory: string
  /** Limit of the deploy command. */
  timeoutMs?: number
  environmentUrl?: string
  healthUrl?: string
  healthTimeoutMs: number
  healthIntervalMs: number
  expectVersion: boolean
  transient?: boolean
  production?: boolean
  /** The workflow run, shown as the log of each status. */
  logUrl?: string
  dryRun: boolean
}

export interface DeployDeps {
  records: Pick<DeploymentRecords, 'findForVersion' | 'create' | 'setStatus' | 'history'>
  runCommand: CommandRunner
  log: Logger
}

export interface DeployOutcome {
  result: 'success' | 'failure' | 'dry-run'
  /** Undefined only under dry-run when no record exists yet. */
  deployment?: DeploymentRecord
  /** The record existed already: this run added a status to it. */
  reused: boolean
  /** The version that served before this run, from the environment's history. */
  previous?: DeploymentHistoryEntry
  command?: CommandReport
  health?: HealthResult
  rollback?: CommandReport
  /** Why the deploy failed. */
  failure?: string
  /** Why the failure (and rollback) could not be recorded on the deployment. */
  recordError?: string
  /** Deployments this run marked inactive. */
  inactivated: number[]
}

/** Deploys per the plan; returns the outcome (a failed deploy is an outcome, not a throw). */
export async function deploy(plan: DeployPlan, deps: DeployDeps): Promise<DeployOutcome> {
  const { records, log } = deps
  // The environment's history and this version's earlier record, read at once.
  const [history, existing] = await allInOrder([
    records.history(plan.environment),
    records.findForVersion(plan.environment, plan.ref, plan.version)
  ])
  const previous = lastSuccessful(history)
  if (plan.dryRun) {
    log.info(
      `Dry run: would deploy ${plan.version} (${plan.ref}) to ${plan.environment} ` +
        `${existing ? `as a new attempt of deployment ${existing.id}` : 'as a new deployment'}.`
    )
    return {
      result: 'dry-run',
      deployment: existing,
      reused: !!existing,
      previous,
      inactivated: []
    }
  }
  const deployment =
    existing ??
    (await records.create({
      ref: plan.ref,
      environment: plan.environment,
      version: plan.version,
      description: `Deploy ${plan.version} to ${plan.environment}`,
      transient: plan.transient,
      production: plan.production
    }))
  log.info(
    existing
      ? `Deployment ${deployment.id} of ${plan.version} to ${plan.environment} exists; this is a new attempt.`
      : `Created deployment ${deployment.id} of ${plan.version} to ${plan.environment}.`
  )
  const outcome: DeployOutcome = {
    result: 'failure',
    deployment,
    reused: !!existing,
    previous,
    inactivated: []
  }
  let closed = false
  try {
    await records.setStatus(deployment.id, {
      state: 'in_progress',
      description: `Deploying ${plan.version}`,
      logUrl: plan.logUrl
    })
    outcome.failure = await runAndCheck(plan, deps, outcome)
    if (outcome.failure === undefined) {
      await records.setStatus(deployment.id, {
        state: 'success',
        description: `${plan.version} is live`,
        environmentUrl: plan.environmentUrl,
        logUrl: plan.logUrl
      })
      closed = true
      outcome.result = 'success'
      outcome.inactivated = await markSuperseded(plan, deps, deployment.id)
    } else {
      // The rollback first: a failing API must not keep the broken release live.
      if (plan.rollback) outcome.rollback = await rollBack(plan, deps, previous)
      outcome.recordError = await attempt(() =>
        records.setStatus(deployment.id, {
          state: 'failure',
          description: outcome.failure ?? '',
          logUrl: plan.logUrl
        })
      )
      closed = true
    }
    return outcome
  } catch (error) {
    if (!closed) {
      // A crash must never leave the deployment in_progress.
      await records
        .setStatus(deployment.id, {
          state: 'error',
          description: `deploy stopped: ${errorMessage(error)}`,
          logUrl: plan.logUrl
        })
        .catch((closeError: unknown) =>
          log.warning(
            `Could not close deployment ${deployment.id} (${errorMessage(closeError)}); it may show in_progress.`
          )
        )
    }
    throw error
  }
}

/** The command, then the health gate; returns why the deploy failed, or undefined. */
async function runAndCheck(
  plan: DeployPlan,
  deps: DeployDeps,
  outcome: DeployOutcome
): Promise<string | undefined> {
  const commandOutcome = await deps.runCommand(`Deploy ${plan.version} to ${plan.environment}`, {
    command: plan.command,
    cwd: plan.workingDirectory,
    env: deployEnv(plan, outcome.previous),
    timeoutMs: plan.timeoutMs
  })
  const description = describeOutcome('The deploy command', commandOutcome, plan.timeoutMs)
  outcome.command = { outcome: commandOutcome, description }
  if (commandOutcome.exitCode !== 0) return description
  if (!plan.healthUrl) return undefined
  outcome.health = await waitForHealth({
    url: plan.healthUrl,
    timeoutMs: plan.healthTimeoutMs,
    intervalMs: plan.healthIntervalMs,
    expectVersion: plan.expectVersion ? plan.version : undefined,
    log: deps.log
  })
  if (outcome.health.healthy) return undefined
  return `${plan.healthUrl} was not healthy within ${formatDuration(plan.healthTimeoutMs)} (last: ${outcome.health.last})`
}

function deployEnv(plan: DeployPlan, previous?: DeploymentHistoryEntry): Record<string, string> {
  return {
    DEPLOY_ENVIRONMENT: plan.environment,
    DEPLOY_VERSION: plan.version,
    DEPLOY_REF: plan.ref,
    DEPLOY_PREVIOUS_VERSION: previous?.version ?? '',
    DEPLOY_PREVIOUS_REF: previous?.ref ?? ''
  }
}

async function rollBack(
  plan: DeployPlan,
  deps: DeployDeps,
  previous: DeploymentHistoryEntry | undefined
): Promise<CommandReport> {
  if (!previous) {
    deps.log.warning(
      `No earlier successful deployment of ${plan.environment}: DEPLOY_PREVIOUS_VERSION is empty for the rollback.`
    )
  }
  return runRollback(
    {
      command: plan.rollback ?? '',
      workingDirectory: plan.workingDirectory,
      timeoutMs: plan.timeoutMs,
      environment: plan.environment,
      failed: { version: plan.version, ref: plan.ref },
      previous
    },
    deps.runCommand
  )
}

/**
 * Marks every other deployment of the environment still showing `success` inactive: GitHub
 * does so itself only for non-production environments. A failure here is a warning: the
 * deploy itself succeeded.
 */
async function markSuperseded(plan: DeployPlan, deps: DeployDeps, keepId: number) {
  try {
    const stale = supersededDeployments(await deps.records.history(plan.environment), keepId)
    for (const old of stale) {
      await deps.records.setStatus(old.id, {
        state: 'inactive',
        description: `Superseded by ${plan.version}`
      })
    }
    return stale.map((d) => d.id)
  } catch (error) {
    deps.log.warning(`Could not mark earlier deployments inactive: ${errorMessage(error)}`)
    return []
  }
}
