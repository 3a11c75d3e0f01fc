/** back-merge: inputs -> packages/release/back-merge -> outputs and summary. */
import { readRunContext, requireRepository } from '../../../packages/action-kit/context.js'
import { appendSummary, info, warning } from '../../../packages/action-kit/core.js'
import { ConfigurationError } from '../../../packages/action-kit/errors.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { runAction, setOutputs } from '../../../packages/action-kit/run.js'
import { Git } from '../../../packages/git/git.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { upsertPull } from '../../../packages/github/pulls.js'
import { backMerge } from '../../../packages/release/back-merge.js'
import { Output, readInputs } from './inputs.js'
import { backMergeSummary } from './summary.js'

export async function run(): Promise<void> {
  await runAction('back-merge', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    if (inputs.source === inputs.target) {
      throw new ConfigurationError(`'source' and 'target' are both ${inputs.source}.`, {
        input: 'target'
      })
    }
    const git = new Git(inputs.workingDirectory, {
      log: actionsLogger,
      identity: inputs.identity,
      token: inputs.token
    })
    if (!(await git.isRepository())) {
      throw new ConfigurationError(
        `${inputs.workingDirectory} is not a git checkout; run actions/checkout first.`
      )
    }
    const report = await backMerge(
      git,
      { ...inputs, scratch: context.runnerTemp },
      async (spec) => {
        const github = await createGitHubClient({
          token: inputs.token,
          apiUrl: context.apiUrl,
          log: actionsLogger
        })
        return upsertPull(github, requireRepository(context), spec)
      }
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
  })
}
