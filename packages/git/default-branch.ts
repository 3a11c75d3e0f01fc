/**
 * The repository's default branch (`main`, `master`, ...), where the `main-branch` input is left
 * empty: what origin said of its HEAD earlier in the run (the stage's one `ls-remote`), else what
 * the clone knows of origin's HEAD, else what origin says, else the event payload's
 * `repository.default_branch` (what the API reports, delivered with every event), else the API
 * itself (`GET /repos/{owner}/{repo}`), asked through `fromApi` by the caller that has a token.
 * Every action that needs the main branch asks here, so they all follow one rule.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { Git } from './git.js'

/** Asks GitHub for the repository's default branch; undefined when it cannot say. */
export type DefaultBranchLookup = () => Promise<string | undefined>

export async function remoteDefaultBranch(
  git: Git,
  fromApi?: DefaultBranchLookup,
  remote = 'origin'
): Promise<string | undefined> {
  // What origin said of its HEAD earlier in this run is fresher than the clone's note of it.
  if (remote === 'origin' && git.originHead) return git.originHead
  const name = await localDefaultBranch(git, remote)
  if (name) return name
  const listed = await git.run(['ls-remote', '--symref', remote, 'HEAD'], { allowFailure: true })
  const symref = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(listed.stdout)
  if (symref) return symref[1]
  return eventDefaultBranch() ?? (await fromApi?.())
}

/** What the clone knows of origin's HEAD (`refs/remotes/origin/HEAD`), without asking origin. */
export async function localDefaultBranch(git: Git, remote = 'origin'): Promise<string | undefined> {
  const known = await git.run(
    ['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`],
    { allowFailure: true }
  )
  const name = known.stdout.trim()
  return known.exitCode === 0 && name.startsWith(`${remote}/`)
    ? name.slice(remote.length + 1)
    : undefined
}

/** The event payload's `repository.default_branch`. */
export function eventDefaultBranch(): string | undefined {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return undefined
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as {
      repository?: { default_branch?: unknown }
    }
    const branch = event.repository?.default_branch
    return typeof branch === 'string' && branch !== '' ? branch : undefined
  } catch {
    return undefined
  }
}
