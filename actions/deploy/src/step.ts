/** deploy's work, loaded once its inputs are known to be good. */
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, error, info, markFailed } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { deployRelease } from '../../../packages/release/deploy-release.js'
import { rollbackBooksSummary } from '../../../packages/release/rollback-books.js'
import { runGrouped } from '../../../packages/shell/grouped.js'
import { Output, type DeployInputs } from './inputs.js'
import { deploySummary } from './summary.js'

export async function deployStep(
  inputs: DeployInputs,
  context: RunContext,
  repository: Repository
): Promise<void> {
  const logUrl = context.runId
    ? `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${context.runId}`
    : undefined
  const report = await deployRelease(
    {
      github: () =>
        createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl, log: actionsLogger }),
      repo: repository,
      runCommand: runGrouped,
      log: actionsLogger
    },
    { ...inputs, scratch: context.runnerTemp, logUrl }
  )
  const { outcome, books } = report
  await setOutputs({
    [Output.deploymentId]: outcome.deployment?.id ?? '',
    [Output.environmentUrl]: inputs.environmentUrl ?? '',
    [Output.previousVersion]: outcome.previous?.version ?? '',
    [Output.result]: outcome.result
  })
  await appendSummary(deploySummary(inputs, outcome))
  if (books) await appendSummary(rollbackBooksSummary(books.facts, books.books))
  if (report.failure) {
    error(report.failure, undefined, 'deploy: failure')
    markFailed()
  } else {
    info(
      outcome.result === 'success'
        ? `${inputs.version} is live on ${inputs.environment} (deployment ${outcome.deployment?.id ?? ''}).`
        : `Dry run: nothing deployed.`
    )
  }
}
