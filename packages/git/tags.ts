/**
 * Release tags through the git CLI: read a tag on the remote, make an annotated tag with the bot
 * identity as tagger (signed when asked), push it (never forced), and move a floating tag (`v1`) with a lease.
 */
import { ConfigurationError } from '../base/errors.js'
import type { Git, GitResult, RemoteListing } from './git.js'
import { remoteMessage } from './push.js'
import type { TagSigning } from './tag-signing.js'

/** A tag on the remote: the commit it names and whether it is annotated. */
export interface RemoteTag {
  name: string
  /** The commit the tag peels to. */
  commit: string
  /** The tag object for an annotated tag; equal to `commit` for a lightweight one. */
  object: string
  annotated: boolean
}

/**
 * Refs named `name` in a listing origin gave already (one that asked for `refs/tags/<name>` or a
 * glob covering it, and `refs/heads/<name>`): no round trip.
 */
export function remoteNameIn(
  listing: RemoteListing,
  name: string
): { tag?: RemoteTag; branch: boolean } {
  const ref = `refs/tags/${name}`
  const object = listing.objects.get(ref)
  const commit = listing.refs.get(ref)
  return {
    tag: object && commit ? { name, object, commit, annotated: object !== commit } : undefined,
    branch: listing.refs.has(`refs/heads/${name}`)
  }
}

/** Refs named `name` on the remote: the tag (if any) and whether a branch has that name. */
export async function readRemoteName(
  git: Git,
  name: string,
  remote = 'origin'
): Promise<{ tag?: RemoteTag; branch: boolean }> {
  const tag = `refs/tags/${name}`
  const out = await git.output(['ls-remote', remote, tag, `${tag}^{}`, `refs/heads/${name}`])
  let object: string | undefined
  let peeled: string | undefined
  let branch = false
  for (const line of out.split('\n')) {
    const [sha, ref] = line.split('\t')
    if (!sha || !ref) continue
    if (ref === `refs/heads/${name}`) branch = true
    else if (ref === `refs/tags/${name}`) object = sha
    else if (ref === `refs/tags/${name}^{}`) peeled = sha
  }
  return {
    tag: object
      ? { name, object, commit: peeled ?? object, annotated: peeled !== undefined }
      : undefined,
    branch
  }
}

/**
 * Makes the annotated tag `name` on `sha` locally; git takes the tagger from the identity the
 * `Git` carries (GIT_COMMITTER_*). A local tag of that name that the remote lacks (left by an
 * earlier attempt, or fetched from elsewhere) is replaced. Returns the tag object's sha.
 */
export async function createAnnotatedTag(
  git: Git,
  tag: { name: string; sha: string; message: string },
  signing?: TagSigning
): Promise<string> {
  await git.run(['tag', '--delete', tag.name], { allowFailure: true })
  // Signed only when asked (tag-signing.ts); else unsigned whatever tag.gpgSign says.
  const how = signing
    ? [...(signing.key ? ['-c', `user.signingKey=${signing.key}`] : []), 'tag', '--sign']
    : ['-c', 'tag.gpgSign=false', 'tag', '--annotate']
  const made = await git.run([...how, tag.name, '-F', '-', tag.sha], {
    input: tag.message,
    env: signing?.env,
    allowFailure: !!signing
  })
  if (made.exitCode !== 0) {
    throw new ConfigurationError(
      `Signing the tag ${tag.name} failed: ${made.stderr.trim() || made.stdout.trim()}. ` +
        "Give a key without a passphrase in 'gpg-private-key', or a git configuration whose user.signingKey is in the runner's keyring; nothing was tagged."
    )
  }
  return git.output(['rev-parse', `refs/tags/${tag.name}`])
}

export type TagPush =
  { pushed: true } | { pushed: false; reason: 'exists' | 'refused'; detail: string }

/**
 * Pushes `refs/tags/<name>`, never forced. A tag the remote already has is reported as
 * `exists` (the caller re-checks where it points), any other refusal as `refused`.
 */
export async function pushTag(git: Git, name: string, remote = 'origin'): Promise<TagPush> {
  const ref = `refs/tags/${name}`
  const result = await git.run(['push', '--porcelain', remote, `${ref}:${ref}`], {
    allowFailure: true
  })
  if (result.exitCode === 0) return { pushed: true }
  return { pushed: false, reason: tagExists(result) ? 'exists' : 'refused', detail: detail(result) }
}

/**
 * Points the floating tag `name` (e.g. `v1`) at `sha`, only if the remote still has it where we
 * saw it (`expected`, undefined when it did not exist): a lease, so a concurrent move is not lost.
 */
export async function moveFloatingTag(
  git: Git,
  name: string,
  sha: string,
  expected: string | undefined,
  remote = 'origin'
): Promise<TagPush> {
  const ref = `refs/tags/${name}`
  const result = await git.run(
    ['push', '--porcelain', `--force-with-lease=${ref}:${expected ?? ''}`, remote, `${sha}:${ref}`],
    { allowFailure: true }
  )
  if (result.exitCode === 0) return { pushed: true }
  return { pushed: false, reason: 'refused', detail: detail(result) }
}

function tagExists(result: GitResult): boolean {
  return /\[rejected\].*\(already exists\)|\(stale info\)|would clobber existing tag/.test(
    `${result.stdout}\n${result.stderr}`
  )
}

function detail(result: GitResult): string {
  return remoteMessage(result) || result.stderr.trim() || result.stdout.trim()
}
