/** start-release's work, loaded once its inputs and the checkout are known to be good. */
import { requireRepository, type RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import type { Git } from '../../../packages/git/git.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import { startRelease } from '../../../packages/release/start-release.js'
import { Output, type StartInputs } from './inputs.js'
import { startSummary } from './summary.js'

export async function startReleaseStep(
  inputs: StartInputs,
  context: RunContext,
  git: Git
): Promise<void> {
  const report = await startRelease(
    {
      git,
      github: async () => {
        const repo = requireRepository(context)
        const client = await createGitHubClient({
          token: inputs.token,
          apiUrl: context.apiUrl,
          log: actionsLogger
        })
        return { client, repo }
      },
      defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token }),
      log: actionsLogger
    },
    inputs
  )
  const { plan, milestone } = report
  await setOutputs({
    [Output.branch]: plan.branch,
    [Output.version]: plan.version,
    [Output.previousVersion]: plan.latest?.version ?? '',
    [Output.sha]: plan.sha,
    [Output.milestoneNumber]: milestone?.number ?? '',
    [Output.result]: report.result
  })
  await appendSummary(startSummary(report))
}
