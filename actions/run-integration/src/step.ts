/** run-integration's work, loaded once its inputs are known to be good. */
import type { RunContext } from '../../../packages/action-kit/context.js'
import { relative, resolve } from 'node:path'
import { appendSummary, error, info, markFailed } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { runSuite } from '../../../packages/integration/suite.js'
import { runGrouped } from '../../../packages/shell/grouped.js'
import { Output, type IntegrationInputs } from './inputs.js'
import { dryRunSummary, integrationSummary } from './summary.js'

/** GitHub shows a handful of annotations per step; more only add noise to the log. */
const MAX_TEST_ANNOTATIONS = 50

export async function runIntegrationStep(
  inputs: IntegrationInputs,
  context: RunContext
): Promise<void> {
  if (inputs.dryRun) {
    info(`Dry run: would run the integration suite: ${inputs.run}`)
    await setOutputs({ [Output.result]: 'dry-run' })
    await appendSummary(dryRunSummary(inputs))
    return
  }
  const env: Record<string, string> = {}
  if (inputs.environmentUrl) env.ENVIRONMENT_URL = inputs.environmentUrl
  if (inputs.version) env.DEPLOY_VERSION = inputs.version
  const suite = await runSuite(
    {
      command: inputs.run,
      workingDirectory: inputs.workingDirectory,
      env,
      junit: inputs.junit,
      retries: inputs.retries,
      timeoutMs: inputs.timeoutMs
    },
    { runCommand: runGrouped, log: actionsLogger }
  )
  const { final } = suite
  await setOutputs({
    [Output.passed]: final.counts.passed,
    [Output.failed]: final.counts.failed,
    [Output.skipped]: final.counts.skipped,
    [Output.flaky]: JSON.stringify(suite.flaky),
    [Output.attempts]: suite.attempts.length,
    [Output.result]: suite.result
  })
  // Annotation paths are relative to the repository root, not the working directory.
  const fromRoot = (file: string) =>
    relative(context.workspace, resolve(inputs.workingDirectory, file))
  for (const test of final.failed.slice(0, MAX_TEST_ANNOTATIONS)) {
    const location = test.location && { ...test.location, file: fromRoot(test.location.file) }
    error(test.message ?? 'failed', location, `Failed: ${test.id}`)
  }
  // A report at fault gets its own annotation on the file; without a file, the one error
  // below says it.
  const [reportAt] = final.reportError?.locations ?? []
  if (final.reportError && reportAt) {
    error(final.reportError.message, { ...reportAt, file: fromRoot(reportAt.file) })
  }
  if (suite.flaky.length > 0) info(`Flaky (passed only on a retry): ${suite.flaky.join(', ')}`)
  await appendSummary(integrationSummary(inputs, suite))
  if (suite.result === 'failure') {
    error(
      `Integration suite failed: ${suite.failure ?? ''}. The pipeline stops before production.`,
      undefined,
      'run-integration: failure'
    )
    markFailed()
  }
}
