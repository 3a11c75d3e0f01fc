/** monitor's work, loaded once its inputs are known to be good. */
import { requireRepository, type RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, error, info, markFailed } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { DeploymentRecords } from '../../../packages/deploy/deployments.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { handleBreach, type BreachOutcome } from '../../../packages/monitor/breach.js'
import { watch } from '../../../packages/monitor/watch.js'
import { recordRollback, rollbackBooksSummary } from '../../../packages/release/rollback-books.js'
import { changelogYank } from '../../../packages/release/rollback-yank-step.js'
import { runGrouped } from '../../../packages/shell/grouped.js'
import { Output, type MonitorInputs } from './inputs.js'
import { monitorSummary } from './summary.js'

export async function monitorStep(inputs: MonitorInputs, context: RunContext): Promise<void> {
  // With an environment, the API must be usable before a breach needs it.
  const octokit = inputs.environment
    ? await createGitHubClient({
        token: inputs.token,
        apiUrl: context.apiUrl,
        log: actionsLogger
      })
    : undefined
  const records = octokit ? new DeploymentRecords(octokit, requireRepository(context)) : undefined
  const watched = await watch(
    {
      urls: inputs.urls,
      durationMs: inputs.durationMs,
      intervalMs: inputs.intervalMs,
      probeTimeoutMs: inputs.probeTimeoutMs,
      maxErrorRate: inputs.maxErrorRate,
      maxLatencyMs: inputs.maxLatencyMs,
      prometheus: inputs.prometheus,
      failFast: inputs.failFast
    },
    { log: actionsLogger }
  )
  let breach: BreachOutcome | undefined
  const reason = watched.breaches.join('; ')
  if (watched.result === 'failure' && !inputs.dryRun) {
    breach = await handleBreach(
      {
        environment: inputs.environment,
        rollback: inputs.rollback,
        workingDirectory: inputs.workingDirectory,
        reason
      },
      { records, runCommand: runGrouped, log: actionsLogger }
    )
  }
  const result = inputs.dryRun ? 'dry-run' : watched.result
  await setOutputs({
    [Output.result]: result,
    [Output.errorRate]: Number(watched.errorRate.toFixed(4)),
    [Output.p95LatencyMs]: watched.p95 ?? '',
    [Output.queryValue]: watched.queryMax ?? '',
    [Output.rounds]: watched.rounds.length
  })
  await appendSummary(monitorSummary(inputs, watched, breach, result))
  if (
    octokit &&
    records &&
    inputs.environment &&
    breach?.rollback &&
    breach.failed &&
    inputs.recordRollback &&
    (await isNewestDeployment(records, inputs.environment, breach.failed.id))
  ) {
    const facts = {
      version: breach.failed.version,
      tagPrefix: inputs.tagPrefix,
      environment: inputs.environment,
      reason: `monitor: ${reason}`,
      previousVersion: breach.previous?.version,
      rollbackSucceeded: breach.rollback.outcome.exitCode === 0,
      date: new Date().toISOString().slice(0, 10)
    }
    const repository = requireRepository(context)
    const books = await recordRollback(
      octokit,
      repository,
      facts,
      actionsLogger,
      await changelogYank(inputs, context, octokit, repository, facts.version)
    )
    await appendSummary(rollbackBooksSummary(facts, books))
  }
  if (watched.result === 'failure') {
    const rollback = breach?.rollback ? ` ${breach.rollback.description}.` : ''
    const record = breach?.recordError
      ? ` Recording the failure on ${inputs.environment ?? ''} failed: ${breach.recordError}`
      : ''
    error(
      `Monitoring found a regression: ${reason}.${rollback}${record}`,
      undefined,
      'monitor: failure'
    )
    markFailed()
  } else {
    info(`No regression in ${watched.rounds.length} round(s).`)
  }
}

/**
 * Only the newest deployment is a release to roll back in the books: a live deployment older
 * than the newest means production was rolled back already (a rerun), and its version stays.
 */
async function isNewestDeployment(
  records: DeploymentRecords,
  environment: string,
  id: number
): Promise<boolean> {
  const [newest] = await records.history(environment, 1)
  if (newest?.id === id) return true
  info(
    `The live deployment ${id} of ${environment} is not its newest (${newest?.id ?? 'none'}): production was rolled back before; the books of that version are left as they are.`
  )
  return false
}
