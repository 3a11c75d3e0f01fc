/** back-merge: inputs -> packages/release/back-merge -> outputs and summary. */
import { readRunContext } from '../../../packages/action-kit/context.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { openCheckout } from '../../../packages/git/checkout.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('back-merge', async () => {
    const given = readInputs()
    const context = readRunContext()
    const git = await openCheckout(given, actionsLogger)
    // An empty source (the default branch) is resolved with the stage's one ls-remote.
    const inputs = given
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
