/** create-tag: inputs -> packages/release/create-tag -> outputs and summary. */
import { readRunContext, requireRepository } from '../../../packages/action-kit/context.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('create-tag', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    const repository = requireRepository(context)
    // The work (version evidence, tag, release) loads only now that the inputs are good.
    const { createTagStep } = await import(/* webpackChunkName: "create-tag-step" */ './step.js')
    await createTagStep(inputs, context, repository)
  })
}
