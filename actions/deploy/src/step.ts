/** deploy's work, loaded once its inputs are known to be good. */
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, error, info, markFailed } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { deploy } from '../../../packages/deploy/deploy.js'
import { DeploymentRecords } from '../../../packages/deploy/deployments.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import {
  isProduction,
  recordRollback,
  rollbackBooksSummary
} from '../../../packages/release/rollback-books.js'
import { changelogYank } from '../../../packages/release/rollback-yank-step.js'
import { runGrouped } from '../../../packages/shell/grouped.js'
import { Output, type DeployInputs } from './inputs.js'
import { deploySummary } from './summary.js'

export async function deployStep(
  inputs: DeployInputs,
  context: RunContext,
  repository: Repository
): Promise<void> {
  const octokit = await createGitHubClient({
    token: inputs.token,
    apiUrl: context.apiUrl,
    log: actionsLogger
  })
  const logUrl = context.runId
    ? `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${context.runId}`
    : undefined
  const outcome = await deploy(
    {
      environment: inputs.environment,
      version: inputs.version,
      ref: inputs.ref,
      command: inputs.run,
      rollback: inputs.rollback,
      workingDirectory: inputs.workingDirectory,
      timeoutMs: inputs.timeoutMs,
      environmentUrl: inputs.environmentUrl,
      healthUrl: inputs.healthUrl,
      healthTimeoutMs: inputs.healthTimeoutMs,
      healthIntervalMs: inputs.healthIntervalMs,
      expectVersion: inputs.expectVersion,
      transient: inputs.transient,
      production: inputs.production,
      logUrl,
      dryRun: inputs.dryRun
    },
    {
      records: new DeploymentRecords(octokit, repository),
      runCommand: runGrouped,
      log: actionsLogger
    }
  )
  await setOutputs({
    [Output.deploymentId]: outcome.deployment?.id ?? '',
    [Output.environmentUrl]: inputs.environmentUrl ?? '',
    [Output.previousVersion]: outcome.previous?.version ?? '',
    [Output.result]: outcome.result
  })
  await appendSummary(deploySummary(inputs, outcome))
  if (
    outcome.result === 'failure' &&
    outcome.rollback &&
    inputs.recordRollback &&
    isProduction(inputs.environment, inputs.production)
  ) {
    const facts = {
      version: inputs.version,
      tagPrefix: inputs.tagPrefix,
      environment: inputs.environment,
      reason: outcome.failure ?? 'the deploy failed',
      previousVersion: outcome.previous?.version,
      rollbackSucceeded: outcome.rollback.outcome.exitCode === 0,
      date: new Date().toISOString().slice(0, 10)
    }
    const books = await recordRollback(
      octokit,
      repository,
      facts,
      actionsLogger,
      await changelogYank(
        inputs,
        context.runnerTemp,
        octokit,
        repository,
        facts.version,
        actionsLogger
      )
    )
    await appendSummary(rollbackBooksSummary(facts, books))
  }
  if (outcome.result === 'failure') {
    const rollback = outcome.rollback ? ` ${outcome.rollback.description}.` : ''
    const record = outcome.recordError
      ? ` Recording the failure on deployment ${outcome.deployment?.id ?? ''} failed: ${outcome.recordError}`
      : ''
    error(
      `Deploy of ${inputs.version} to ${inputs.environment} failed: ${outcome.failure ?? ''}.${rollback}${record}`,
      undefined,
      'deploy: failure'
    )
    markFailed()
  } else {
    info(
      outcome.result === 'success'
        ? `${inputs.version} is live on ${inputs.environment} (deployment ${outcome.deployment?.id ?? ''}).`
        : `Dry run: nothing deployed.`
    )
  }
}
