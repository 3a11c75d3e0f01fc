/** Git refs through the API, written exactly once (see write-once.ts). */
import type { Repository } from '../action-kit/context.js'
import type { GitHubClient } from './client.js'
import { apiStatus } from './errors.js'
import { NO_BLIND_RETRY, writeOnce } from './write-once.js'

/** The ref `ref` ('refs/tags/v1.3.0') and what it points at; undefined when there is none. */
export async function readRefViaApi(
  github: GitHubClient,
  repository: Repository,
  ref: string
): Promise<{ ref: string; object: { sha: string; type: string } } | undefined> {
  try {
    const { data } = await github.rest.git.getRef({
      ...repository,
      ref: ref.replace(/^refs\//, '')
    })
    // Only the exact ref counts, never one it is a prefix of.
    return data.ref === ref ? data : undefined
  } catch (error) {
    if (apiStatus(error) === 404) return undefined
    throw error
  }
}

/**
 * POST /git/refs, exactly once: after a lost answer the ref is looked up, and a ref already
 * pointing at `sha` is the write applied. A ref pointing elsewhere is left for the 422.
 */
export async function createRefOnce(
  github: GitHubClient,
  repository: Repository,
  ref: string,
  sha: string
): Promise<void> {
  await writeOnce({
    what: `creating ${ref}`,
    send: async () =>
      (await github.rest.git.createRef({ ...repository, ref, sha, request: NO_BLIND_RETRY })).data,
    lookup: async () => {
      const found = await readRefViaApi(github, repository, ref)
      return found?.object.sha === sha ? found : undefined
    }
  })
}
