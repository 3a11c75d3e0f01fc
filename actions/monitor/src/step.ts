/** monitor's work, loaded once its inputs are known to be good. */
import { requireRepository, type RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, error, info, markFailed } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { monitorRelease } from '../../../packages/release/monitor-release.js'
import { rollbackBooksSummary } from '../../../packages/release/rollback-books.js'
import { runGrouped } from '../../../packages/shell/grouped.js'
import { Output, type MonitorInputs } from './inputs.js'
import { monitorSummary } from './summary.js'

export async function monitorStep(inputs: MonitorInputs, context: RunContext): Promise<void> {
  const report = await monitorRelease(
    {
      github: () =>
        createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl, log: actionsLogger }),
      repo: () => requireRepository(context),
      runCommand: runGrouped,
      log: actionsLogger
    },
    { ...inputs, scratch: context.runnerTemp }
  )
  const { watched, breach, books, result } = report
  await setOutputs({
    [Output.result]: result,
    [Output.errorRate]: Number(watched.errorRate.toFixed(4)),
    [Output.p95LatencyMs]: watched.p95 ?? '',
    [Output.queryValue]: watched.queryMax ?? '',
    [Output.rounds]: watched.rounds.length
  })
  await appendSummary(monitorSummary(inputs, watched, breach, result))
  if (books) await appendSummary(rollbackBooksSummary(books.facts, books.books))
  if (report.failure) {
    error(report.failure, undefined, 'monitor: failure')
    markFailed()
  } else {
    info(`No regression in ${watched.rounds.length} round(s).`)
  }
}
