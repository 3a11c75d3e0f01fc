/**
 * The GitHub Release of a tag, exactly once: looked up (drafts included) before it is created,
 * so a retried or rerun create finds the first one and updates it instead of adding another.
 */
import semver from '../versioning/semver.js'
import type { Logger } from '../base/logger.js'
import type { GitHubClient } from '../github/client.js'
import { apiStatus, explainApiError, validationCodes } from '../github/errors.js'
import { NO_BLIND_RETRY, writeOnce } from '../github/write-once.js'

export type MakeLatest = 'auto' | 'true' | 'false' | 'legacy'

export interface ReleaseRequest {
  owner: string
  repo: string
  tag: string
  version: string
  sha: string
  name: string
  /** Undefined when there are no notes: a new release gets none, an existing one keeps its own. */
  body: string | undefined
  draft: boolean
  prerelease: boolean
  /** `make_latest` as sent, or undefined for a draft or pre-release (GitHub ignores it there). */
  makeLatest: 'true' | 'false' | 'legacy' | undefined
}

export interface ReleaseOutcome {
  result: 'created' | 'updated' | 'unchanged'
  id: number
  url: string
  draft: boolean
}

/** The fields of a release we read (octokit's type has many more). */
interface ReleaseRecord {
  id: number
  html_url: string
  tag_name: string
  name: string | null
  body?: string | null
  draft: boolean
  prerelease: boolean
}

/**
 * `make_latest` for a release: `auto` gives 'false' when a release tag newer than `version`
 * exists (a hotfix of an older line must not become the latest release) and 'true' otherwise;
 * drafts and pre-releases get none.
 */
export function makeLatestFor(
  version: string,
  releaseVersions: Iterable<string>,
  choice: MakeLatest,
  options: { draft: boolean; prerelease: boolean }
): ReleaseRequest['makeLatest'] {
  if (options.draft || options.prerelease) return undefined
  if (choice !== 'auto') return choice
  for (const other of releaseVersions) {
    if (semver.valid(other) && semver.prerelease(other) === null && semver.gt(other, version))
      return 'false'
  }
  return 'true'
}

/** The release of `tag`, drafts included (GET /releases/tags/{tag} does not see drafts). */
export async function findRelease(
  github: GitHubClient,
  owner: string,
  repo: string,
  tag: string
): Promise<ReleaseRecord | undefined> {
  const found = await github.paginate(
    github.rest.repos.listReleases,
    { owner, repo, per_page: 100 },
    (response, done) => {
      const hit = response.data.filter((r) => r.tag_name === tag)
      if (hit.length > 0) done()
      return hit
    }
  )
  // A published release wins over a leftover draft of the same tag.
  return found.find((r) => !r.draft) ?? found[0]
}

function sameText(a: string | null | undefined, b: string): boolean {
  const normal = (text: string) => text.replace(/\r\n/g, '\n').trim()
  return normal(a ?? '') === normal(b)
}

/** Creates the release of the tag, or brings the existing one up to date; never a second one. */
export async function publishRelease(
  github: GitHubClient,
  request: ReleaseRequest,
  log: Logger
): Promise<ReleaseOutcome> {
  const what = `creating the GitHub Release ${request.tag}`
  try {
    const existing = await findRelease(github, request.owner, request.repo, request.tag)
    if (existing) return await updateRelease(github, request, existing, log)
    try {
      const data = await writeOnce({
        what,
        send: async () =>
          (
            await github.rest.repos.createRelease({
              owner: request.owner,
              repo: request.repo,
              tag_name: request.tag,
              target_commitish: request.sha,
              name: request.name,
              body: request.body ?? '',
              draft: request.draft,
              prerelease: request.prerelease,
              ...(request.makeLatest && { make_latest: request.makeLatest }),
              request: NO_BLIND_RETRY
            })
          ).data,
        lookup: () => findRelease(github, request.owner, request.repo, request.tag),
        log
      })
      return { result: 'created', id: data.id, url: data.html_url, draft: data.draft }
    } catch (error) {
      // A create that GitHub carried out but whose answer was lost comes back, when retried, as
      // 422 already_exists: the release is there, so update it rather than fail.
      if (apiStatus(error) !== 422 || !validationCodes(error).includes('already_exists'))
        throw error
      const created = await findRelease(github, request.owner, request.repo, request.tag)
      if (!created) throw error
      log.info(`The release ${request.tag} already exists (an earlier attempt made it).`)
      // Made by this run's own earlier attempt: created, whatever the update below finds.
      return { ...(await updateRelease(github, request, created, log)), result: 'created' }
    }
  } catch (error) {
    throw explainApiError(error, what)
  }
}

async function updateRelease(
  github: GitHubClient,
  request: ReleaseRequest,
  existing: ReleaseRecord,
  log: Logger
): Promise<ReleaseOutcome> {
  // A published release is never turned back into a draft; a draft is published when asked.
  const publish = existing.draft && !request.draft
  const changes = {
    ...(request.body !== undefined &&
      !sameText(existing.body, request.body) && { body: request.body }),
    ...(existing.name !== request.name && { name: request.name }),
    ...(existing.prerelease !== request.prerelease && { prerelease: request.prerelease }),
    ...(publish && { draft: false })
  }
  if (Object.keys(changes).length === 0) {
    return { result: 'unchanged', id: existing.id, url: existing.html_url, draft: existing.draft }
  }
  log.info(`Updating the release ${request.tag}: ${Object.keys(changes).join(', ')}.`)
  const { data } = await github.rest.repos.updateRelease({
    owner: request.owner,
    repo: request.repo,
    release_id: existing.id,
    ...changes,
    ...(publish && request.makeLatest && { make_latest: request.makeLatest })
  })
  return { result: 'updated', id: data.id, url: data.html_url, draft: data.draft }
}
