/** monitor: inputs -> packages/release/monitor-release.ts -> outputs and summary. */
import { readRunContext } from '../../../packages/action-kit/context.js'
import { readInput } from '../../../packages/action-kit/core.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { reportSkipped } from '../../../packages/action-kit/skip.js'
import { Input, readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('monitor', async () => {
    if (!readInput(Input.urls) && !readInput(Input.prometheusUrl) && !readInput(Input.query)) {
      return reportSkipped(
        'monitor',
        "nothing to watch (inputs 'urls', 'prometheus-url' and 'query' are empty)",
        "Set 'urls' (one per line; the reusable workflow's 'monitor-urls' or 'production-health-url'), or 'prometheus-url' with 'query', to turn this stage on."
      )
    }
    const inputs = readInputs()
    const context = readRunContext()
    // The work (probes, queries, verdict, rollback) loads only now that the inputs are good.
    const { monitorStep } = await import(/* webpackChunkName: "monitor-step" */ './step.js')
    await monitorStep(inputs, context)
  })
}
