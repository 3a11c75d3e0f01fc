/** notify's work, loaded once its inputs are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, error, info, markFailed } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { Git } from '../../../packages/git/git.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { readProductionVerdict, rolledBack } from '../../../packages/release/rollback-books.js'
import { renderMessage, type Announcement } from '../../../packages/notify/announcement.js'
import { buildJsonPayload } from '../../../packages/notify/json.js'
import { buildSlackMessage } from '../../../packages/notify/slack.js'
import { buildTeamsMessage } from '../../../packages/notify/teams.js'
import { postWebhook, WebhookError } from '../../../packages/notify/webhook.js'
import {
  readChangelogSection,
  resolvePublishedRelease
} from '../../../packages/release/published.js'
import { Output, type NotifyFormat, type NotifyInputs } from './inputs.js'
import { notifySummary } from './summary.js'

export async function notifyStep(
  inputs: NotifyInputs,
  context: RunContext,
  { owner, repo }: Repository
): Promise<void> {
  const git = new Git(inputs.workingDirectory, { log: actionsLogger, token: inputs.token })
  const release = await resolvePublishedRelease((await git.isRepository()) ? git : undefined, {
    versionInput: inputs.version,
    branch: context.branch,
    tagPrefix: inputs.tagPrefix,
    mainBranch: inputs.mainBranch,
    defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token })
  })
  let notes = inputs.releaseNotes
  if (notes === undefined) {
    notes =
      readChangelogSection(inputs.workingDirectory, inputs.changelog, release.version)?.body ?? ''
    if (!notes) {
      actionsLogger.warning(
        `${inputs.changelog} has no section for ${release.version}; announcing without notes (set 'release-notes' to give them).`
      )
    }
  }
  const repository = `${owner}/${repo}`
  const url =
    inputs.releaseUrl ??
    `${context.serverUrl}/${repository}/releases/tag/${encodeURIComponent(release.tag)}`
  const values = { version: release.version, tag: release.tag, url, notes, repository }
  const verdict = inputs.productionEnvironment
    ? await readProductionVerdict(
        await createGitHubClient({
          token: inputs.token,
          apiUrl: context.apiUrl,
          log: actionsLogger
        }),
        { owner, repo },
        inputs.productionEnvironment,
        release.version,
        actionsLogger
      )
    : undefined
  if (rolledBack(verdict)) {
    info(
      `${release.version}'s deployment to ${inputs.productionEnvironment ?? ''} is '${verdict?.state ?? ''}': announcing the rollback.`
    )
  }
  const announcement: Announcement = {
    ...values,
    rolledBack:
      rolledBack(verdict) && inputs.productionEnvironment
        ? {
            environment: inputs.productionEnvironment,
            reason: verdict?.description,
            previousVersion: verdict?.previousVersion
          }
        : undefined,
    message: inputs.message === undefined ? undefined : renderMessage(inputs.message, values),
    sha: context.sha || undefined,
    runUrl: context.runId
      ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
      : undefined
  }
  const payload = buildPayload(inputs.format, announcement)
  if (inputs.dryRun) {
    info(`Would post the ${inputs.format} announcement of ${release.version} to the webhook.`)
    await setOutputs({ [Output.result]: 'dry-run' })
    await appendSummary(notifySummary({ result: 'dry-run', format: inputs.format, url, payload }))
    return
  }
  try {
    const answer = await postWebhook(inputs.webhookUrl, payload, { log: actionsLogger })
    info(`Posted the ${inputs.format} announcement of ${release.version} (HTTP ${answer.status}).`)
    await setOutputs({ [Output.result]: 'success', [Output.status]: answer.status })
    await appendSummary(notifySummary({ result: 'success', format: inputs.format, url, payload }))
  } catch (failure) {
    if (!(failure instanceof WebhookError)) throw failure
    await setOutputs({ [Output.result]: 'failure', [Output.status]: failure.status ?? '' })
    error(failure.message, undefined, 'notify: the webhook refused the announcement')
    markFailed()
    await appendSummary(
      notifySummary({ result: 'failure', format: inputs.format, url, payload, failure })
    )
  }
}

function buildPayload(format: NotifyFormat, announcement: Announcement): unknown {
  if (format === 'slack') return buildSlackMessage(announcement)
  if (format === 'teams') return buildTeamsMessage(announcement)
  return buildJsonPayload(announcement)
}
