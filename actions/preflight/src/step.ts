/** preflight's checks, loaded once its inputs and the checkout are known to be good. */
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, error, markFailed, warning } from '../../../packages/action-kit/core.js'
import { ConfigurationError, type FileLocation } from '../../../packages/base/errors.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { remoteDefaultBranch } from '../../../packages/git/default-branch.js'
import { Git } from '../../../packages/git/git.js'
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { originRefs, type PreflightCheck } from '../../../packages/preflight/checks.js'
import { createPreflightGitHub } from '../../../packages/preflight/github-reads.js'
import { runPreflight } from '../../../packages/preflight/preflight.js'
import { detectTokenKind } from '../../../packages/preflight/token-kind.js'
import { Output, type PreflightInputs } from './inputs.js'
import { preflightSummary } from './summary.js'

export async function preflightStep(
  inputs: PreflightInputs & { token: string },
  context: RunContext,
  repository: Repository,
  git: Git
): Promise<void> {
  const token = detectTokenKind(inputs.token, inputs.githubToken)
  const client = await createGitHubClient({
    token: inputs.token,
    apiUrl: context.apiUrl,
    log: actionsLogger
  })
  // One ls-remote for the stage: origin's HEAD (when main-branch is empty) with what the checks read.
  const origin = originRefs(git, inputs.tagPrefix, !inputs.mainBranch)
  if (!inputs.mainBranch) await origin()
  const mainBranch =
    inputs.mainBranch ||
    (await remoteDefaultBranch(git, apiDefaultBranch({ context, log: actionsLogger, client })))
  if (!mainBranch) {
    throw new ConfigurationError(
      "The repository's default branch is unknown (origin has no HEAD, the event does not name it, GitHub did not say it); " +
        "set the 'main-branch' input to the branch releases merge into (e.g. main or master).",
      { input: 'main-branch' }
    )
  }
  const report = await runPreflight(
    { git, github: createPreflightGitHub(client, repository), origin },
    {
      stages: inputs.stages,
      token,
      mainBranch,
      developBranch: inputs.developBranch,
      currentBranch: context.branch ?? (await git.currentBranch()),
      workingDirectory: inputs.workingDirectory,
      files: inputs.files,
      changelogPath: inputs.changelogPath,
      tagPrefix: inputs.tagPrefix,
      commitVia: inputs.commitVia
    }
  )
  for (const check of report.checks) annotate(check)
  await setOutputs({
    [Output.tokenKind]: token.kind,
    [Output.result]: report.result,
    [Output.mergeMethods]: report.mergeMethods ? JSON.stringify(report.mergeMethods) : '',
    [Output.checks]: JSON.stringify(
      report.checks.map(({ check, status, detail }) => ({ check, status, detail }))
    )
  })
  await appendSummary(preflightSummary(report, inputs.stages))
  if (report.result === 'failure') markFailed()
}

/** One annotation per finding: at each file location when there are some, else one for the check. */
function annotate(check: PreflightCheck): void {
  if (check.status === 'pass') return
  const title = `preflight: ${check.check}`
  const places: Array<{ message: string; location?: FileLocation }> = check.locations?.length
    ? check.locations.map(({ message, ...location }) => ({ message, location }))
    : [{ message: check.detail }]
  for (const { message, location } of places) {
    if (check.status === 'fail') error(message, location, title)
    else warning(message, location)
  }
}
