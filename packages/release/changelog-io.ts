/**
 * What update-changelog's two modes share: reading the file, the release range's commits,
 * and writing, committing and pushing the result.
 */
import { confinedFile } from '../action-kit/confine.js'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import {
  decodeChangelog,
  entryForCommit,
  parseChangelog,
  type ChangelogDocument,
  type ClassifyOptions,
  type LinkOptions,
  type LinkStyle,
  type ReleaseEntry
} from '../changelog/index.js'
import type { Git } from '../git/git.js'
import { streamCommits } from '../git/log.js'
import type { PublishCommits } from '../git/push.js'
import { commitAndPush } from './commit-and-push.js'

export const NEW_CHANGELOG_PREAMBLE = [
  '# Changelog',
  '',
  'All notable changes to this project will be documented in this file.',
  '',
  'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
  'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
  ''
]

export interface ChangelogSettings {
  /** The file, relative to the working directory. */
  path: string
  classify: ClassifyOptions
  links: LinkOptions
  /** The link style for a file that has no links yet. */
  linkStyle?: LinkStyle
  tagPrefix: string
}

export interface DeliveryRequest {
  commit: boolean
  push: boolean
  dryRun: boolean
  /** How the commit reaches the branch (commit-via); default `git push`. */
  publish?: PublishCommits
  message: string
  /** Required when pushing. */
  branch?: string
  /** The branch's head on origin as the stage's ls-remote saw it: the push's lease. */
  remoteHead?: string
}

export interface Delivery {
  result: 'updated' | 'unchanged' | 'dry-run'
  commitSha?: string
  pushed: boolean
  replays: number
}

/** The file as it is (undefined when there is none), checked before anything else happens. */
export function readChangelogFile(
  git: Git,
  path: string,
  version?: string
): { doc: ChangelogDocument | undefined; text: string } {
  const full = confinedFile(git.cwd, path)
  if (!existsSync(full)) return { doc: undefined, text: '' }
  const text = decodeChangelog(readFileSync(full), path)
  return { doc: parseChangelog(text, path, { version }), text }
}

/** The entries of a range, oldest first, and how many commits it held. */
export async function rangeEntries(
  git: Git,
  revisions: string[],
  classify: ClassifyOptions,
  /** A commit to look for among the parents of the range's commits (`parentSeen`). */
  parent?: string
): Promise<{ entries: ReleaseEntry[]; commits: number; parentSeen: boolean }> {
  const entries: ReleaseEntry[] = []
  let parentSeen = false
  // Topological, so each line of history reads in order even when commit dates tie or skew.
  const commits = await streamCommits(git, ['--topo-order', ...revisions], (commit) => {
    if (parent && !parentSeen && commit.parents.includes(parent)) parentSeen = true
    const entry = entryForCommit(commit, classify)
    if (entry) entries.push(entry)
  })
  return { entries: entries.reverse(), commits, parentSeen }
}

/** Writes the new text, commits it and pushes it, as far as the request asks. */
export async function deliverChangelog(
  git: Git,
  path: string,
  before: string,
  after: string,
  request: DeliveryRequest
): Promise<Delivery> {
  if (after === before) return { result: 'unchanged', pushed: false, replays: 0 }
  if (request.dryRun) return { result: 'dry-run', pushed: false, replays: 0 }
  writeFileSync(confinedFile(git.cwd, path), after)
  if (!request.commit) return { result: 'updated', pushed: false, replays: 0 }
  // Pushed from the new commit's parent: HEAD before the file was written.
  return { result: 'updated', ...(await commitAndPush(git, [path], undefined, request)) }
}

/** Escapes text for a git `--grep` (basic regular expression). */
export function grepLiteral(text: string): string {
  return text.replace(/[\\.[\]*^$]/g, (c) => `\\${c}`)
}
