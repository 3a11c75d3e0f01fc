/** run-integration: inputs -> packages/integration -> outputs, annotations and summary. */
import { readRunContext } from '../../../packages/action-kit/context.js'
import { readInput } from '../../../packages/action-kit/core.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { reportSkipped } from '../../../packages/action-kit/skip.js'
import { Input, readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('run-integration', async () => {
    if (!readInput(Input.run)) {
      return reportSkipped(
        'run-integration',
        "no integration suite to run (input 'run' is empty)",
        "Set 'run' to the command that runs it against ENVIRONMENT_URL (the reusable workflow's 'integration-command') to turn this stage on."
      )
    }
    const inputs = readInputs()
    const context = readRunContext()
    // The work (suite, JUnit reports) loads only now that the inputs are good.
    const { runIntegrationStep } = await import(
      /* webpackChunkName: "run-integration-step" */ './step.js'
    )
    await runIntegrationStep(inputs, context)
  })
}
