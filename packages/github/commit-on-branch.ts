/**
 * `commit-via: api`: the commits made locally are published through GitHub's GraphQL
 * `createCommitOnBranch`, which GitHub signs (Verified), instead of `git push`. The local commit
 * stays the single source of the content: its changed files (bytes from git's object store)
 * are sent, `expectedHeadOid` is the commit it was made on, and the answer's tree must be the
 * local commit's tree, so both ways publish byte-for-byte the same files. A lost race
 * (STALE_DATA) replays the local commit on the new head, as the git way does; nothing is forced.
 * The checkout is then moved onto GitHub's commit (`reset --soft`: same tree, nothing touched).
 */
import type { Repository } from '../action-kit/context.js'
import { ConfigurationError } from '../base/errors.js'
import type { Git } from '../git/git.js'
import { replayOnRemote, type PublishCommits, type PushResult } from '../git/push.js'
import type { GitHubClient } from './client.js'
import { NO_BLIND_RETRY, writeOnce } from './write-once.js'

const MUTATION = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid tree { oid } } }
}`

interface FileChanges {
  additions: Array<{ path: string; contents: string }>
  deletions: Array<{ path: string }>
}

interface GraphqlErrorLike {
  errors?: Array<{ type?: string; message: string }>
  message?: string
}

/** The files `head` changes since `base`, as the mutation takes them (contents in base64). */
export async function fileChanges(git: Git, base: string, head: string): Promise<FileChanges> {
  const out = await git.output(['diff', '--name-status', '--no-renames', '-z', base, head])
  const fields = out.split('\0').filter((f) => f !== '')
  const changes: FileChanges = { additions: [], deletions: [] }
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [status, path] = [fields[i], fields[i + 1]]
    if (status === 'D') changes.deletions.push({ path })
    else {
      const bytes = await git.blobBytes(`${head}:${path}`)
      changes.additions.push({ path, contents: bytes.toString('base64') })
    }
  }
  return changes
}

/** A publisher that creates the commit through the API; see the module comment. */
export function publishThroughApi(
  github: GitHubClient,
  repository: Repository,
  options: { maxAttempts?: number } = {}
): PublishCommits {
  const maxAttempts = options.maxAttempts ?? 4
  return async (git: Git, branch: string, base: string): Promise<PushResult> => {
    let onto = base
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const head = await git.headSha()
      const message = (await git.output(['log', '-1', '--format=%B', head])).trim()
      const [headline, ...body] = message.split('\n')
      const input = {
        branch: {
          repositoryNameWithOwner: `${repository.owner}/${repository.repo}`,
          branchName: branch
        },
        expectedHeadOid: onto,
        message: { headline, body: body.join('\n').trim() || undefined },
        fileChanges: await fileChanges(git, onto, head)
      }
      let created: { oid: string; tree: { oid: string } }
      const localTree = await git.output(['rev-parse', `${head}^{tree}`])
      try {
        created = await writeOnce({
          what: `committing to ${branch} through the API`,
          send: async () =>
            (
              await github.graphql<{
                createCommitOnBranch: { commit: { oid: string; tree: { oid: string } } }
              }>(MUTATION, { input, request: NO_BLIND_RETRY })
            ).createCommitOnBranch.commit,
          // A lost answer: the commit was made when the branch's head is ours (same parent, tree).
          lookup: async () => {
            const { data } = await github.rest.repos.getCommit({ ...repository, ref: branch })
            const ours =
              data.parents.length === 1 &&
              data.parents[0].sha === onto &&
              data.commit.tree.sha === localTree &&
              data.commit.message.trim() === message
            return ours ? { oid: data.sha, tree: { oid: data.commit.tree.sha } } : undefined
          },
          log: git.log
        })
      } catch (error) {
        const errors = (error as GraphqlErrorLike).errors ?? []
        if (errors.some((e) => e.type === 'STALE_DATA')) {
          git.log.info(
            `The commit to ${branch} lost a race with another commit; replaying ours on top (attempt ${attempt}).`
          )
          onto = await replayOnRemote(git, branch, onto, 'origin')
          continue
        }
        throw apiRefusal(branch, error as GraphqlErrorLike)
      }
      if (created.tree.oid !== localTree) {
        throw new Error(
          `GitHub's commit ${created.oid} on ${branch} has tree ${created.tree.oid}, not the local commit's ${localTree}.`
        )
      }
      await git.run([
        'fetch',
        '--no-tags',
        'origin',
        `+refs/heads/${branch}:refs/remotes/origin/${branch}`
      ])
      // Same tree: move HEAD onto GitHub's commit and leave the index and the files as they are.
      await git.run(['reset', '--soft', created.oid])
      return { sha: created.oid, replays: attempt - 1 }
    }
    throw new ConfigurationError(
      `Committing to ${branch} through the API kept losing races with other pushes (${maxAttempts} attempts). Nothing was forced; rerun the job.`
    )
  }
}

function apiRefusal(branch: string, error: GraphqlErrorLike): Error {
  const errors = error.errors ?? []
  const detail = errors.map((e) => e.message).join('\n') || error.message || 'no answer'
  if (errors.some((e) => e.type === 'FORBIDDEN')) {
    return new ConfigurationError(
      `The token may not commit to ${branch} through the API (the job needs 'contents: write').\n${detail}`
    )
  }
  if (errors.some((e) => e.type === 'UNPROCESSABLE' && /rule|protected/i.test(e.message))) {
    return new ConfigurationError(
      `GitHub refused the commit to ${branch}; a rule of the branch forbids it.\n${detail}\n` +
        'Allow this token to bypass the rule (a GitHub App in the bypass list), or let the change go through a pull request.'
    )
  }
  if (errors.length > 0) {
    return new ConfigurationError(`Committing to ${branch} through the API failed.\n${detail}`)
  }
  return error instanceof Error ? error : new Error(detail)
}
