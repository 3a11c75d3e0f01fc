/** bump-version: inputs -> packages/release/bump-version -> outputs and summary. */
import { readRunContext } from '../../../packages/action-kit/context.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { openCheckout } from '../../../packages/git/checkout.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('bump-version', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    const git = await openCheckout(inputs, actionsLogger)
    // The work (version files, policy, commit) loads only now that inputs and checkout are good.
    const { bumpVersionStep } = await import(
      /* webpackChunkName: "bump-version-step" */ './step.js'
    )
    await bumpVersionStep(inputs, context, git)
  })
}
