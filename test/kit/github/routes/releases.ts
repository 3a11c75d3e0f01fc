import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult } from '../types.js'
import type { Release, RepoState } from '../state.js'
import { nextId } from '../state.js'
import { notFound, validationFailed } from '../api-error.js'
import { grantLogin, nodeId, repoApiUrl, repoHtmlUrl, simpleUser } from '../objects.js'
import { paginate } from '../pagination.js'
import { REPO, idParam, objectBody, optionalField, requiredString } from './support.js'

const RELEASES = `${REPO}/releases`

/** Releases: list, read (by id, by tag, latest), create, update, delete. */
export function registerReleaseRoutes(server: FakeGitHub): void {
  server.route('GET', RELEASES, listReleases, ['contents', 'read'])
  server.route('POST', RELEASES, createRelease, ['contents', 'write'])
  server.route('GET', `${RELEASES}/latest`, getLatestRelease, ['contents', 'read'])
  server.route('GET', `${RELEASES}/tags/{+tag}`, getReleaseByTag, ['contents', 'read'])
  server.route('GET', `${RELEASES}/{release_id}`, getRelease, ['contents', 'read'])
  server.route('PATCH', `${RELEASES}/{release_id}`, updateRelease, ['contents', 'write'])
  server.route('DELETE', `${RELEASES}/{release_id}`, deleteRelease, ['contents', 'write'])
}

/** Drafts are visible only to callers who may write contents, as on GitHub. */
function visible(ctx: RouteContext): Release[] {
  const all = ctx.server.state.releases
  return ctx.grant.permissions.contents === 'write' ? all : all.filter((r) => !r.draft)
}

function findRelease(ctx: RouteContext): Release {
  const id = idParam(ctx, 'release_id')
  const release = visible(ctx).find((r) => r.id === id)
  if (!release) throw notFound()
  return release
}

function newestFirst(a: Release, b: Release): number {
  return b.created_at.localeCompare(a.created_at) || b.id - a.id
}

function listReleases(ctx: RouteContext): RouteResult {
  return paginate(ctx, [...visible(ctx)].sort(newestFirst))
}

/** The release `make_latest` chose, else the newest published full release. */
export function latestRelease(state: RepoState): Release | undefined {
  const eligible = state.releases.filter((r) => !r.draft && !r.prerelease)
  return eligible.find((r) => r.id === state.latestReleaseId) ?? eligible.sort(newestFirst)[0]
}

function getLatestRelease(ctx: RouteContext): RouteResult {
  const release = latestRelease(ctx.server.state)
  if (!release) throw notFound()
  return { status: 200, body: release }
}

/** A draft has no tag yet, so only published releases are found by tag. */
function getReleaseByTag(ctx: RouteContext): RouteResult {
  const tag = ctx.params.tag
  const release = ctx.server.state.releases.find((r) => r.tag_name === tag && !r.draft)
  if (!release) throw notFound()
  return { status: 200, body: release }
}

function getRelease(ctx: RouteContext): RouteResult {
  return { status: 200, body: findRelease(ctx) }
}

/** Fields of a create or update body, type-checked; undefined where the body says nothing. */
function releaseFields(body: Record<string, unknown>) {
  const makeLatest = optionalField(body, 'make_latest', 'string')
  if (makeLatest !== undefined && !['true', 'false', 'legacy'].includes(makeLatest)) {
    throw validationFailed({ resource: 'Release', code: 'invalid', field: 'make_latest' })
  }
  return {
    target_commitish: optionalField(body, 'target_commitish', 'string'),
    name: optionalField(body, 'name', 'string'),
    body: optionalField(body, 'body', 'string'),
    draft: optionalField(body, 'draft', 'boolean'),
    prerelease: optionalField(body, 'prerelease', 'boolean'),
    makeLatest
  }
}

/** Refuses a second published release for one tag, with GitHub's 422. */
function checkTagFree(state: RepoState, tag: string, self?: number): void {
  if (state.releases.some((r) => r.tag_name === tag && !r.draft && r.id !== self)) {
    throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' })
  }
}

/**
 * Publishing a release for a tag the repository lacks creates that tag (lightweight) at
 * `target_commitish`, as GitHub does; a target that names no commit is refused.
 */
