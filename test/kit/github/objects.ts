import type { TokenGrant } from './types.js'

/** What object builders need to know about the server they speak for. */
export interface ServerIdentity {
  /** API base, e.g. 'http://127.0.0.1:PORT'. */
  url: string
  /** Web base of every html_url, e.g. 'https://github.com'. */
  serverUrl: string
  owner: string
  repo: string
}

/** The user-shaped object GitHub puts in `user`, `author`, `creator` (schema simple-user). */
export interface SimpleUser {
  login: string
  id: number
  node_id: string
  avatar_url: string
  gravatar_id: string
  url: string
  html_url: string
  followers_url: string
  following_url: string
  gists_url: string
  starred_url: string
  subscriptions_url: string
  organizations_url: string
  repos_url: string
  events_url: string
  received_events_url: string
  type: 'User' | 'Bot' | 'Organization'
  site_admin: boolean
  user_view_type: string
}

/** A git identity with a date, as the git database API shows it. */
export interface GitIdentity {
  name: string
  email: string
  date: string
}

const KNOWN_USER_IDS: Record<string, number> = { 'github-actions[bot]': 41898282, octocat: 583231 }

/** GitHub's legacy node id form: base64 of '<len>:<Type><id>' ('MDc6UmVsZWFzZTE=' for Release 1). */
export function nodeId(type: string, id: number | string): string {
  const prefix = String(type.length).padStart(2, '0')
  return Buffer.from(`${prefix}:${type}${id}`).toString('base64')
}

/** A timestamp as GitHub writes it: ISO 8601, UTC, whole seconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A stable positive id for a login that has no fixed one, so the same name gets the same id. */
function loginId(login: string): number {
  if (KNOWN_USER_IDS[login]) return KNOWN_USER_IDS[login]
  let hash = 7
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 90_000_000
  return 10_000_000 + hash
}

/** The simple-user object of a login; a login ending in '[bot]' is a Bot. */
export function simpleUser(server: ServerIdentity, login: string): SimpleUser {
  const id = loginId(login)
  const api = `${server.url}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    // A bot's page is its app's page: 'github-actions[bot]' -> '/apps/github-actions'.
    html_url: login.endsWith('[bot]')
      ? `${server.serverUrl}/apps/${login.slice(0, -'[bot]'.length)}`
      : `${server.serverUrl}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
    user_view_type: 'public'
  }
}

/** The login a token acts as: the Actions bot, an app's bot, or a person for a PAT. */
export function grantLogin(grant: TokenGrant): string {
  if (grant.login) return grant.login
  if (grant.kind === 'github-token') return 'github-actions[bot]'
  return grant.kind === 'app' ? 'release-app[bot]' : 'octocat'
}

/** The user GitHub links to a commit e-mail; in the fake world every e-mail has an account. */
export function userForEmail(server: ServerIdentity, email: string): SimpleUser {
  const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)
  const login = noreply ? noreply[1] : email.split('@')[0].replace(/[^A-Za-z0-9-]/g, '-')
  return simpleUser(server, login)
}

/** API base of the repository: '<url>/repos/<owner>/<repo>'. */
export function repoApiUrl(server: ServerIdentity): string {
  return `${server.url}/repos/${server.owner}/${server.repo}`
}

/** Web page of the repository: '<serverUrl>/<owner>/<repo>'. */
export function repoHtmlUrl(server: ServerIdentity): string {
  return `${server.serverUrl}/${server.owner}/${server.repo}`
}
