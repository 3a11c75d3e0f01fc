/** open-release-pr's work, loaded once its inputs are known to be good. */
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import {
  appendSummary,
  error,
  info,
  markFailed,
  warning
} from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { resultLine } from '../../../packages/action-kit/summary.js'
import { Git } from '../../../packages/git/git.js'
import type { AutoMergeOutcome } from '../../../packages/github/auto-merge.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import { openReleasePull } from '../../../packages/release/open-release-pr.js'
import { forecastSection } from '../../../packages/release/release-pr.js'
import { Output, type PullInputs } from './inputs.js'

export async function openReleasePullStep(
  inputs: PullInputs,
  context: RunContext,
  repo: Repository
): Promise<void> {
  const github = await createGitHubClient({
    token: inputs.token,
    apiUrl: context.apiUrl,
    log: actionsLogger
  })
  const git = new Git(inputs.workingDirectory, { log: actionsLogger, token: inputs.token })
  const report = await openReleasePull(
    {
      github,
      repo,
      git: (await git.isRepository()) ? git : undefined,
      defaultBranch: apiDefaultBranch({ context, log: actionsLogger, client: github }),
      log: actionsLogger
    },
    { ...inputs, runBranch: context.branch }
  )
  const { result, pull, forecast, head, base } = report
  await setOutputs({
    [Output.number]: pull?.number ?? '',
    [Output.url]: pull?.url ?? '',
    [Output.conflicts]: JSON.stringify(forecast?.conflicts ?? []),
    ...(result === 'dry-run' ? {} : { [Output.autoMerge]: report.autoMerge?.result ?? '' }),
    [Output.result]: result
  })
  if (result === 'dry-run') {
    await appendSummary(
      resultLine(
        'open-release-pr',
        'dry-run',
        `Would ${pull ? `update [#${pull.number}](${pull.url})` : 'open'} **${report.title}** (\`${head}\` → \`${base}\`) with this body:`
      ) + `\n${report.body}\n`
    )
    return
  }
  await appendSummary(
    resultLine(
      'open-release-pr',
      result,
      `[#${pull!.number} ${report.title}](${pull!.url}): \`${head}\` → \`${base}\`` +
        (report.labels.length > 0 ? `, labels ${report.labels.join(', ')}` : '') +
        (report.milestone.attached ? `, milestone ${report.milestone.title}` : '') +
        '.'
    ) + (forecast ? `\n${forecastSection(forecast).join('\n')}` : '')
  )
  if (report.autoMerge) await reportAutoMerge(report.autoMerge, pull!.number, base)
}

async function reportAutoMerge(
  outcome: AutoMergeOutcome,
  number: number,
  base: string
): Promise<void> {
  if (outcome.result !== 'unavailable') {
    const said = outcome.result === 'enabled' ? 'enabled' : 'already on'
    info(`Auto-merge with a merge commit ${said} on #${number}.`)
    await appendSummary(
      `Auto-merge: ${said} (merge commit): approval merges it into \`${base}\`.\n`
    )
    return
  }
  const message =
    `GitHub did not enable auto-merge on #${number}: ${outcome.reason}. ` +
    (outcome.setting
      ? 'Allow auto-merge in the repository settings (General → Pull Requests), or set auto-merge: false.'
      : `Merge it with "Create a merge commit" once approved (never squash or rebase into \`${base}\`).`)
  if (outcome.setting) {
    error(message, undefined, 'open-release-pr: auto-merge')
    markFailed()
  } else {
    warning(message)
  }
  await appendSummary(`Auto-merge: not enabled: ${outcome.reason}.\n`)
}
