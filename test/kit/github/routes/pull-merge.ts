import type { RouteContext, RouteResult } from '../types.js'
import type { PullRequest } from '../pull-object.js'
import type { GitIdentity } from '../objects.js'
import { ApiError, unprocessable, validationFailed } from '../api-error.js'
import { RefConflict } from '../bare-repo.js'
import { grantLogin, simpleUser } from '../objects.js'
import { objectBody, optionalField, requireGit } from './support.js'

const NOT_MERGEABLE = 'Pull Request is not mergeable'

/**
 * Merges an open pull request in the bare origin with git, as GitHub's merge button does:
 * 'merge' writes "Merge pull request #N from owner/head" (the title, or `commit_message`, in
 * the body) with the base and head tips as parents; 'squash' writes one commit "title (#N)"
 * on the base tip. The base branch moves only if it still holds the tip the merge started
 * from. A conflict answers 405 'Pull Request is not mergeable'; a stale `sha` 409.
 */
export async function mergePullRequest(ctx: RouteContext, pull: PullRequest): Promise<RouteResult> {
  const body = objectBody(ctx)
  const method = optionalField(body, 'merge_method', 'string') ?? 'merge'
  if (method === 'rebase') {
    throw unprocessable('The fake GitHub merges pull requests with merge_method merge or squash.')
  }
  if (method !== 'merge' && method !== 'squash') {
    throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'merge_method' })
  }
  const expectedHead = optionalField(body, 'sha', 'string')
  const commitTitle = optionalField(body, 'commit_title', 'string')
  const commitMessage = optionalField(body, 'commit_message', 'string')
  if (pull.state !== 'open') throw new ApiError(405, NOT_MERGEABLE)
  const git = requireGit(ctx)
  const headSha = await git.resolveCommit(`refs/heads/${pull.head.ref}`)
  const baseSha = await git.resolveCommit(`refs/heads/${pull.base.ref}`)
  if (!headSha || !baseSha) throw new ApiError(405, NOT_MERGEABLE)
  if (expectedHead !== undefined && expectedHead !== headSha) {
    throw new ApiError(409, 'Head branch was modified. Review and try the merge again.')
  }
  const tree = await git.mergeTree(baseSha, headSha)
  if (!tree) throw new ApiError(405, NOT_MERGEABLE)

  const { server } = ctx
  const now = server.now()
  const merger = simpleUser(server, grantLogin(ctx.grant))
  const author: GitIdentity = {
    name: merger.login,
    email: `${merger.id}+${merger.login}@users.noreply.github.com`,
    date: now
  }
  const committer: GitIdentity = { name: 'GitHub', email: 'noreply@github.com', date: now }
  let message: string
  let parents: string[]
  if (method === 'merge') {
    const subject =
      commitTitle ?? `Merge pull request #${pull.number} from ${server.owner}/${pull.head.ref}`
    message = `${subject}\n\n${commitMessage ?? pull.title}\n`
    parents = [baseSha, headSha]
  } else {
    const subjects = await git.subjectsBetween(baseSha, headSha)
    const details = commitMessage ?? subjects.map((s) => `* ${s}`).join('\n')
    message = `${commitTitle ?? `${pull.title} (#${pull.number})`}\n\n${details}\n`
    parents = [baseSha]
  }
  const sha = await git.commitTree(tree, parents, message, author, committer)
  // GitHub signs the commits of the merge button with its own key.
  server.state.verifiedCommits.add(sha)
  try {
    await git.writeRef(`refs/heads/${pull.base.ref}`, sha, baseSha)
  } catch (error) {
    if (error instanceof RefConflict) {
      throw new ApiError(405, 'Base branch was modified. Review and try the merge again.')
    }
    throw error
  }
  Object.assign(pull, {
    state: 'closed',
    merged: true,
    merged_at: now,
    closed_at: now,
    updated_at: now,
    merge_commit_sha: sha,
    merged_by: merger
  })
  pull.head.sha = headSha
  pull.base.sha = baseSha
  return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } }
}
