/** deploy: inputs -> packages/deploy -> outputs and summary. */
import { readRunContext, requireRepository } from '../../../packages/action-kit/context.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('deploy', async () => {
    const context = readRunContext()
    const inputs = readInputs(context)
    const repository = requireRepository(context)
    // The work (deployment record, command, health gate) loads only now that inputs are good.
    const { deployStep } = await import('./step.js')
    await deployStep(inputs, context, repository)
  })
}
