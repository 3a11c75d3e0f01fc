import type { FakeGitHub } from '../server.js'
import type { RouteContext, RouteResult } from '../types.js'
import { RefConflict } from '../bare-repo.js'
import { notFound, unprocessable } from '../api-error.js'
import { gitCommitObject, gitRefObject, gitTagObject } from '../git-objects.js'
import { grantLogin, type GitIdentity } from '../objects.js'
import { REPO, objectBody, optionalField, requireGit, requiredString } from './support.js'
import { tagRuleViolation } from './branches.js'

const GIT = `${REPO}/git`

/** A tag ruleset's refusal, as GitHub answers it (422, the rule's words), unless the token bypasses. */
function refuseByTagRules(
  ctx: RouteContext,
  ref: string,
  change: 'creation' | 'update' | 'deletion'
): void {
  const violation = tagRuleViolation(ctx.server, ref, change, (ruleset) =>
    (ruleset.bypass ?? []).includes(ctx.grant.kind as 'app')
  )
  if (violation) throw unprocessable(`Repository rule violations found\n\n${violation}\n\n`)
}
const OBJECT_TYPES: readonly string[] = ['commit', 'tree', 'blob', 'tag']

/** The git database API (refs, tag objects, commits), backed by the real bare origin. */
export function registerGitRoutes(server: FakeGitHub): void {
  server.route('GET', `${GIT}/ref/{+ref}`, getRef, ['contents', 'read'])
  server.route('GET', `${GIT}/matching-refs/{+ref}`, listMatchingRefs, ['contents', 'read'])
  server.route('POST', `${GIT}/refs`, createRef, ['contents', 'write'])
  server.route('PATCH', `${GIT}/refs/{+ref}`, updateRef, ['contents', 'write'])
  server.route('DELETE', `${GIT}/refs/{+ref}`, deleteRef, ['contents', 'write'])
  server.route('POST', `${GIT}/tags`, createTag, ['contents', 'write'])
  server.route('GET', `${GIT}/tags/{tag_sha}`, getTag, ['contents', 'read'])
  server.route('GET', `${GIT}/commits/{commit_sha}`, getCommit, ['contents', 'read'])
}

async function getRef(ctx: RouteContext): Promise<RouteResult> {
  const entry = await requireGit(ctx).readRef(`refs/${ctx.params.ref}`)
  if (!entry) throw notFound()
  return { status: 200, body: gitRefObject(ctx.server, entry) }
}

/** Refs whose name starts with the given text ('tags/v1' matches 'refs/tags/v1.3.0'). */
async function listMatchingRefs(ctx: RouteContext): Promise<RouteResult> {
  const prefix = `refs/${ctx.params.ref}`
  const refs = (await requireGit(ctx).listRefs())
    .filter((entry) => entry.ref.startsWith(prefix))
    .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
  return { status: 200, body: refs.map((entry) => gitRefObject(ctx.server, entry)) }
}

/** A full ref name GitHub accepts for creation: 'refs/<kind>/<name>', valid for git. */
async function checkNewRefName(ctx: RouteContext, ref: string): Promise<void> {
  if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
    throw unprocessable('Reference name must contain at least three slash-separated components.')
  }
  if (!(await requireGit(ctx).isValidRefName(ref)))
    throw unprocessable(`${ref} is not a valid ref name.`)
}

async function createRef(ctx: RouteContext): Promise<RouteResult> {
  const git = requireGit(ctx)
  const body = objectBody(ctx)
  const ref = requiredString(body, 'ref')
  const sha = requiredString(body, 'sha')
  await checkNewRefName(ctx, ref)
  if (await git.readRef(ref)) throw unprocessable('Reference already exists')
  refuseByTagRules(ctx, ref, 'creation')
  if (!(await git.objectType(sha))) throw unprocessable('Object does not exist')
  try {
    await git.writeRef(ref, sha, undefined)
  } catch (error) {
    // Lost a race with another writer, or a directory/file clash such as 'a' vs 'a/b'.
    if (error instanceof RefConflict) throw unprocessable('Reference update failed')
    throw error
  }
  const entry = (await git.readRef(ref))!
  const body201 = gitRefObject(ctx.server, entry)
  return { status: 201, body: body201, headers: { location: String(body201.url) } }
}

