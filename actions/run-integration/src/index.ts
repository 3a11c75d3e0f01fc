/** run-integration: inputs -> packages/integration -> outputs, annotations and summary. */
import { readRunContext } from '../../../packages/action-kit/context.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('run-integration', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    // The work (suite, JUnit reports) loads only now that the inputs are good.
    const { runIntegrationStep } = await import('./step.js')
    await runIntegrationStep(inputs, context)
  })
}
