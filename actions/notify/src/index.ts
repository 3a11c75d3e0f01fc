/** notify: the release (version, link, notes) -> a Slack, Teams or JSON message to the webhook. */
import { readRunContext, requireRepository } from '../../../packages/action-kit/context.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('notify', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    const repository = requireRepository(context)
    // The work (release notes, message, webhook) loads only now that the inputs are good.
    const { notifyStep } = await import('./step.js')
    await notifyStep(inputs, context, repository)
  })
}
