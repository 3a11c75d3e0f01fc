/** notify: the release (version, link, notes) -> a Slack, Teams or JSON message to the webhook. */
import { readRunContext, requireRepository } from '../../../packages/action-kit/context.js'
import { readInput } from '../../../packages/action-kit/core.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { reportSkipped } from '../../../packages/action-kit/skip.js'
import { Input, readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('notify', async () => {
    // Only its emptiness is looked at here; a given URL is read (and masked) by readInputs.
    if (!readInput(Input.webhookUrl)) {
      return reportSkipped(
        'notify',
        "no webhook to announce the release to (input 'webhook-url' is empty)",
        "Set 'webhook-url' from a secret (the reusable workflow reads the secret RELEASE_WEBHOOK_URL) to turn this stage on."
      )
    }
    const inputs = readInputs()
    const context = readRunContext()
    const repository = requireRepository(context)
    // The work (release notes, message, webhook) loads only now that the inputs are good.
    const { notifyStep } = await import(/* webpackChunkName: "notify-step" */ './step.js')
    await notifyStep(inputs, context, repository)
  })
}
