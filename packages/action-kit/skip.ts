/**
 * An optional stage whose essential input is empty (SPEC: deploy's command, run-integration's
 * command, monitor's URLs, notify's webhook, close-milestone's Jira and milestone) succeeds with
 * `result: skipped`, a notice and a summary line naming what to set, so a pipeline goes on: a
 * library with no deployments still gets its tag, release, back-merge and notes.
 */
import { appendSummary, notice } from './core.js'
import { setOutputs } from './run.js'
import { resultLine } from './summary.js'

export const SKIPPED = 'skipped'

/** Reports the stage as skipped; `reason` says what is empty, `enable` what to set to turn it on. */
export async function reportSkipped(action: string, reason: string, enable: string): Promise<void> {
  notice(`${action} skipped: ${reason}. ${enable}`)
  await setOutputs({ result: SKIPPED })
  await appendSummary(resultLine(action, SKIPPED, `${reason}. ${enable}`))
}
