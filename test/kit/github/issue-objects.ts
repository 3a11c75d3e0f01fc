import type { RepoState } from './state.js'
import { nextId, nextMilestoneNumber, nextNumber } from './state.js'
import type { ObjectContext, PullRequest } from './pull-object.js'
import { nodeId, repoApiUrl, repoHtmlUrl, simpleUser, type SimpleUser } from './objects.js'

/** A label as the API returns it (schema label). */
export interface Label {
  id: number
  node_id: string
  url: string
  name: string
  color: string
  default: boolean
  description: string | null
}

/**
 * A milestone as the API returns it (schema milestone). `open_issues` and `closed_issues` are
 * live: counted from the issues and pull requests in the state whenever they are read.
 */
export interface Milestone {
  url: string
  html_url: string
  labels_url: string
  id: number
  node_id: string
  number: number
  state: 'open' | 'closed'
  title: string
  description: string | null
  creator: SimpleUser
  readonly open_issues: number
  readonly closed_issues: number
  created_at: string
  updated_at: string
  closed_at: string | null
  due_on: string | null
}

/** An issue that is not a pull request, as the API returns it (schema issue); `comments` is live. */
export interface Issue {
  url: string
  repository_url: string
  labels_url: string
  comments_url: string
  events_url: string
  html_url: string
  id: number
  node_id: string
  number: number
  state: 'open' | 'closed'
  state_reason: 'completed' | 'not_planned' | 'reopened' | null
  title: string
  body: string | null
  user: SimpleUser
  labels: Label[]
  assignee: SimpleUser | null
  assignees: SimpleUser[]
  milestone: Milestone | null
  locked: boolean
  active_lock_reason: string | null
  readonly comments: number
  closed_at: string | null
  closed_by: SimpleUser | null
  created_at: string
  updated_at: string
  author_association: string
}

/** A comment on an issue or pull request (schema issue-comment). */
export interface IssueComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: SimpleUser
  created_at: string
  updated_at: string
  author_association: string
}

/** An issue or a pull request: what the issues routes read and change on both. */
export type IssueLike = Issue | PullRequest

/** Everything with an issue number: the issues, then the pull requests. */
export function issueItems(state: RepoState): IssueLike[] {
  return [...state.issues, ...state.pulls]
}

/** The API url of issue `number`, which is also what its comments name in `issue_url`. */
export function issueApiUrl(ctx: ObjectContext, number: number): string {
  return `${repoApiUrl(ctx)}/issues/${number}`
}

function commentCount(state: RepoState, issueUrl: string): number {
  return state.issueComments.filter((c) => c.issue_url === issueUrl).length
}