async function ensureTag(ctx: RouteContext, release: Release): Promise<void> {
  const git = ctx.server.git
  if (!git || (await git.readRef(`refs/tags/${release.tag_name}`))) return
  const sha = await git.resolveCommit(release.target_commitish)
  const valid = sha !== undefined && (await git.isValidRefName(`refs/tags/${release.tag_name}`))
  if (!valid)
    throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' })
  await git.writeRef(`refs/tags/${release.tag_name}`, sha, undefined)
}

/** Applies `make_latest` ('true' | 'false' | 'legacy'; undefined: leave as is). */
function applyLatest(state: RepoState, release: Release, makeLatest: string | undefined): void {
  if (release.draft || release.prerelease) {
    if (state.latestReleaseId === release.id) state.latestReleaseId = undefined
    return
  }
  if (makeLatest === 'true') state.latestReleaseId = release.id
  // 'legacy' lets creation date decide, which is what `latestRelease` falls back to.
  if (makeLatest === 'legacy') state.latestReleaseId = undefined
}

/** The urls derived from id and tag, recomputed whenever the tag changes. */
function releaseUrls(ctx: RouteContext, id: number, tag: string) {
  const api = repoApiUrl(ctx.server)
  return {
    url: `${api}/releases/${id}`,
    html_url: `${repoHtmlUrl(ctx.server)}/releases/tag/${encodeURIComponent(tag)}`,
    assets_url: `${api}/releases/${id}/assets`,
    upload_url: `${ctx.server.url}/repos/${ctx.server.owner}/${ctx.server.repo}/releases/${id}/assets{?name,label}`,
    tarball_url: `${api}/tarball/${tag}`,
    zipball_url: `${api}/zipball/${tag}`
  }
}

async function createRelease(ctx: RouteContext): Promise<RouteResult> {
  const { state } = ctx.server
  const body = objectBody(ctx)
  if (typeof body.tag_name !== 'string' || body.tag_name === '') {
    throw validationFailed({ resource: 'Release', code: 'missing_field', field: 'tag_name' })
  }
  const tag = requiredString(body, 'tag_name')
  const fields = releaseFields(body)
  const draft = fields.draft ?? false
  if (!draft) checkTagFree(state, tag)
  const id = nextId(state)
  const now = ctx.server.now()
  const release: Release = {
    ...releaseUrls(ctx, id, tag),
    id,
    node_id: nodeId('Release', id),
    tag_name: tag,
    target_commitish: fields.target_commitish ?? state.repository.default_branch,
    name: fields.name ?? null,
    body: fields.body ?? null,
    draft,
    prerelease: fields.prerelease ?? false,
    immutable: false,
    created_at: now,
    published_at: draft ? null : now,
    updated_at: now,
    author: simpleUser(ctx.server, grantLogin(ctx.grant)),
    assets: []
  }
  if (!draft) await ensureTag(ctx, release)
  state.releases.push(release)
  applyLatest(state, release, fields.makeLatest ?? 'true')
  return { status: 201, body: release, headers: { location: release.url } }
}

async function updateRelease(ctx: RouteContext): Promise<RouteResult> {
  const { state } = ctx.server
  const release = findRelease(ctx)
  const body = objectBody(ctx)
  const tag = optionalField(body, 'tag_name', 'string') ?? release.tag_name
  const fields = releaseFields(body)
  const draft = fields.draft ?? release.draft
  if (!draft) checkTagFree(state, tag, release.id)
  const now = ctx.server.now()
  const next: Release = {
    ...release,
    ...releaseUrls(ctx, release.id, tag),
    tag_name: tag,
    target_commitish: fields.target_commitish ?? release.target_commitish,
    name: fields.name ?? release.name,
    body: fields.body ?? release.body,
    draft,
    prerelease: fields.prerelease ?? release.prerelease,
    published_at: draft ? null : (release.published_at ?? now),
    updated_at: now
  }
  if (!draft) await ensureTag(ctx, next)
  const published = release.draft && !draft
  Object.assign(release, next)
  // GitHub defaults make_latest to 'true' for a release being published, not for other edits.
  applyLatest(state, release, fields.makeLatest ?? (published ? 'true' : undefined))
  return { status: 200, body: release }
}

/** Deletes the release; like GitHub it leaves the tag in place. */
function deleteRelease(ctx: RouteContext): RouteResult {
  const { state } = ctx.server
  const release = findRelease(ctx)
  state.releases.splice(state.releases.indexOf(release), 1)
  if (state.latestReleaseId === release.id) state.latestReleaseId = undefined
  return { status: 204 }
}
