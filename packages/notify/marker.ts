/**
 * The durable record of an announcement: a ref `refs/release-actions/notify/<tag>/<key>` in the
 * repository, pointing at the tag (or the run's commit), where `key` tells the webhook and format
 * apart without showing the URL (a secret). A ref is created atomically (a second POST of the
 * same name gets 422), so it survives reruns and decides between concurrent runs: the run that
 * created it posts, the other says `unchanged`. It is made before the post and removed only when
 * the webhook surely refused, so a lost answer never leads to a second post.
 */
import { createHash } from 'node:crypto'
import type { Repository } from '../action-kit/context.js'
import type { Logger } from '../base/logger.js'
import type { GitHubClient } from '../github/client.js'
import { apiStatus, explainApiError, isSecondaryRateLimit } from '../github/errors.js'
import { createRefOnce, readRefViaApi } from '../github/refs.js'

/** What notify announces to: one key per webhook and format. */
export interface AnnouncementTarget {
  tag: string
  webhookUrl: string
  format: string
  /** The commit to point at when the tag is not there (the run's commit). */
  fallbackSha?: string
}

/** The marker's ref name for a target: the tag, then a hash of the webhook URL and format. */
export function markerRef(target: AnnouncementTarget): string {
  const key = createHash('sha256')
    .update(`${target.format}\n${target.webhookUrl}`)
    .digest('hex')
    .slice(0, 16)
  return `refs/release-actions/notify/${target.tag}/${target.format}-${key}`
}

export class AnnouncementMarker {
  private constructor(
    private readonly github: GitHubClient,
    private readonly repository: Repository,
    readonly ref: string,
    private readonly sha: string,
    /** Whether the record was there when the marker was opened (an earlier run announced). */
    readonly found: boolean
  ) {}

  /**
   * The marker of `target`, or undefined (with a warning) when none can be kept: no object to
   * point at, or a token that may not read refs.
   */
  static async open(
    github: GitHubClient,
    repository: Repository,
    target: AnnouncementTarget,
    log: Logger
  ): Promise<AnnouncementMarker | undefined> {
    const ref = markerRef(target)
    // The tag and the record are read at once: one API round trip where two followed each other.
    // Their failures are reported in that order, whichever answered first.
    const [tagRef, record] = await Promise.allSettled([
      readRef(github, repository, `tags/${target.tag}`),
      readRef(github, repository, ref.slice('refs/'.length))
    ])
    if (tagRef.status === 'rejected') throw tagRef.reason
    const sha = tagRef.value?.object.sha ?? target.fallbackSha
    if (!sha) {
      log.warning(
        `No tag ${target.tag} and no commit to mark the announcement on: a rerun would post again.`
      )
      return undefined
    }
    if (record.status === 'rejected') throw record.reason
    return new AnnouncementMarker(github, repository, ref, sha, record.value !== undefined)
  }

  /** True when an earlier or concurrent run announced (or is announcing) to this target. */
  async exists(): Promise<boolean> {
    return (
      (await readRef(this.github, this.repository, this.ref.slice('refs/'.length))) !== undefined
    )
  }

  /**
   * Creates the marker: 'claimed', 'taken' when another run made it first, or 'unrecorded'
   * (with a warning) when the token may not write refs.
   */
  async claim(log: Logger): Promise<'claimed' | 'taken' | 'unrecorded'> {
    try {
      await createRefOnce(this.github, this.repository, this.ref, this.sha)
      return 'claimed'
    } catch (error) {
      if (apiStatus(error) === 422 && (await this.exists())) return 'taken'
      if (apiStatus(error) === 403 && !isSecondaryRateLimit(error)) {
        log.warning(
          `The announcement cannot be recorded: ${explainApiError(error, `creating ${this.ref}`).message} ` +
            'Without the record a rerun would post it again.'
        )
        return 'unrecorded'
      }
      throw explainApiError(error, 'recording the announcement (a ref)')
    }
  }

  /** Removes the marker after the webhook surely refused, so a rerun posts again. */
  async release(): Promise<void> {
    try {
      await this.github.rest.git.deleteRef({
        ...this.repository,
        ref: this.ref.slice('refs/'.length)
      })
    } catch (error) {
      if (apiStatus(error) === 422 || apiStatus(error) === 404) return
      throw explainApiError(error, 'removing the announcement record (a ref)')
    }
  }
}

async function readRef(
  github: GitHubClient,
  repository: Repository,
  ref: string
): Promise<{ object: { sha: string } } | undefined> {
  try {
    return await readRefViaApi(github, repository, `refs/${ref}`)
  } catch (error) {
    throw explainApiError(error, `reading refs/${ref}`)
  }
}
