/** back-merge: inputs -> packages/release/back-merge -> outputs and summary. */
import { readRunContext } from '../../../packages/action-kit/context.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { openCheckout } from '../../../packages/git/checkout.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('back-merge', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    if (inputs.source === inputs.target) {
      throw new ConfigurationError(`'source' and 'target' are both ${inputs.source}.`, {
        input: 'target'
      })
    }
    const git = await openCheckout(inputs, actionsLogger)
    // The work (merge, push, pull request) loads only now that inputs and checkout are good.
    const { backMergeStep } = await import('./step.js')
    await backMergeStep(inputs, context, git)
  })
}
