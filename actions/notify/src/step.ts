/** notify's work, loaded once its inputs are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, error, markFailed } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { Git } from '../../../packages/git/git.js'
import { createGitHubClient, type GitHubClient } from '../../../packages/github/client.js'
import { announceRelease } from '../../../packages/release/announce-release.js'
import { Output, type NotifyInputs } from './inputs.js'
import { notifySummary } from './summary.js'

export async function notifyStep(
  inputs: NotifyInputs,
  context: RunContext,
  repo: Repository
): Promise<void> {
  const git = new Git(inputs.workingDirectory, { log: actionsLogger, token: inputs.token })
  let client: GitHubClient | undefined
  const report = await announceRelease(
    {
      repo,
      git: (await git.isRepository()) ? git : undefined,
      github: async () =>
        (client ??= await createGitHubClient({
          token: inputs.token,
          apiUrl: context.apiUrl,
          log: actionsLogger
        })),
      defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token }),
      log: actionsLogger
    },
    {
      ...inputs,
      record: Boolean(inputs.token),
      run: {
        branch: context.branch,
        sha: context.sha,
        serverUrl: context.serverUrl,
        runId: context.runId
      }
    }
  )
  const { result } = report
  await setOutputs(
    result === 'dry-run'
      ? { [Output.result]: result }
      : { [Output.result]: result, [Output.status]: report.status ?? '' }
  )
  if (report.failure) {
    error(report.failure.message, undefined, 'notify: the webhook refused the announcement')
    markFailed()
  }
  await appendSummary(
    notifySummary({
      result,
      format: inputs.format,
      url: report.url,
      payload: report.payload,
      failure: report.failure
    })
  )
}
