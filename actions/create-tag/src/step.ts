/** create-tag's work, loaded once its inputs are known to be good. */
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, info } from '../../../packages/action-kit/core.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { Git } from '../../../packages/git/git.js'
import { createGitHubClient, type GitHubClient } from '../../../packages/github/client.js'
import { createReleaseTag } from '../../../packages/release/create-tag.js'
import { Output, type CreateTagInputs } from './inputs.js'
import { tagSummary } from './summary.js'

export async function createTagStep(
  inputs: CreateTagInputs,
  context: RunContext,
  repository: Repository
): Promise<void> {
  const checkout = new Git(inputs.workingDirectory, {
    log: actionsLogger,
    identity: inputs.identity,
    token: inputs.token
  })
  const isCheckout = await checkout.isRepository()
  if (!isCheckout && inputs.via === 'git') {
    throw new ConfigurationError(
      `${inputs.workingDirectory} is not a git checkout; run actions/checkout first, or set via: api to tag through the API without one.`
    )
  }
  let client: Promise<GitHubClient> | undefined
  const github = () =>
    (client ??= createGitHubClient({
      token: inputs.token,
      apiUrl: context.apiUrl,
      log: actionsLogger
    }))
  const outcome = await createReleaseTag(
    { repository, git: isCheckout ? checkout : undefined, github, log: actionsLogger },
    {
      ...inputs,
      versionInput: inputs.version,
      sha: inputs.sha ?? (context.sha || undefined),
      branch: context.branch,
      signing:
        inputs.via === 'git'
          ? { mode: inputs.signTag, privateKey: inputs.gpgPrivateKey, scratch: context.runnerTemp }
          : undefined
    }
  )
  const { target, sha } = outcome.plan
  info(
    outcome.result === 'unchanged'
      ? `${target.tag} is already on ${sha} and its release is up to date; nothing to do.`
      : `${target.tag} on ${sha}: ${outcome.result}.`
  )
  await setOutputs({
    [Output.tag]: target.tag,
    [Output.version]: target.version,
    [Output.sha]: sha,
    [Output.releaseUrl]: outcome.release?.url ?? '',
    [Output.releaseId]: outcome.release?.id ?? '',
    [Output.arrival]: outcome.plan.arrival?.kind ?? '',
    [Output.result]: outcome.result
  })
  await appendSummary(tagSummary(outcome, context.serverUrl, repository))
}
