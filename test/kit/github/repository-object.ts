import type { TokenGrant } from './types.js'
import type { RepositorySettings } from './state.js'
import { nodeId, repoApiUrl, repoHtmlUrl, simpleUser, type ServerIdentity } from './objects.js'

/** The role flags GitHub derives from what the caller may do in the repository. */
export function repositoryPermissions(grant: TokenGrant): Record<string, boolean> {
  const p = grant.permissions
  const admin = p.administration === 'write'
  return {
    admin,
    maintain: admin,
    push: p.contents === 'write',
    triage: p.issues === 'write' || p.pull_requests === 'write',
    pull: p.contents !== undefined || p.metadata !== undefined
  }
}

/** The `*_url` hypermedia fields every repository object carries. */
function hypermediaUrls(api: string): Record<string, string> {
  const names: Record<string, string> = {
    archive: '/{archive_format}{/ref}',
    assignees: '/assignees{/user}',
    blobs: '/git/blobs{/sha}',
    branches: '/branches{/branch}',
    collaborators: '/collaborators{/collaborator}',
    comments: '/comments{/number}',
    commits: '/commits{/sha}',
    compare: '/compare/{base}...{head}',
    contents: '/contents/{+path}',
    contributors: '/contributors',
    deployments: '/deployments',
    downloads: '/downloads',
    events: '/events',
    forks: '/forks',
    git_commits: '/git/commits{/sha}',
    git_refs: '/git/refs{/sha}',
    git_tags: '/git/tags{/sha}',
    hooks: '/hooks',
    issue_comment: '/issues/comments{/number}',
    issue_events: '/issues/events{/number}',
    issues: '/issues{/number}',
    keys: '/keys{/key_id}',
    labels: '/labels{/name}',
    languages: '/languages',
    merges: '/merges',
    milestones: '/milestones{/number}',
    notifications: '/notifications{?since,all,participating}',
    pulls: '/pulls{/number}',
    releases: '/releases{/id}',
    stargazers: '/stargazers',
    statuses: '/statuses/{sha}',
    subscribers: '/subscribers',
    subscription: '/subscription',
    tags: '/tags',
    teams: '/teams',
    trees: '/git/trees{/sha}'
  }
  return Object.fromEntries(Object.entries(names).map(([k, v]) => [`${k}_url`, `${api}${v}`]))
}

/**
 * The repository object (schema full-repository, a superset of repository), as
 * GET /repos/{owner}/{repo} returns it and as pull requests embed it in head/base.
 */
export function repositoryObject(
  server: ServerIdentity,
  settings: RepositorySettings,
  grant?: TokenGrant
): Record<string, unknown> {
  const api = repoApiUrl(server)
  const html = repoHtmlUrl(server)
  const host = new URL(server.serverUrl).host
  return {
    id: settings.id,
    node_id: nodeId('Repository', settings.id),
    name: server.repo,
    full_name: `${server.owner}/${server.repo}`,
    owner: { ...simpleUser(server, server.owner), type: 'Organization' },
    private: settings.private,
    visibility: settings.visibility,
    html_url: html,
    description: settings.description,
    fork: false,
    url: api,
    ...hypermediaUrls(api),
    git_url: `git://${host}/${server.owner}/${server.repo}.git`,
    ssh_url: `git@${host}:${server.owner}/${server.repo}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    license: null,
    size: 0,
    default_branch: settings.default_branch,
    ...(grant ? { permissions: repositoryPermissions(grant) } : {}),
    ...(grant && repositoryPermissions(grant).push ? mergeSettings(settings) : {}),
    ...counts(),
    ...features(),
    created_at: settings.created_at,
    updated_at: settings.created_at,
    pushed_at: settings.created_at
  }
}

function counts(): Record<string, number> {
  return {
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    network_count: 0,
    subscribers_count: 0
  }
}

function features(): Record<string, boolean> {
  return {
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    is_template: false,
    allow_forking: true,
    web_commit_signoff_required: false
  }
}

/**
 * The merge settings GitHub adds to a repository for a token that can push (fine-grained and
 * app tokens without contents: write do not see them).
 */
function mergeSettings(settings: RepositorySettings): Record<string, boolean> {
  return {
    allow_merge_commit: settings.allow_merge_commit,
    allow_squash_merge: settings.allow_squash_merge,
    allow_rebase_merge: settings.allow_rebase_merge,
    allow_auto_merge: settings.allow_auto_merge
  }
}
