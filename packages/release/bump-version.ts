/**
 * Step 10 of the process: write the release version into every version file, in one commit.
 * Everything is read and checked before anything is written; a dry run writes nothing.
 */
import { confinedFile } from '../action-kit/confine.js'
import { writeFileSync } from 'node:fs'
import { ConfigurationError, isConfigurationError } from '../base/errors.js'
import type { Git } from '../git/git.js'
import type { PublishCommits } from '../git/push.js'
import type { ReleaseType } from '../versioning/index.js'
import { commitAndPush } from './commit-and-push.js'
import { checkFilesFollowRelease } from './files-follow-release.js'
import {
  enforcePolicy,
  resolveReleaseTarget,
  type ReleaseTarget,
  type TargetRequest
} from './target.js'
import {
  currentVersion,
  inspectVersionFiles,
  planVersionBump,
  throwAll,
  versionSource,
  type LoadedVersionFile,
  type VersionFileSpec
} from '../version-files/index.js'

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

/** The release is resolved as every stage resolves it (`resolveReleaseTarget`'s request). */
export interface ReleaseBumpRequest extends Pick<
  TargetRequest,
  'versionInput' | 'branch' | 'patterns' | 'tagPrefix' | 'mainBranch' | 'defaultBranch'
> {
  /** The version files listed in 'files'; found in the checkout when absent. */
  files?: VersionFileSpec[]
  releaseType: ReleaseType
  /** The commit message template, `{version}` replaced. */
  message: string
  commit: boolean
  push: boolean
  dryRun: boolean
  /** How the commit reaches `branch`, asked once every check has passed; default `git push`. */
  publisher?: (branch: string | undefined) => Promise<PublishCommits | undefined>
}

/** What the run did: the files bumped (or not), or nothing to write (`derived`). */
export type ReleaseBump =
  | {
      result: 'derived'
      target: ReleaseTarget
      previousVersion: string | undefined
      /** `file (why)` for each file whose version the build takes from the tag. */
      derivedFrom: string[]
      notice: string
    }
  | {
      result: BumpOutcome
      target: ReleaseTarget
      /** The latest release's version, else what the files said. */
      previousVersion: string | undefined
      bump: BumpResult
    }

/**
 * bump-version's whole run in the checkout `git` works in: reads the version files, resolves the
 * release this branch is for, checks the policy and that the files follow the latest release,
 * and refuses with every problem at once, before anything is written; then bumps.
 */
export async function bumpToRelease(git: Git, request: ReleaseBumpRequest): Promise<ReleaseBump> {
  const problems: ConfigurationError[] = []
  const gather = async <T>(work: () => Promise<T> | T): Promise<T | undefined> => {
    try {
      return await work()
    } catch (error) {
      if (!isConfigurationError(error)) throw error
      problems.push(error)
      return undefined
    }
  }
  const read = await gather(async () => {
    const set = await inspectVersionFiles(git.cwd, request.files)
    const found = currentVersion(set.files)
    // No literal version: derived from the tag (success, nothing to write), or a clear failure.
    return { files: set.files, found, source: versionSource(found, set.lookedAt, set.empty) }
  })
  const current = read?.found.version
  const branch = request.branch ?? (await git.currentBranch())
  if (request.push && !request.dryRun && !branch) {
    problems.push(
      new ConfigurationError(
        'HEAD is detached, so there is no branch to push the bump to; check out the release branch or set push: false.'
      )
    )
  }
  const target = await gather(() =>
    resolveReleaseTarget(git, {
      versionInput: request.versionInput,
      branch,
      patterns: request.patterns,
      tagPrefix: request.tagPrefix,
      mainBranch: request.mainBranch,
      defaultBranch: request.defaultBranch
    })
  )
  if (target) {
    // A rerun after the release was tagged (on main's merge commit, not on this branch) is fine;
    // releasing a version whose tag is already in this branch's history is a repeat.
    const tagInHistory =
      target.remoteTags.has(target.tag) && (await git.isAncestor(target.tag, 'HEAD'))
    const tolerateOwnTag = current === target.version && !tagInHistory
    await gather(() =>
      enforcePolicy(target, request.releaseType, { tolerateOwnTag, tagPrefix: request.tagPrefix })
    )
    if (read?.source === 'literal' && request.releaseType !== 'any') {
      await gather(() => checkFilesFollowRelease(read.found, target, target.latest))
    }
  }
  throwAll(problems, 'this run')
  if (!read || !target) throw new Error('bump-version: no problem reported, yet nothing read')
  const { files, found, source } = read
  if (source === 'derived') {
    const from = found.dynamic.filter((d) => d.fromTag).map((d) => `${d.file} (${d.reason})`)
    return {
      result: 'derived',
      target,
      previousVersion: target.latest?.version,
      derivedFrom: from,
      notice:
        `The version of this project is derived from the git tag at build time: ${from.join(', ')}. ` +
        `Nothing to write; create-tag's tag ${target.tag} will be the version.`
    }
  }
  const publish = request.push && !request.dryRun ? await request.publisher?.(branch) : undefined
  const bump = await bumpVersion(git, {
    publish,
    version: target.version,
    files,
    branch,
    message: request.message.replaceAll('{version}', target.version),
    commit: request.commit,
    push: request.push,
    dryRun: request.dryRun,
    remoteHead: branch ? target.listing?.refs.get(`refs/heads/${branch}`) : undefined
  })
  return {
    result: bump.result,
    target,
    previousVersion: target.latest?.version ?? bump.previousVersion,
    bump
  }
}
