/** notify's work, loaded once its inputs are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, error, info, markFailed } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { Git } from '../../../packages/git/git.js'
import { createGitHubClient, type GitHubClient } from '../../../packages/github/client.js'
import { AnnouncementMarker } from '../../../packages/notify/marker.js'
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
  let client: GitHubClient | undefined
  const github = async () =>
    (client ??= await createGitHubClient({
      token: inputs.token,
      apiUrl: context.apiUrl,
      log: actionsLogger
    }))
  const verdict = inputs.productionEnvironment
    ? await readProductionVerdict(
        await github(),
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
  const marker = inputs.token
    ? await AnnouncementMarker.open(
        await github(),
        { owner, repo },
        {
          tag: release.tag,
          webhookUrl: inputs.webhookUrl,
          format: inputs.format,
          fallbackSha: context.sha || undefined
        },
        actionsLogger
      )
    : undefined
  if (!marker) {
    actionsLogger.warning(
      'The announcement is not recorded (no token or nothing to mark): a rerun would post it again.'
    )
  }
  const { already, claimed } = marker
    ? await announcedBefore(marker, inputs.repost)
    : { already: undefined, claimed: false }
  if (already) {
    info(
      `${release.version} was already announced to this webhook (${already}; recorded in ${marker?.ref}); ` +
        "not posted again. Set 'repost: true' to post it again."
    )
    await setOutputs({ [Output.result]: 'unchanged', [Output.status]: '' })
    await appendSummary(notifySummary({ result: 'unchanged', format: inputs.format, url, payload }))
    return
  }
  try {
    const answer = await postWebhook(inputs.webhookUrl, payload, { log: actionsLogger })
    info(`Posted the ${inputs.format} announcement of ${release.version} (HTTP ${answer.status}).`)
    await setOutputs({ [Output.result]: 'success', [Output.status]: answer.status })
    await appendSummary(notifySummary({ result: 'success', format: inputs.format, url, payload }))
  } catch (failure) {
    if (!(failure instanceof WebhookError)) throw failure
    // Surely not shown: the record goes, so a rerun posts. Maybe shown: it stays (no double post).
    if (!failure.uncertain && claimed) await marker?.release()
    await setOutputs({ [Output.result]: 'failure', [Output.status]: failure.status ?? '' })
    error(failure.message, undefined, 'notify: the webhook refused the announcement')
    markFailed()
    await appendSummary(
      notifySummary({ result: 'failure', format: inputs.format, url, payload, failure })
    )
  }
}

/**
 * Says why not to post ('by an earlier run', 'by a concurrent run'), or nothing after claiming
 * the record for this run (or when `repost` asks to post anyway), and whether this run made it. The claim is atomic, so of two
 * runs at once only one posts.
 */
async function announcedBefore(
  marker: AnnouncementMarker,
  repost: boolean
): Promise<{ already?: string; claimed: boolean }> {
  if (await marker.exists())
    return { already: repost ? undefined : 'by an earlier run', claimed: false }
  const claim = await marker.claim(actionsLogger)
  return {
    already: claim === 'taken' && !repost ? 'by a concurrent run' : undefined,
    claimed: claim === 'claimed'
  }
}

function buildPayload(format: NotifyFormat, announcement: Announcement): unknown {
  if (format === 'slack') return buildSlackMessage(announcement)
  if (format === 'teams') return buildTeamsMessage(announcement)
  return buildJsonPayload(announcement)
}
