/** close-milestone: released tickets -> Jira version and transitions, GitHub milestone -> outputs. */
import { readRunContext, requireRepository } from '../../../packages/action-kit/context.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('close-milestone', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    const repository = requireRepository(context)
    // The work (tickets, Jira, milestone) loads only now that the inputs are good.
    const { closeMilestoneStep } = await import(
      /* webpackChunkName: "close-milestone-step" */ './step.js'
    )
    await closeMilestoneStep(inputs, context, repository)
  })
}
