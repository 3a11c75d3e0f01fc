/** back-merge's work, loaded once its inputs and the checkout are known to be good. */
import { requireRepository, type RunContext } from '../../../packages/action-kit/context.js'
import {
  appendSummary,
  error,
  info,
  markFailed,
  warning
} from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { remoteDefaultBranch } from '../../../packages/git/default-branch.js'
import type { Git } from '../../../packages/git/git.js'
import { createGitHubClient, type GitHubClient } from '../../../packages/github/client.js'
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import { upsertPull } from '../../../packages/github/pulls.js'
import { backMerge } from '../../../packages/release/back-merge.js'
import { mergedReleasePull } from '../../../packages/release/arrival.js'
import { stepMergePublisher } from '../../../packages/release/commit-via.js'
import { Output, type BackMergeInputs } from './inputs.js'
import { backMergeSummary } from './summary.js'

export async function backMergeStep(
  inputs: BackMergeInputs,
  context: RunContext,
  git: Git
): Promise<void> {
  const publishMerge = stepMergePublisher(inputs.commitVia, {
    token: inputs.token,
    context,
    log: actionsLogger
  })
  let client: Promise<GitHubClient> | undefined
  const github = () =>
    (client ??= createGitHubClient({
      token: inputs.token,
      apiUrl: context.apiUrl,
      log: actionsLogger
    }))
  const report = await backMerge(
    git,
    {
      ...inputs,
      scratch: context.runnerTemp,
      publishMerge,
      // Origin's HEAD not listed: the clone's note of it, the event, the API.
      defaultSource: async () =>
        (await remoteDefaultBranch(
          git,
          apiDefaultBranch({ context, log: actionsLogger, token: inputs.token })
        )) ?? ''
    },
    async (spec) => upsertPull(await github(), requireRepository(context), spec),
    async (sha) =>
      mergedReleasePull(await github(), requireRepository(context), sha, inputs.patterns)
  )
  for (const t of report.targets) {
    if (t.result === 'pull-request') {
      warning(
        `${report.source} was not merged into ${t.target} directly (${t.reason === 'conflict' ? `conflicts: ${t.conflicts.join(', ')}` : 'protected branch'}); ` +
          `pull request ${t.pullRequestUrl ?? ''} waits for a person.`
      )
    } else {
      info(
        `${t.target}: ${t.result}${t.conflicts.length ? ` (would conflict: ${t.conflicts.join(', ')})` : ''} at ${t.sha.slice(0, 12)}`
      )
    }
  }
  const primary = report.targets[0]
  await setOutputs({
    [Output.result]: report.result,
    [Output.sha]: primary.result === 'pull-request' ? '' : primary.sha,
    [Output.ancestry]: primary.ancestry,
    [Output.pullRequestUrl]: report.targets.find((t) => t.pullRequestUrl)?.pullRequestUrl ?? '',
    [Output.targets]: JSON.stringify(
      report.targets.map((t) => ({
        target: t.target,
        result: t.result,
        sha: t.result === 'pull-request' ? '' : t.sha,
        conflicts: t.conflicts,
        pullRequestUrl: t.pullRequestUrl ?? ''
      }))
    )
  })
  await appendSummary(backMergeSummary(report))
  const broken = report.targets.filter((t) => t.ancestry === 'no')
  if (broken.length > 0) {
    error(
      `${report.source} is not an ancestor of ${broken.map((t) => t.target).join(', ')} on origin after the back-merge ` +
        '(someone pushed over the merge?): git-flow relies on it. Merge it again with a merge commit.',
      undefined,
      'back-merge: ancestry'
    )
    markFailed()
  }
}
