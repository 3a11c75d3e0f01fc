/**
 * GitHub's GraphQL mutation `enablePullRequestAutoMerge` (`POST /graphql`, answered by
 * routes/graphql.ts with `createCommitOnBranch`). Not a GraphQL engine: the mutation is recognised by name and
 * its input read from the variables `pullRequestId` and `mergeMethod`. Answers are shaped as
 * GitHub's: HTTP 200 with `data`, and `errors` (type, path, message) for a refused mutation.
 */
import type { FakeGitHub } from './server.js'
import type { RouteResult, TokenGrant } from './types.js'
import { grantLogin, simpleUser } from './objects.js'

const METHODS = ['MERGE', 'SQUASH', 'REBASE'] as const

function refused(type: string, message: string): RouteResult {
  return {
    status: 200,
    body: {
      data: { enablePullRequestAutoMerge: null },
      errors: [{ type, path: ['enablePullRequestAutoMerge'], locations: [], message }]
    }
  }
}

export function answerAutoMerge(server: FakeGitHub, grant: TokenGrant, body: unknown): RouteResult {
  const request = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> }
  if (typeof request.query !== 'string') {
    return {
      status: 400,
      body: { message: 'A query attribute must be specified and must be a string.' }
    }
  }
  const id = request.variables?.pullRequestId
  const method = request.variables?.mergeMethod ?? 'MERGE'
  if (typeof id !== 'string' || !METHODS.includes(method as (typeof METHODS)[number])) {
    return refused(
      'INVALID_ARGUMENTS',
      `Variables pullRequestId (ID!) and mergeMethod (${METHODS.join('|')}) are required.`
    )
  }
  const canMerge =
    server.holds(grant, ['pull_requests', 'write']) && server.holds(grant, ['contents', 'write'])
  if (!canMerge) return refused('FORBIDDEN', 'Resource not accessible by integration')
  const pull = server.state.pulls.find((p) => p.node_id === id)
  if (!pull)
    return refused('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)
  if (!server.state.repository.allow_auto_merge) {
    return refused('UNPROCESSABLE', 'Pull request Auto merge is not allowed for this repository')
  }
  if (pull.state !== 'open') return refused('UNPROCESSABLE', 'Pull request is closed')
  // Nothing pending (no protection asks for reviews or checks): GitHub will not queue a merge.
  const base = pull.base.ref
  const guarded =
    server.state.branchProtection.has(base) ||
    server.state.rulesets.some((r) => r.enforcement === 'active' && r.target === 'branch')
  if (!guarded) return refused('UNPROCESSABLE', 'Pull request is in clean status')
  const enabledAt = server.now()
  pull.auto_merge = {
    enabled_by: simpleUser(server, grantLogin(grant)),
    merge_method: (method as string).toLowerCase(),
    commit_title: null,
    commit_message: null
  }
  return {
    status: 200,
    body: {
      data: {
        enablePullRequestAutoMerge: {
          pullRequest: {
            id: pull.node_id,
            number: pull.number,
            autoMergeRequest: { mergeMethod: method, enabledAt }
          }
        }
      }
    }
  }
}
