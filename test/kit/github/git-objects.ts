import type { ParsedCommit, ParsedTag, RefEntry } from './bare-repo.js'
import { nodeId, repoApiUrl, repoHtmlUrl, userForEmail, type ServerIdentity } from './objects.js'

/** An unsigned object's verification block: what GitHub shows for plain `git` objects. */
export const UNSIGNED = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null
}

/** What GitHub's web-flow signature looks like in `verification.signature` (not a real one). */
const WEB_FLOW_SIGNATURE =
  '-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJmAAAAAAkQ4AWIh6lTmZIAAAAA\n-----END PGP SIGNATURE-----\n'

interface StateHolder {
  state?: { verifiedCommits: Set<string> }
}

/** The `verification` block of a commit: valid for GitHub's own commits, unsigned otherwise. */
export function commitVerification(
  server: ServerIdentity,
  commit: ParsedCommit
): Record<string, unknown> {
  if (!(server as StateHolder).state?.verifiedCommits.has(commit.sha)) return UNSIGNED
  return {
    verified: true,
    reason: 'valid',
    signature: WEB_FLOW_SIGNATURE,
    payload: `tree ${commit.tree}\n${commit.parents.map((p) => `parent ${p}\n`).join('')}\n${commit.message}`,
    verified_at: commit.committer.date
  }
}

function objectUrl(server: ServerIdentity, type: string, sha: string): string {
  const kind =
    type === 'tag' ? 'tags' : type === 'tree' ? 'trees' : type === 'blob' ? 'blobs' : 'commits'
  return `${repoApiUrl(server)}/git/${kind}/${sha}`
}

/** A ref as the git database API shows it (schema git-ref). */
export function gitRefObject(server: ServerIdentity, entry: RefEntry): Record<string, unknown> {
  return {
    ref: entry.ref,
    node_id: nodeId('Ref', `${server.owner}/${server.repo}:${entry.ref}`),
    url: `${repoApiUrl(server)}/git/${entry.ref}`,
    object: { sha: entry.sha, type: entry.type, url: objectUrl(server, entry.type, entry.sha) }
  }
}

/** An annotated tag object (schema git-tag). */
export function gitTagObject(server: ServerIdentity, tag: ParsedTag): Record<string, unknown> {
  return {
    node_id: nodeId('Tag', tag.sha),
    sha: tag.sha,
    url: objectUrl(server, 'tag', tag.sha),
    tag: tag.tag,
    message: tag.message,
    tagger: tag.tagger,
    object: { sha: tag.object, type: tag.type, url: objectUrl(server, tag.type, tag.object) },
    verification: UNSIGNED
  }
}

/** GitHub shows a commit message without git's final newline. */
function apiMessage(message: string): string {
  return message.replace(/\n$/, '')
}

/** A commit as the git database API shows it (schema git-commit). */
export function gitCommitObject(
  server: ServerIdentity,
  commit: ParsedCommit
): Record<string, unknown> {
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: objectUrl(server, 'commit', commit.sha),
    html_url: `${repoHtmlUrl(server)}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: apiMessage(commit.message),
    tree: { sha: commit.tree, url: objectUrl(server, 'tree', commit.tree) },
    parents: commit.parents.map((sha) => ({
      sha,
      url: objectUrl(server, 'commit', sha),
      html_url: `${repoHtmlUrl(server)}/commit/${sha}`
    })),
    verification: commitVerification(server, commit)
  }
}

/** A commit as GET /repos/{owner}/{repo}/commits/{ref} shows it (schema commit, without files). */
export function restCommitObject(
  server: ServerIdentity,
  commit: ParsedCommit
): Record<string, unknown> {
  const api = repoApiUrl(server)
  const html = repoHtmlUrl(server)
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${api}/commits/${commit.sha}`,
    html_url: `${html}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: objectUrl(server, 'commit', commit.sha),
      author: commit.author,
      committer: commit.committer,
      message: apiMessage(commit.message),
      tree: { sha: commit.tree, url: objectUrl(server, 'tree', commit.tree) },
      comment_count: 0,
      verification: commitVerification(server, commit)
    },
    author: userForEmail(server, commit.author.email),
    committer: userForEmail(server, commit.committer.email),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${html}/commit/${sha}`
    }))
  }
}
