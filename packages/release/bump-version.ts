/**
 * Step 10 of the process: write the release version into every version file, in one commit.
 * Everything is read and checked before anything is written; a dry run writes nothing.
 */
import { confinedFile } from '../action-kit/confine.js'
import { writeFileSync } from 'node:fs'
import type { Git } from '../git/git.js'
import type { PublishCommits } from '../git/push.js'
import { commitAndPush } from './commit-and-push.js'
import { currentVersion, planVersionBump, type LoadedVersionFile } from '../version-files/index.js'

export interface BumpRequest {
  version: string
  files: LoadedVersionFile[]
  /** The branch to push to; required when `push`. */
  branch?: string
  message: string
  commit: boolean
  push: boolean
  dryRun: boolean
  /** How the commit reaches the branch (commit-via); default `git push`. */
  publish?: PublishCommits
  /** The branch's head on origin as the stage's ls-remote saw it: the push's lease. */
  remoteHead?: string
}

export interface FileChange {
  file: string
  from: string
  /** `line: before -> after`, for the summary and the dry-run report. */
  lines: Array<{ line: number; before: string; after: string }>
}

export type BumpOutcome = 'updated' | 'unchanged' | 'dry-run'

export interface BumpResult {
  result: BumpOutcome
  previousVersion: string | undefined
  changes: FileChange[]
  commitSha?: string
  pushed: boolean
  replays: number
}

/** Plans the bump (pure): which files change, and how, line by line. */
export function planBump(
  files: LoadedVersionFile[],
  version: string
): { previous: string | undefined; changes: FileChange[]; texts: Map<string, Uint8Array> } {
  const { version: previous } = currentVersion(files)
  const planned = planVersionBump(files, version)
  // The new bytes of each file: only the versions change, any byte that is not UTF-8 stays.
  const texts = new Map<string, Uint8Array>()
  const changes = planned.map((p) => {
    texts.set(p.file, p.bytes)
    return { file: p.file, from: p.from, lines: changedLines(p.before, p.after) }
  })
  return { previous, changes, texts }
}

function changedLines(before: string, after: string): FileChange['lines'] {
  const a = before.split('\n')
  const b = after.split('\n')
  const lines: FileChange['lines'] = []
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      lines.push({
        line: i + 1,
        before: (a[i] ?? '').replace(/\r$/, ''),
        after: (b[i] ?? '').replace(/\r$/, '')
      })
  }
  return lines
}

export async function bumpVersion(git: Git, request: BumpRequest): Promise<BumpResult> {
  const { previous, changes, texts } = planBump(request.files, request.version)
  if (changes.length === 0)
    return { result: 'unchanged', previousVersion: previous, changes, pushed: false, replays: 0 }
  if (request.dryRun)
    return { result: 'dry-run', previousVersion: previous, changes, pushed: false, replays: 0 }
  for (const [file, text] of texts) writeFileSync(confinedFile(git.cwd, file), text)
  if (!request.commit)
    return { result: 'updated', previousVersion: previous, changes, pushed: false, replays: 0 }
  // Pushed from the new commit's parent: HEAD before the files were written.
  const committed = await commitAndPush(git, [...texts.keys()], undefined, request)
  return { result: 'updated', previousVersion: previous, changes, ...committed }
}
