/**
 * How a release reached main: merged (the release branch's head is in the history of the
 * commit on main, step 12's `git merge --no-ff`) or squashed/rebased (it is not: the branch's
 * commits were rewritten). git-flow needs the merge: after a squash or rebase, main stops being
 * an ancestor of develop and the back-merge meets the release's changes again as conflicts.
 */
import type { Git, RemoteListing } from '../git/git.js'
import type { GitHubClient } from '../github/client.js'
import { releaseBranchOfPulls } from '../tagging/version-evidence.js'
import { branchNameFor, type BranchPatterns, type ReleaseKind } from '../versioning/index.js'

export interface ReleaseArrival {
  /** `unknown`: no release branch head to compare with (no pull request, branch deleted). */
  kind: 'merge' | 'squash' | 'unknown'
  /** The release branch, when known. */
  branch?: string
  /** The release branch's head commit, when known. */
  head?: string
  /** Where the head came from: "pull request #12", "origin/release-v1.3.0", "the merge commit". */
  from?: string
}

/** The release branch head a merged pull request names (from the commit's pull requests). */
export interface PullHead {
  number: number
  branch: string
  headSha: string
}

export interface ArrivalRequest {
  /** The commit on main that carries the release. */
  sha: string
  version: string
  kind: ReleaseKind
  patterns: BranchPatterns
  pull?: PullHead
  /** Origin's refs as the stage listed them, the release branch among those asked: no ls-remote. */
  listing?: RemoteListing
}

/** Reads the arrival from the checkout: the commit's parents, the head, their ancestry. */
export async function releaseArrival(git: Git, request: ArrivalRequest): Promise<ReleaseArrival> {
  const parents = (await git.output(['rev-list', '--parents', '-n', '1', request.sha]))
    .split(' ')
    .slice(1)
  const found = await releaseHead(git, request)
  if (!found) {
    return parents.length > 1
      ? { kind: 'merge', head: parents[1], from: 'the merge commit' }
      : { kind: 'unknown' }
  }
  // The merge commit of the branch, or main fast-forwarded to it.
  if (found.head === request.sha || parents.includes(found.head)) return { kind: 'merge', ...found }
  const present = await ensureCommit(git, found.head)
  const merged = present && (await git.isAncestor(found.head, request.sha))
  if (merged) return { kind: 'merge', ...found }
  // A merge commit of the branch that moved on afterwards (a fix pushed for the next candidate).
  if (!present || parents.length < 2) return { kind: 'squash', ...found }
  const movedOn = await branchMovedOn(git, parents[1], found.head)
  return movedOn ? { kind: 'merge', ...found, head: parents[1] } : { kind: 'squash', ...found }
}

/**
 * The same, from what the API says of the commit (no checkout): a merge commit has two parents;
 * a one-parent commit that is not the head of the pull request it merged was squashed or rebased.
 */
export function arrivalFromApi(parents: number, sha: string, pull?: PullHead): ReleaseArrival {
  if (!pull) return parents > 1 ? { kind: 'merge' } : { kind: 'unknown' }
  const found = { branch: pull.branch, head: pull.headSha, from: `pull request #${pull.number}` }
  return { kind: parents > 1 || pull.headSha === sha ? 'merge' : 'squash', ...found }
}

async function releaseHead(
  git: Git,
  request: ArrivalRequest
): Promise<(Omit<ReleaseArrival, 'kind'> & { head: string }) | undefined> {
  if (request.pull) {
    return {
      branch: request.pull.branch,
      head: request.pull.headSha,
      from: `pull request #${request.pull.number}`
    }
  }
  let branch: string
  try {
    branch = branchNameFor(request.version, request.kind, request.patterns)
  } catch {
    return undefined
  }
  const ref = `refs/heads/${branch}`
  const head = (request.listing?.refs ?? (await git.remoteRefs(ref))).get(ref)
  return head ? { branch, head, from: `origin/${branch}` } : undefined
}

/**
 * Whether `merged` (the merge commit's second parent) is in the history of the branch's head:
 * the branch was merged, then moved on. A shallow checkout fetches the branch's recent history
 * (the commits pushed after a merge are few) to tell.
 */
async function branchMovedOn(git: Git, merged: string, head: string): Promise<boolean> {
  if (await git.isAncestor(merged, head)) return true
  if (!(await git.isShallow())) return false
  await git.run(['fetch', '--no-tags', '--depth=100', 'origin', head], { allowFailure: true })
  return (await git.resolveCommit(merged)) !== undefined && git.isAncestor(merged, head)
}

/** Fetches a commit the checkout lacks (a release branch is not in a clone of main). */
async function ensureCommit(git: Git, sha: string): Promise<boolean> {
  if (await git.resolveCommit(sha)) return true
  const shallow = await git.isShallow()
  await git.run(['fetch', '--no-tags', ...(shallow ? ['--depth=1'] : []), 'origin', sha], {
    allowFailure: true
  })
  return (await git.resolveCommit(sha)) !== undefined
}

/** The explanation of a squash or rebase arrival, for create-tag's error or warning. */
export function describeSquash(arrival: ReleaseArrival, sha: string, main: string): string {
  const head = arrival.head ? ` ${arrival.head.slice(0, 12)}` : ''
  const from = arrival.from ? ` (${arrival.from})` : ''
  return (
    `${arrival.branch ?? 'The release branch'}'s head${head}${from} is not in the history of ` +
    `${sha.slice(0, 12)} on ${main}: the release was squash- or rebase-merged, not merged with a merge commit. ` +
    `After such a merge ${main} stops being an ancestor of develop, and the back-merge meets the ` +
    "release's changes a second time as conflicts"
  )
}

/** The merged release pull request of `sha` and its head, read from the API; undefined if none. */
export async function mergedReleasePull(
  github: GitHubClient,
  repository: { owner: string; repo: string },
  sha: string,
  patterns: BranchPatterns
): Promise<PullHead | undefined> {
  const pulls = await github.paginate(github.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...repository,
    commit_sha: sha,
    per_page: 100
  })
  const pull = releaseBranchOfPulls(pulls, sha, patterns)
  return pull?.headSha
    ? { number: pull.number, branch: pull.branch, headSha: pull.headSha }
    : undefined
}
