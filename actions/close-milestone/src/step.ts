/** close-milestone's work, loaded once its inputs are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { reportSkipped } from '../../../packages/action-kit/skip.js'
import { Git } from '../../../packages/git/git.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { closeRelease } from '../../../packages/release/close-release.js'
import { Output, type CloseMilestoneInputs } from './inputs.js'
import { closeMilestoneSummary } from './summary.js'

export async function closeMilestoneStep(
  inputs: CloseMilestoneInputs,
  context: RunContext,
  repo: Repository
): Promise<void> {
  const git = new Git(inputs.workingDirectory, { log: actionsLogger, token: inputs.token })
  const report = await closeRelease(
    {
      repo,
      git: (await git.isRepository()) ? git : undefined,
      github: () =>
        createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl, log: actionsLogger }),
      defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token }),
      log: actionsLogger
    },
    { ...inputs, runBranch: context.branch }
  )
  const { result, milestone, jira } = report
  if (result === 'skipped') {
    return reportSkipped('close-milestone', report.skipped!.reason, report.skipped!.hint)
  }
  await setOutputs({
    [Output.closedIssues]: JSON.stringify(jira?.tickets.map((t) => t.key) ?? []),
    [Output.skippedIssues]: JSON.stringify(jira?.skipped.map((s) => s.key) ?? []),
    [Output.carriedOver]: JSON.stringify(milestone.carried),
    [Output.milestoneUrl]: milestone.url ?? '',
    [Output.jiraVersionId]: jira?.versionId ?? '',
    [Output.result]: result
  })
  await appendSummary(
    closeMilestoneSummary({
      result,
      version: report.version,
      milestoneTitle: report.milestoneTitle,
      carryOver: inputs.carryOver,
      milestone,
      jira
    })
  )
}
