/**
 * `POST /repos/{owner}/{repo}/merges`: merges `head` (a branch or a commit) into branch `base`
 * with a merge commit GitHub writes and signs (verified), as `git merge --no-ff` would: the
 * tree of `git merge-tree`, parents base and head. 204 when head is already in base, 409
 * 'Merge conflict' when the trees conflict, 404 when either side does not exist. A branch that
 * takes changes only through pull requests refuses with 409 and the rule.
 */
import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult } from '../types.js'
import type { GitIdentity } from '../objects.js'
import { ApiError } from '../api-error.js'
import { RefConflict } from '../bare-repo.js'
import { restCommitObject } from '../git-objects.js'
import { grantLogin, simpleUser } from '../objects.js'
import { rulesForBranch } from './branches.js'
import { objectBody, optionalField, REPO, requireGit, requiredString } from './support.js'

export function registerMergeRoutes(server: FakeGitHub): void {
  server.route('POST', `${REPO}/merges`, mergeBranch, ['contents', 'write'])
}

async function mergeBranch(ctx: RouteContext): Promise<RouteResult> {
  const body = objectBody(ctx)
  const base = requiredString(body, 'base')
  const head = requiredString(body, 'head')
  const commitMessage = optionalField(body, 'commit_message', 'string')
  const git = requireGit(ctx)
  const { server } = ctx
  const rules = rulesForBranch(server, base).map((r) => r.type)
  if (
    rules.includes('pull_request') ||
    server.state.branchProtection.get(base)?.required_pull_request_reviews
  ) {
    throw new ApiError(
      409,
      'Repository rule violations found\n\nChanges must be made through a pull request.\n\n'
    )
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const baseSha = await git.resolveCommit(`refs/heads/${base}`)
    if (!baseSha) throw new ApiError(404, 'Base does not exist')
    const headSha = await git.resolveCommit(head)
    if (!headSha) throw new ApiError(404, 'Head does not exist')
    if (await git.isAncestor(headSha, baseSha)) return { status: 204 }
    const tree = await git.mergeTree(baseSha, headSha)
    if (!tree) throw new ApiError(409, 'Merge conflict')
    const now = server.now()
    const user = simpleUser(server, grantLogin(ctx.grant))
    const author: GitIdentity = {
      name: user.login,
      email: `${user.id}+${user.login}@users.noreply.github.com`,
      date: now
    }
    const committer: GitIdentity = { name: 'GitHub', email: 'noreply@github.com', date: now }
    const message = commitMessage ?? `Merge ${head} into ${base}`
    const sha = await git.commitTree(tree, [baseSha, headSha], message, author, committer)
    server.state.verifiedCommits.add(sha)
    try {
      await git.writeRef(`refs/heads/${base}`, sha, baseSha)
    } catch (error) {
      if (error instanceof RefConflict) continue // base moved meanwhile: merge on its new head
      throw error
    }
    return { status: 201, body: restCommitObject(server, (await git.readCommit(sha))!) }
  }
  throw new ApiError(409, 'Reference update failed')
}
