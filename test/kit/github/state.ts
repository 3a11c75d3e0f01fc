import type { SimpleUser, GitIdentity } from './objects.js'
import type { PullRequest } from './pull-object.js'

/** Settings of the one repository the server hosts; tests may change them. */
export interface RepositorySettings {
  id: number
  default_branch: string
  private: boolean
  description: string | null
  created_at: string
  visibility: 'public' | 'private' | 'internal'
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
  pulls: PullRequest[]
  // Areas still to come; each gets its own file under routes/.
  issues: StoredObject[]
  milestones: StoredObject[]
  labels: StoredObject[]
  /** Deployments in creation order. */
  deployments: Deployment[]
  /** Statuses per deployment id, oldest first. */
  deploymentStatuses: Map<number, DeploymentStatus[]>
  /** Protection per branch name. */
  branchProtection: Map<string, Record<string, unknown>>
  /** Counters behind `nextId` and `nextNumber`. */
  sequence: { id: number; number: number }
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
      visibility: 'public'
    },
    releases: [],
    apiTags: [],
    pulls: [],
    issues: [],
    milestones: [],
    labels: [],
    deployments: [],
    deploymentStatuses: new Map(),
    branchProtection: new Map(),
    sequence: { id: 1000, number: 1 }
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