/** Moves a ref; without `force`, only forward (the old commit must be an ancestor of the new). */
async function updateRef(ctx: RouteContext): Promise<RouteResult> {
  const git = requireGit(ctx)
  const body = objectBody(ctx)
  const sha = requiredString(body, 'sha')
  const force = optionalField(body, 'force', 'boolean') ?? false
  const ref = `refs/${ctx.params.ref}`
  const current = await git.readRef(ref)
  if (!current) throw unprocessable('Reference does not exist')
  if (!(await git.objectType(sha))) throw unprocessable('Object does not exist')
  if (current.sha !== sha) refuseByTagRules(ctx, ref, 'update')
  if (!force && current.sha !== sha) {
    const from = await git.resolveCommit(current.sha)
    const to = await git.resolveCommit(sha)
    if (!from || !to || !(await git.isAncestor(from, to))) {
      throw unprocessable('Update is not a fast forward')
    }
  }
  try {
    await git.writeRef(ref, sha, current.sha)
  } catch (error) {
    if (error instanceof RefConflict) throw unprocessable('Reference cannot be updated')
    throw error
  }
  return { status: 200, body: gitRefObject(ctx.server, (await git.readRef(ref))!) }
}

async function deleteRef(ctx: RouteContext): Promise<RouteResult> {
  const git = requireGit(ctx)
  const ref = `refs/${ctx.params.ref}`
  const current = await git.readRef(ref)
  if (!current) throw unprocessable('Reference does not exist')
  refuseByTagRules(ctx, ref, 'deletion')
  try {
    await git.deleteRef(ref, current.sha)
  } catch (error) {
    if (error instanceof RefConflict) throw unprocessable('Reference cannot be deleted')
    throw error
  }
  return { status: 204 }
}

/** The tagger of a new tag: the one given, else the token's own identity, dated now. */
function taggerOf(ctx: RouteContext, body: Record<string, unknown>): GitIdentity {
  const login = grantLogin(ctx.grant)
  const given = body.tagger
  if (given === undefined || given === null) {
    return { name: login, email: `${login}@users.noreply.github.com`, date: ctx.server.now() }
  }
  const tagger = typeof given === 'object' ? (given as Record<string, unknown>) : {}
  const name = requiredString(tagger, 'name')
  const email = requiredString(tagger, 'email')
  const date = optionalField(tagger, 'date', 'string') ?? ctx.server.now()
  if (/[<>\n]/.test(name + email))
    throw unprocessable('Invalid request.\n\nInvalid tagger identity.')
  if (Number.isNaN(new Date(date).getTime()))
    throw unprocessable(`Invalid request.\n\n${date} is not a valid date-time.`)
  return { name, email, date }
}

/** Writes an annotated tag object with `git mktag`; like GitHub it makes no ref (POST /git/refs does). */
async function createTag(ctx: RouteContext): Promise<RouteResult> {
  const git = requireGit(ctx)
  const body = objectBody(ctx)
  const tag = requiredString(body, 'tag')
  const message = requiredString(body, 'message')
  const object = requiredString(body, 'object')
  const type = requiredString(body, 'type')
  if (!OBJECT_TYPES.includes(type)) {
    throw unprocessable(
      `Invalid request.\n\n${JSON.stringify(type)} is not a member of ["commit", "tree", "blob", "tag"].`
    )
  }
  if ((await git.objectType(object)) !== type) throw unprocessable('Object does not exist')
  if (!(await git.isValidRefName(`refs/tags/${tag}`)))
    throw unprocessable(`${tag} is not a valid tag name.`)
  const tagger = taggerOf(ctx, body)
  const sha = await git.makeTag({ object, type: type, tag, tagger, message })
  const parsed = (await git.readTag(sha))!
  ctx.server.state.apiTags.push({
    sha,
    tag,
    message: parsed.message,
    object: { sha: object, type },
    tagger: parsed.tagger
  })
  const created = gitTagObject(ctx.server, parsed)
  return { status: 201, body: created, headers: { location: String(created.url) } }
}

async function getTag(ctx: RouteContext): Promise<RouteResult> {
  const tag = await requireGit(ctx).readTag(ctx.params.tag_sha)
  if (!tag) throw notFound()
  return { status: 200, body: gitTagObject(ctx.server, tag) }
}

async function getCommit(ctx: RouteContext): Promise<RouteResult> {
  const commit = await requireGit(ctx).readCommit(ctx.params.commit_sha)
  if (!commit) throw notFound()
  return { status: 200, body: gitCommitObject(ctx.server, commit) }
}
