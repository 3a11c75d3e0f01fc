/** bump-version's work, loaded once its inputs and the checkout are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import type { RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, info, notice } from '../../../packages/action-kit/core.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import type { Git } from '../../../packages/git/git.js'
import { bumpToRelease } from '../../../packages/release/bump-version.js'
import { stepPublisher } from '../../../packages/release/commit-via.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { Output, type BumpInputs } from './inputs.js'
import { bumpSummary, derivedSummary } from './summary.js'

export async function bumpVersionStep(
  inputs: BumpInputs,
  context: RunContext,
  git: Git
): Promise<void> {
  const outcome = await bumpToRelease(git, {
    ...inputs,
    versionInput: inputs.version,
    branch: context.branch,
    defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token }),
    message: inputs.commitMessage,
    publisher: stepPublisher(inputs.commitVia, {
      token: inputs.token,
      context,
      log: actionsLogger
    })
  })
  const { target, previousVersion } = outcome
  if (outcome.result === 'derived') {
    notice(outcome.notice)
    await setOutputs({
      [Output.version]: target.version,
      [Output.previousVersion]: previousVersion ?? '',
      [Output.tag]: target.tag,
      [Output.changedFiles]: '[]',
      [Output.commitSha]: '',
      [Output.result]: 'derived'
    })
    await appendSummary(derivedSummary(target, outcome.derivedFrom))
    return
  }
  const result = outcome.bump
  info(
    result.result === 'unchanged'
      ? `Every version file already says ${target.version}; nothing to do.`
      : `${result.result === 'dry-run' ? 'Would bump' : 'Bumped'} ${result.changes.length} file(s) to ${target.version}.`
  )
  await setOutputs({
    [Output.version]: target.version,
    [Output.previousVersion]: previousVersion ?? '',
    [Output.tag]: target.tag,
    [Output.changedFiles]: JSON.stringify(result.changes.map((c) => c.file)),
    [Output.commitSha]: result.commitSha ?? '',
    [Output.result]: result.result
  })
  await appendSummary(bumpSummary(target, result, previousVersion))
}
