import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult } from '../types.js'
import { notFound, unprocessable } from '../api-error.js'
import { restCommitObject } from '../git-objects.js'
import { nodeId, repoApiUrl } from '../objects.js'
import { paginate } from '../pagination.js'
import { repositoryObject } from '../repository-object.js'
import { REPO, requireGit } from './support.js'

/** The repository itself, its tags, and commits as the REST (not git database) API shows them. */
export function registerRepoRoutes(server: FakeGitHub): void {
  server.route('GET', REPO, getRepository, ['metadata', 'read'])
  server.route('GET', `${REPO}/tags`, listTags, ['contents', 'read'])
  server.route('GET', `${REPO}/commits/{+ref}`, getCommit, ['contents', 'read'])
  server.route('GET', `${REPO}/commits/{commit_sha}/pulls`, listCommitPulls, [
    'pull_requests',
    'read'
  ])
}

function getRepository(ctx: RouteContext): RouteResult {
  const { server } = ctx
  return { status: 200, body: repositoryObject(server, server.state.repository, ctx.grant) }
}

/** Tags from the bare origin, highest version first (GitHub's order for release tags). */
async function listTags(ctx: RouteContext): Promise<RouteResult> {
  const api = repoApiUrl(ctx.server)
  const repoId = ctx.server.state.repository.id
  const tags = (await requireGit(ctx).listRefs('refs/tags')).map((entry) => {
    const name = entry.ref.slice('refs/tags/'.length)
    const sha = entry.peeled ?? entry.sha
    return {
      name,
      commit: { sha, url: `${api}/commits/${sha}` },
      zipball_url: `${api}/zipball/refs/tags/${name}`,
      tarball_url: `${api}/tarball/refs/tags/${name}`,
      node_id: nodeId('Ref', `${repoId}:${entry.ref}`)
    }
  })
  return paginate(ctx, tags)
}

/** One commit by sha, branch or tag name; a ref that names no commit is 422 like GitHub. */
async function getCommit(ctx: RouteContext): Promise<RouteResult> {
  const git = requireGit(ctx)
  const ref = ctx.params.ref
  const sha = await git.resolveCommit(ref)
  if (!sha) {
    if (/^[0-9a-f]{40}$/.test(ref)) throw notFound()
    throw unprocessable(`No commit found for SHA: ${ref}`)
  }
  const commit = (await git.readCommit(sha))!
  return { status: 200, body: restCommitObject(ctx.server, commit) }
}

/**
 * Pull requests a commit belongs to, from `state.pulls`: those whose head is the commit or
 * whose merge commit it is. An empty list (not 404) when there are none, as on GitHub.
 */
function listCommitPulls(ctx: RouteContext): RouteResult {
  const sha = ctx.params.commit_sha
  const pulls = ctx.server.state.pulls.filter(
    (pull) => pull.head.sha === sha || pull.merge_commit_sha === sha
  )
  return paginate(ctx, pulls)
}
