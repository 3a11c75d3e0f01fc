import type { SimpleUser, GitIdentity } from './objects.js'
import type { AccessLevel, Permission } from './types.js'
import type { PullRequest } from './pull-object.js'
import type { Issue, IssueComment, Label, Milestone } from './issue-objects.js'

/** Settings of the one repository the server hosts; tests may change them. */
export interface RepositorySettings {
  id: number
  default_branch: string
  private: boolean
  description: string | null
  created_at: string
  visibility: 'public' | 'private' | 'internal'
  /** Pull request merge settings; shown only to tokens that can push, as on GitHub. */
  allow_merge_commit: boolean
  allow_squash_merge: boolean
  allow_rebase_merge: boolean
  allow_auto_merge: boolean
}

/** A release exactly as the API returns it (schema release). */
export interface Release {
  url: string
  html_url: string
  assets_url: string
  upload_url: string
  tarball_url: string | null
  zipball_url: string | null
  id: number
  node_id: string
  tag_name: string
  target_commitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  immutable: boolean
  created_at: string
  published_at: string | null
  updated_at: string
  author: SimpleUser
  assets: unknown[]
}

/** An annotated tag object made through POST /git/tags (the tag object, not a ref). */
export interface ApiTagObject {
  sha: string
  tag: string
  message: string
  object: { sha: string; type: string }
  tagger: GitIdentity
}

/** One rule of a ruleset, as the rulesets API writes it ('pull_request', 'non_fast_forward', ...). */
export interface RulesetRule {
  type: string
  parameters?: Record<string, unknown>
}

/** A repository ruleset (the parts of schema repository-ruleset the fake acts on). */
export interface Ruleset {
  id: number
  name: string
  target: 'branch' | 'tag'
  enforcement: 'active' | 'evaluate' | 'disabled'
  /** fnmatch patterns on full ref names, plus '~DEFAULT_BRANCH' and '~ALL'. */
  conditions: { ref_name: { include: string[]; exclude: string[] } }
  rules: RulesetRule[]
  /** Kinds of token that may bypass it (its bypass list, by actor kind); default none. */
  bypass?: Array<'github-token' | 'app' | 'pat'>
}

/** A deployment exactly as the API returns it (schema deployment). */
export interface Deployment {
  url: string
  id: number
  node_id: string
  sha: string
  ref: string
  task: string
  payload: Record<string, unknown> | string
  original_environment: string
  environment: string
  description: string | null
  creator: SimpleUser
  created_at: string
  updated_at: string
  statuses_url: string
  repository_url: string
  transient_environment: boolean
  production_environment: boolean
  performed_via_github_app: null
}

/** A deployment status exactly as the API returns it (schema deployment-status). */
export interface DeploymentStatus {
  url: string
  id: number
  node_id: string
  state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'
  creator: SimpleUser
  description: string
  environment: string
  target_url: string
  log_url: string
  environment_url: string
  created_at: string
  updated_at: string
  deployment_url: string
  repository_url: string
  performed_via_github_app: null
}

/**
 * A stored API object of an area not built yet (issues, milestones, deployments, ...).
 * The area's route file replaces this with its own interface.
 */
export interface StoredObject {
  id: number
  [field: string]: unknown
}

/**
 * Everything the fake GitHub knows besides git itself, as plain data, so a test can seed it
 * before a run and assert it after. Objects are stored in their API shape.
 */
export interface RepoState {
  repository: RepositorySettings
  releases: Release[]
  /** The release `make_latest` chose; undefined falls back to the newest published one. */
  latestReleaseId?: number
  /** Tag objects created through the API, in creation order. */
  apiTags: ApiTagObject[]
  /** Pull requests; each is an issue too, shown by the issues routes with a `pull_request` key. */
  pulls: PullRequest[]
  /** Issues that are not pull requests (they share one number sequence with `pulls`). */
  issues: Issue[]
  /** Comments on issues and pull requests, oldest first; `issue_url` says whose. */
  issueComments: IssueComment[]
  milestones: Milestone[]
  labels: Label[]
  // Areas still to come; each gets its own file under routes/.
  /** Deployments in creation order. */
  deployments: Deployment[]
  /** Statuses per deployment id, oldest first. */
  deploymentStatuses: Map<number, DeploymentStatus[]>
  /** Classic branch protection per branch name, in API shape (routes/branches.ts builds it). */
  branchProtection: Map<string, Record<string, unknown>>
  /** Repository rulesets; GET /rules/branches/{branch} answers the active rules that match. */
  rulesets: Ruleset[]
  /**
   * Commits GitHub made and signed itself (createCommitOnBranch, the merges API, the merge
   * button): their `verification` says verified, and they pass a required-signatures rule.
   */
  verifiedCommits: Set<string>
  /** GitHub Apps installed on the repository (routes/apps.ts); JWTs are checked against them. */
  apps: InstalledApp[]
  /** Counters behind `nextId`, `nextNumber` and `nextMilestoneNumber`. */
  sequence: { id: number; number: number; milestone: number }
}

/** A GitHub App installed on the repository. */
export interface InstalledApp {
  id: number
  /** The Client ID GitHub shows for the App (Iv23li...); a JWT may name the App by it too. */
  clientId: string
  slug: string
  /** PEM of the public half of the App's private key; JWTs must verify with it. */
  publicKey: string
  installationId: number
  permissions: Partial<Record<Permission, AccessLevel>>
  /** How long an installation token lives; GitHub's is one hour. */
  tokenLifetimeMs: number
  /** Installation tokens minted so far, oldest first. */
  tokens: Array<{ token: string; expiresAt: number }>
}

/** A fresh state: an empty public repository whose default branch is 'main'. */
export function createRepoState(now: string): RepoState {
  return {
    repository: {
      id: 700_000_001,
      default_branch: 'main',
      private: false,
      description: 'Fake repository served by the test kit',
      created_at: now,
      visibility: 'public',
      allow_merge_commit: true,
      allow_squash_merge: true,
      allow_rebase_merge: true,
      allow_auto_merge: false
    },
    releases: [],
    apiTags: [],
    pulls: [],
    issues: [],
    issueComments: [],
    milestones: [],
    labels: [],
    deployments: [],
    deploymentStatuses: new Map(),
    branchProtection: new Map(),
    rulesets: [],
    verifiedCommits: new Set(),
    apps: [],
    sequence: { id: 1000, number: 1, milestone: 1 }
  }
}

/** A new database id, unique across every kind of object of this server. */
export function nextId(state: RepoState): number {
  state.sequence.id += 1
  return state.sequence.id
}

/** The next issue/pull number; issues and pull requests share one counter, as on GitHub. */
export function nextNumber(state: RepoState): number {
  const number = state.sequence.number
  state.sequence.number += 1
  return number
}

/** The next milestone number; milestones count on their own, and numbers are never reused. */
export function nextMilestoneNumber(state: RepoState): number {
  const number = state.sequence.milestone
  state.sequence.milestone += 1
  return number
}
