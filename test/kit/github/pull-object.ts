import type { RepoState } from './state.js'
import type { Label, Milestone } from './issue-objects.js'
import { nextId, nextNumber } from './state.js'
import { repositoryObject } from './repository-object.js'
import {
  nodeId,
  repoApiUrl,
  repoHtmlUrl,
  simpleUser,
  type ServerIdentity,
  type SimpleUser
} from './objects.js'

/** What object builders that touch state need: identity, state, and the server's clock. */
export interface ObjectContext extends ServerIdentity {
  readonly state: RepoState
  now(): string
}

/** A pull request as stored and returned (the fields of schema pull-request-simple and more). */
export interface PullRequest {
  url: string
  html_url: string
  diff_url: string
  patch_url: string
  id: number
  number: number
  node_id: string
  state: 'open' | 'closed'
  title: string
  body: string | null
  user: SimpleUser
  head: PullRequestBranch
  base: PullRequestBranch
  merged: boolean
  merged_at: string | null
  merge_commit_sha: string | null
  closed_at: string | null
  created_at: string
  updated_at: string
  draft: boolean
  labels: Label[]
  milestone: Milestone | null
  merged_by: SimpleUser | null
  requested_reviewers: SimpleUser[]
  requested_teams: Array<Record<string, unknown>>
  [field: string]: unknown
}

export interface PullRequestBranch {
  label: string
  ref: string
  sha: string
  user: SimpleUser
  repo: Record<string, unknown>
}

/** What a test (or the pulls routes) says about a new pull request; the rest is derived. */
export interface PullRequestInit {
  title: string
  head: string
  headSha: string
  base?: string
  baseSha?: string
  body?: string | null
  state?: 'open' | 'closed'
  /** A merged pull request is closed and has `merged_at`. */
  mergeCommitSha?: string
  merged?: boolean
  draft?: boolean
  user?: string
}

function branch(ctx: ObjectContext, ref: string, sha: string): PullRequestBranch {
  return {
    label: `${ctx.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(ctx, ctx.owner),
    repo: repositoryObject(ctx, ctx.state.repository)
  }
}

/** The hypermedia urls of pull request `number`. */
function pullUrls(ctx: ObjectContext, number: number, headSha: string) {
  const api = repoApiUrl(ctx)
  const url = `${api}/pulls/${number}`
  const html = `${repoHtmlUrl(ctx)}/pull/${number}`
  return {
    url,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${number}/comments`,
    statuses_url: `${api}/statuses/${headSha}`,
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${api}/issues/${number}` },
      comments: { href: `${api}/issues/${number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${headSha}` }
    }
  }
}

/** Builds a pull request in its API shape, with a fresh id and number from the state. */
export function pullRequestObject(ctx: ObjectContext, init: PullRequestInit): PullRequest {
  const id = nextId(ctx.state)
  const number = nextNumber(ctx.state)
  const now = ctx.now()
  const merged = init.merged ?? init.mergeCommitSha !== undefined
  const closed = merged || init.state === 'closed'
  return {
    ...pullUrls(ctx, number, init.headSha),
    id,
    node_id: nodeId('PullRequest', id),
    number,
    state: closed ? 'closed' : 'open',
    locked: false,
    title: init.title,
    body: init.body ?? null,
    user: simpleUser(ctx, init.user ?? 'octocat'),
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: now,
    updated_at: now,
    closed_at: closed ? now : null,
    merged_at: merged ? now : null,
    merged,
    merge_commit_sha: init.mergeCommitSha ?? null,
    merged_by: merged ? simpleUser(ctx, init.user ?? 'octocat') : null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(ctx, init.head, init.headSha),
    base: branch(ctx, init.base ?? ctx.state.repository.default_branch, init.baseSha ?? ''),
    author_association: 'MEMBER',
    auto_merge: null,
    draft: init.draft ?? false
  }
}

/** Adds a pull request to the state, as a test seeds one (for example a merged release PR). */
export function seedPullRequest(ctx: ObjectContext, init: PullRequestInit): PullRequest {
  const pull = pullRequestObject(ctx, init)
  ctx.state.pulls.push(pull)
  return pull
}
