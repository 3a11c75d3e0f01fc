/** start-release: inputs -> packages/release/start-release -> outputs and summary. */
import { readRunContext } from '../../../packages/action-kit/context.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { openCheckout } from '../../../packages/git/checkout.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('start-release', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    const git = await openCheckout(inputs, actionsLogger)
    // The work (plan, push, milestone) loads only now that inputs and checkout are good.
    const { startReleaseStep } = await import(
      /* webpackChunkName: "start-release-step" */ './step.js'
    )
    await startReleaseStep(inputs, context, git)
  })
}
