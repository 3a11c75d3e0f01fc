/** back-merge: inputs -> packages/release/back-merge -> outputs and summary. */
import { readRunContext, type RunContext } from '../../../packages/action-kit/context.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { openCheckout } from '../../../packages/git/checkout.js'
import { remoteDefaultBranch } from '../../../packages/git/default-branch.js'
import type { Git } from '../../../packages/git/git.js'
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import { readInputs } from './inputs.js'

/** An empty `source`: the repository's default branch, by the rule every action follows. */
async function defaultSource(git: Git, context: RunContext, token?: string): Promise<string> {
  const fromApi = apiDefaultBranch({ context, log: actionsLogger, token })
  const branch = await remoteDefaultBranch(git, fromApi)
  if (branch) return branch
  throw new ConfigurationError(
    "The repository's default branch is unknown (origin has no HEAD, the event and the API do not say it); " +
      "set the 'source' input to the branch the release was merged into.",
    { input: 'source' }
  )
}

export async function run(): Promise<void> {
  await runAction('back-merge', async () => {
    const given = readInputs()
    const context = readRunContext()
    const git = await openCheckout(given, actionsLogger)
    const source = given.source || (await defaultSource(git, context, given.token))
    const inputs = { ...given, source }
    if (inputs.source === inputs.target) {
      throw new ConfigurationError(`'source' and 'target' are both ${inputs.source}.`, {
        input: 'target'
      })
    }
    // The work (merge, push, pull request) loads only now that inputs and checkout are good.
    const { backMergeStep } = await import(/* webpackChunkName: "back-merge-step" */ './step.js')
    await backMergeStep(inputs, context, git)
  })
}
