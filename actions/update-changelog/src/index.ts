/** update-changelog: inputs -> packages/release/update-changelog (or rebuild) -> outputs and summary. */
import { readRunContext } from '../../../packages/action-kit/context.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { openCheckout } from '../../../packages/git/checkout.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('update-changelog', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    const git = await openCheckout(inputs, actionsLogger)
    // The work (history, changelog, commit) loads only now that inputs and checkout are good.
    const { updateChangelogStep } = await import(
      /* webpackChunkName: "update-changelog-step" */ './step.js'
    )
    await updateChangelogStep(inputs, context, git)
  })
}
