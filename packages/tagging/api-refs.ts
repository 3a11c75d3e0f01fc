/**
 * Tags through the git database API, for `via: api` (no clone needed): read a tag ref, make an
 * annotated tag (tag object, then ref), list release tags, move a floating tag, read a commit.
 */
import type { GitIdentity } from '../git/git.js'
import type { RemoteTag } from '../git/tags.js'
import type { GitHubClient } from '../github/client.js'
import { apiStatus, explainApiError, ruleViolation } from '../github/errors.js'
import { createRefOnce } from '../github/refs.js'
import type { Repository } from '../action-kit/context.js'

export type { Repository }

async function orUndefinedOn404<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call()
  } catch (error) {
    if (apiStatus(error) === 404) return undefined
    throw error
  }
}

/** The tag `name` and whether a branch has that name, through GET /git/ref. */
export async function readNameViaApi(
  github: GitHubClient,
  repository: Repository,
  name: string
): Promise<{ tag?: RemoteTag; branch: boolean }> {
  try {
    const [tagRef, branchRef] = await Promise.all([
      orUndefinedOn404(() => github.rest.git.getRef({ ...repository, ref: `tags/${name}` })),
      orUndefinedOn404(() => github.rest.git.getRef({ ...repository, ref: `heads/${name}` }))
    ])
    const branch = branchRef !== undefined && branchRef.data.ref === `refs/heads/${name}`
    if (!tagRef || tagRef.data.ref !== `refs/tags/${name}`) return { branch }
    const { sha, type } = tagRef.data.object
    if (type !== 'tag') return { branch, tag: { name, commit: sha, object: sha, annotated: false } }
    const { data } = await github.rest.git.getTag({ ...repository, tag_sha: sha })
    return { branch, tag: { name, commit: data.object.sha, object: sha, annotated: true } }
  } catch (error) {
    throw explainApiError(error, `reading the tag ${name}`)
  }
}

/**
 * Makes the annotated tag through the API: the tag object (tagger = the bot identity), then
 * `refs/tags/<name>`. Returns 'exists' when the ref appeared meanwhile (422), for a re-check.
 */
export async function createTagViaApi(
  github: GitHubClient,
  repository: Repository,
  tag: { name: string; sha: string; message: string; tagger: GitIdentity }
): Promise<'created' | 'exists'> {
  try {
    const { data: object } = await github.rest.git.createTag({
      ...repository,
      tag: tag.name,
      message: tag.message,
      object: tag.sha,
      type: 'commit',
      tagger: { ...tag.tagger, date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') }
    })
    try {
      await createRefOnce(github, repository, `refs/tags/${tag.name}`, object.sha)
    } catch (error) {
      // A ruleset's refusal is a 422 too: only "already exists" means someone made the tag.
      if (apiStatus(error) === 422 && !ruleViolation(error)) return 'exists'
      throw error
    }
    return 'created'
  } catch (error) {
    throw explainApiError(error, `creating the tag ${tag.name}`)
  }
}

/** Every tag of the repository, name -> commit, through the paginated GET /tags. */
export async function listTagsViaApi(
  github: GitHubClient,
  repository: Repository
): Promise<Map<string, string>> {
  try {
    const tags = await github.paginate(github.rest.repos.listTags, {
      ...repository,
      per_page: 100
    })
    return new Map(tags.map((t) => [t.name, t.commit.sha]))
  } catch (error) {
    throw explainApiError(error, 'listing the tags')
  }
}

/** Points the floating tag `name` at `sha`: creates the ref, or moves it (forced, by design). */
export async function moveFloatingTagViaApi(
  github: GitHubClient,
  repository: Repository,
  name: string,
  sha: string,
  exists: boolean
): Promise<void> {
  try {
    if (exists) {
      await github.rest.git.updateRef({ ...repository, ref: `tags/${name}`, sha, force: true })
    } else {
      await createRefOnce(github, repository, `refs/tags/${name}`, sha)
    }
  } catch (error) {
    throw explainApiError(error, `moving the tag ${name}`)
  }
}

/** The message of a commit, through GET /repos/{owner}/{repo}/commits/{sha}. */
export async function commitMessageViaApi(
  github: GitHubClient,
  repository: Repository,
  sha: string
): Promise<{ sha: string; message: string; parents: number }> {
  try {
    const { data } = await github.rest.repos.getCommit({ ...repository, ref: sha })
    return { sha: data.sha, message: data.commit.message, parents: data.parents.length }
  } catch (error) {
    throw explainApiError(error, `reading the commit ${sha}`)
  }
}
