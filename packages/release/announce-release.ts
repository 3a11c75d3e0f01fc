/**
 * Step 21 of the process: announce the release to a chat webhook (Slack, Teams or JSON), once:
 * a marker ref records the announcement so a rerun does not post twice, and a release whose
 * production deployment was rolled back is announced as rolled back. Plain values in, the
 * checkout, the GitHub client and a logger injected.
 */
import type { Logger } from '../base/logger.js'
import type { DefaultBranchLookup } from '../git/default-branch.js'
import type { Git } from '../git/git.js'
import type { GitHubClient } from '../github/client.js'
import type { Repository } from '../github/pulls.js'
import { renderMessage, type Announcement } from '../notify/announcement.js'
import { buildJsonPayload } from '../notify/json.js'
import { AnnouncementMarker } from '../notify/marker.js'
import { buildSlackMessage } from '../notify/slack.js'
import { buildTeamsMessage } from '../notify/teams.js'
import { postWebhook, WebhookError } from '../notify/webhook.js'
import { readChangelogSection, resolvePublishedRelease } from './published.js'
import { readProductionVerdict, rolledBack } from './rollback-books.js'

export const NOTIFY_FORMATS = ['slack', 'teams', 'json'] as const
export type NotifyFormat = (typeof NOTIFY_FORMATS)[number]

/** What the workflow asks of the announcement (notify's inputs). */
export interface AnnouncementOptions {
  version?: string
  /** A secret: never printed. */
  webhookUrl: string
  format: NotifyFormat
  message?: string
  releaseUrl?: string
  releaseNotes?: string
  changelog: string
  tagPrefix: string
  mainBranch: string
  /** The production environment whose deployment of the version is checked; undefined: none. */
  productionEnvironment?: string
  /** Post even when the release was already announced to this webhook. */
  repost: boolean
}

export interface AnnouncementRequest extends AnnouncementOptions {
  dryRun: boolean
  workingDirectory: string
  /** Record the announcement in a marker ref (needs a token), so a rerun does not post again. */
  record: boolean
  /** The run: its branch, commit, server and id (for the release and run links). */
  run: { branch?: string; sha?: string; serverUrl: string; runId?: string }
}

export interface AnnouncementServices {
  repo: Repository
  /** The checkout, or undefined without one (then the version must be given). */
  git?: Git
  /** The GitHub client, made on first use. */
  github: () => Promise<GitHubClient>
  defaultBranch: DefaultBranchLookup
  log: Logger
}

export interface AnnouncementReport {
  result: 'success' | 'failure' | 'dry-run' | 'unchanged'
  version: string
  tag: string
  /** The release's link, as announced. */
  url: string
  payload: unknown
  /** The webhook's HTTP status, when it answered. */
  status?: number
  /** Why the webhook refused, with result failure. */
  failure?: WebhookError
}

export async function announceRelease(
  services: AnnouncementServices,
  request: AnnouncementRequest
): Promise<AnnouncementReport> {
  const { repo, log } = services
  const release = await resolvePublishedRelease(services.git, {
    versionInput: request.version,
    branch: request.run.branch,
    tagPrefix: request.tagPrefix,
    mainBranch: request.mainBranch,
    defaultBranch: services.defaultBranch
  })
  let notes = request.releaseNotes
  if (notes === undefined) {
    notes =
      readChangelogSection(request.workingDirectory, request.changelog, release.version)?.body ?? ''
    if (!notes) {
      log.warning(
        `${request.changelog} has no section for ${release.version}; announcing without notes (set 'release-notes' to give them).`
      )
    }
  }
  const repository = `${repo.owner}/${repo.repo}`
  const url =
    request.releaseUrl ??
    `${request.run.serverUrl}/${repository}/releases/tag/${encodeURIComponent(release.tag)}`
  const values = { version: release.version, tag: release.tag, url, notes, repository }
  const verdict = request.productionEnvironment
    ? await readProductionVerdict(
        await services.github(),
        repo,
        request.productionEnvironment,
        release.version,
        log
      )
    : undefined
  if (rolledBack(verdict)) {
    log.info(
      `${release.version}'s deployment to ${request.productionEnvironment ?? ''} is '${verdict?.state ?? ''}': announcing the rollback.`
    )
  }
  const announcement: Announcement = {
    ...values,
    rolledBack:
      rolledBack(verdict) && request.productionEnvironment
        ? {
            environment: request.productionEnvironment,
            reason: verdict?.description,
            previousVersion: verdict?.previousVersion
          }
        : undefined,
    message: request.message === undefined ? undefined : renderMessage(request.message, values),
    sha: request.run.sha || undefined,
    runUrl: request.run.runId
      ? `${request.run.serverUrl}/${repository}/actions/runs/${request.run.runId}`
      : undefined
  }
  const payload = buildPayload(request.format, announcement)
  const report = { version: release.version, tag: release.tag, url, payload }
  if (request.dryRun) {
    log.info(`Would post the ${request.format} announcement of ${release.version} to the webhook.`)
    return { ...report, result: 'dry-run' }
  }
  const marker = request.record
    ? await AnnouncementMarker.open(
        await services.github(),
        repo,
        {
          tag: release.tag,
          webhookUrl: request.webhookUrl,
          format: request.format,
          fallbackSha: request.run.sha || undefined
        },
        log
      )
    : undefined
  if (!marker) {
    log.warning(
      'The announcement is not recorded (no token or nothing to mark): a rerun would post it again.'
    )
  }
  const { already, claimed } = marker
    ? await announcedBefore(marker, request.repost, log)
    : { already: undefined, claimed: false }
  if (already) {
    log.info(
      `${release.version} was already announced to this webhook (${already}; recorded in ${marker?.ref}); ` +
        "not posted again. Set 'repost: true' to post it again."
    )
    return { ...report, result: 'unchanged' }
  }
  try {
    const answer = await postWebhook(request.webhookUrl, payload, { log })
    log.info(
      `Posted the ${request.format} announcement of ${release.version} (HTTP ${answer.status}).`
    )
    return { ...report, result: 'success', status: answer.status }
  } catch (failure) {
    if (!(failure instanceof WebhookError)) throw failure
    // Surely not shown: the record goes, so a rerun posts. Maybe shown: it stays (no double post).
    if (!failure.uncertain && claimed) await marker?.release()
    return { ...report, result: 'failure', status: failure.status, failure }
  }
}

/**
 * Says why not to post ('by an earlier run', 'by a concurrent run'), or nothing after claiming
 * the record for this run (or when `repost` asks to post anyway), and whether this run made it.
 * The claim is atomic, so of two runs at once only one posts.
 */
async function announcedBefore(
  marker: AnnouncementMarker,
  repost: boolean,
  log: Logger
): Promise<{ already?: string; claimed: boolean }> {
  if (marker.found) return { already: repost ? undefined : 'by an earlier run', claimed: false }
  const claim = await marker.claim(log)
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