/** Builds a label (not stored); `color` is six hex digits, without '#'. */
export function labelObject(
  ctx: ObjectContext,
  name: string,
  color = 'ededed',
  description: string | null = null
): Label {
  const id = nextId(ctx.state)
  return {
    id,
    node_id: nodeId('Label', id),
    url: `${repoApiUrl(ctx)}/labels/${encodeURIComponent(name)}`,
    name,
    color: color.replace(/^#/, '').toLowerCase(),
    default: false,
    description
  }
}

/** The stored label of this name (GitHub compares label names case-insensitively). */
export function findLabel(state: RepoState, name: string): Label | undefined {
  return state.labels.find((label) => label.name.toLowerCase() === name.toLowerCase())
}

/** The labels of these names, creating (and storing) those the repository lacks, as GitHub does. */
export function labelsNamed(ctx: ObjectContext, names: string[]): Label[] {
  const labels: Label[] = []
  for (const name of names) {
    let label = findLabel(ctx.state, name)
    if (!label) {
      label = labelObject(ctx, name)
      ctx.state.labels.push(label)
    }
    if (!labels.includes(label)) labels.push(label)
  }
  return labels
}

/** What a test (or the milestones routes) says about a new milestone. */
export interface MilestoneInit {
  title: string
  state?: 'open' | 'closed'
  description?: string | null
  due_on?: string | null
  creator?: string
}

/** Builds a milestone with the next milestone number; its issue counts are live. */
export function milestoneObject(ctx: ObjectContext, init: MilestoneInit): Milestone {
  const id = nextId(ctx.state)
  const number = nextMilestoneNumber(ctx.state)
  const now = ctx.now()
  const state = init.state ?? 'open'
  const milestone: Omit<Milestone, 'open_issues' | 'closed_issues'> = {
    url: `${repoApiUrl(ctx)}/milestones/${number}`,
    html_url: `${repoHtmlUrl(ctx)}/milestone/${number}`,
    labels_url: `${repoApiUrl(ctx)}/milestones/${number}/labels`,
    id,
    node_id: nodeId('Milestone', id),
    number,
    state,
    title: init.title,
    description: init.description ?? null,
    creator: simpleUser(ctx, init.creator ?? 'octocat'),
    created_at: now,
    updated_at: now,
    closed_at: state === 'closed' ? now : null,
    due_on: init.due_on ?? null
  }
  const count = (wanted: 'open' | 'closed') => () =>
    issueItems(ctx.state).filter((i) => i.milestone?.number === number && i.state === wanted).length
  // Defined after the plain fields so JSON keeps GitHub's order closely enough and the counts live.
  Object.defineProperties(milestone, {
    open_issues: { enumerable: true, get: count('open') },
    closed_issues: { enumerable: true, get: count('closed') }
  })
  return milestone as Milestone
}

/** What a test (or the issues routes) says about a new issue. */
export interface IssueInit {
  title: string
  body?: string | null
  state?: 'open' | 'closed'
  labels?: string[]
  /** A milestone number of the state. */
  milestone?: number
  user?: string
}

/** Builds an issue with the next issue number (shared with pull requests); not stored. */
export function issueObject(ctx: ObjectContext, init: IssueInit): Issue {
  const id = nextId(ctx.state)
  const number = nextNumber(ctx.state)
  const now = ctx.now()
  const url = issueApiUrl(ctx, number)
  const closed = init.state === 'closed'
  const user = simpleUser(ctx, init.user ?? 'octocat')
  const milestone = ctx.state.milestones.find((m) => m.number === init.milestone) ?? null
  if (init.milestone !== undefined && !milestone) {
    throw new Error(`no milestone number ${init.milestone} to put issue '${init.title}' in`)
  }
  const issue: Omit<Issue, 'comments'> = {
    url,
    repository_url: repoApiUrl(ctx),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${repoHtmlUrl(ctx)}/issues/${number}`,
    id,
    node_id: nodeId('Issue', id),
    number,
    state: closed ? 'closed' : 'open',
    state_reason: closed ? 'completed' : null,
    title: init.title,
    body: init.body ?? null,
    user,
    labels: labelsNamed(ctx, init.labels ?? []),
    assignee: null,
    assignees: [],
    milestone,
    locked: false,
    active_lock_reason: null,
    closed_at: closed ? now : null,
    closed_by: closed ? user : null,
    created_at: now,
    updated_at: now,
    author_association: 'MEMBER'
  }
  Object.defineProperty(issue, 'comments', {
    enumerable: true,
    get: () => commentCount(ctx.state, url)
  })
  return issue as Issue
}

/** A pull request as the issues routes show it: an issue with a `pull_request` key. */
export function pullAsIssue(ctx: ObjectContext, pull: PullRequest): Record<string, unknown> {
  const url = issueApiUrl(ctx, pull.number)
  return {
    url,
    repository_url: repoApiUrl(ctx),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: pull.html_url,
    id: pull.id,
    node_id: nodeId('Issue', pull.id),
    number: pull.number,
    state: pull.state,
    state_reason: null,
    title: pull.title,
    body: pull.body,
    user: pull.user,
    labels: pull.labels,
    assignee: null,
    assignees: [],
    milestone: pull.milestone,
    locked: false,
    active_lock_reason: null,
    comments: commentCount(ctx.state, url),
    pull_request: {
      url: pull.url,
      html_url: pull.html_url,
      diff_url: pull.diff_url,
      patch_url: pull.patch_url,
      merged_at: pull.merged_at
    },
    closed_at: pull.closed_at,
    created_at: pull.created_at,
    updated_at: pull.updated_at,
    draft: pull.draft,
    author_association: pull.author_association
  }
}

/** An issue or pull request in its issues-API shape. */
export function issueView(ctx: ObjectContext, item: IssueLike): unknown {
  return 'head' in item ? pullAsIssue(ctx, item) : item
}

/** Adds a label to the state, as a test seeds one. */
export function seedLabel(ctx: ObjectContext, name: string, color?: string): Label {
  const [label] = labelsNamed(ctx, [name])
  if (color) label.color = color.replace(/^#/, '').toLowerCase()
  return label
}

/** Adds a milestone to the state, as a test seeds one (for example '1.3.0' with issues in it). */
export function seedMilestone(ctx: ObjectContext, init: MilestoneInit): Milestone {
  const milestone = milestoneObject(ctx, init)
  ctx.state.milestones.push(milestone)
  return milestone
}

/** Adds an issue to the state, as a test seeds one; `milestone` is a milestone number. */
export function seedIssue(ctx: ObjectContext, init: IssueInit): Issue {
  const issue = issueObject(ctx, init)
  ctx.state.issues.push(issue)
  return issue
}
