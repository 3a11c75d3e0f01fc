/** deploy: inputs -> packages/release/deploy-release.ts -> outputs and summary. */
import { readRunContext, requireRepository } from '../../../packages/action-kit/context.js'
import { readInput } from '../../../packages/action-kit/core.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { reportSkipped } from '../../../packages/action-kit/skip.js'
import { Input, readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('deploy', async () => {
    if (!readInput(Input.run)) {
      const environment = readInput(Input.environment)
      return reportSkipped(
        'deploy',
        `no deploy command for ${environment ? `'${environment}'` : 'the environment'} (input 'run' is empty)`,
        "Set 'run' to the command that deploys (the reusable workflow's 'deploy-command') to turn this stage on."
      )
    }
    const context = readRunContext()
    const inputs = readInputs(context)
    const repository = requireRepository(context)
    // The work (deployment record, command, health gate) loads only now that inputs are good.
    const { deployStep } = await import(/* webpackChunkName: "deploy-step" */ './step.js')
    await deployStep(inputs, context, repository)
  })
}
