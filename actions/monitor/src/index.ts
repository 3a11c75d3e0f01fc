/** monitor: inputs -> packages/monitor (watch, then breach handling) -> outputs and summary. */
import { readRunContext } from '../../../packages/action-kit/context.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('monitor', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    // The work (probes, queries, verdict, rollback) loads only now that the inputs are good.
    const { monitorStep } = await import('./step.js')
    await monitorStep(inputs, context)
  })
}
