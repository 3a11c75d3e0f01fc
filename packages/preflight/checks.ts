/** The result of one preflight check, and the checks that read only the checkout and origin. */
import { confinedFile } from '../action-kit/confine.js'
import { readFile } from 'node:fs/promises'
import type { FileLocation } from '../base/errors.js'
import { errorMessage, isConfigurationError } from '../base/errors.js'
import type { Git, RemoteListing } from '../git/git.js'
import { releaseTags } from '../git/history.js'
import { checkFilesFollowRelease, compareLoose } from '../release/files-follow-release.js'
import {
  parseBranchPatterns,
  parseReleaseBranch,
  parseReleaseTags,
  type ReleaseTag
} from '../versioning/index.js'
import { currentVersion, inspectVersionFiles, versionSource } from '../version-files/index.js'
import type { VersionFileSpec } from '../version-files/index.js'
import { checkChangelog } from './changelog-check.js'
import type { Stage } from './stages.js'

export type CheckStatus = 'pass' | 'warn' | 'fail'

export interface PreflightCheck {
  check: string
  status: CheckStatus
  detail: string
  /** Where in the checkout the problem is, one annotation each. */
  locations?: Array<FileLocation & { message: string }>
}

/** `fail` when a stage that would certainly fail on it is coming, else `warn`. */
export function severity(stages: readonly Stage[], failing: readonly Stage[]): CheckStatus {
  return failing.some((stage) => stages.includes(stage)) ? 'fail' : 'warn'
}

function stageList(stages: readonly Stage[], among: readonly Stage[]): string {
  const coming = among.filter((s) => stages.includes(s))
  return coming.length > 0 ? coming.join(', ') : 'no coming stage'
}

/** Informational: a shallow checkout is fine, the actions fetch the history they need. */
export async function checkShallow(git: Git): Promise<PreflightCheck> {
  const shallow = await git.isShallow()
  return {
    check: 'shallow checkout',
    status: 'pass',
    detail: shallow
      ? 'The checkout is shallow (fetch-depth: 1); the actions fetch the tags and history they need themselves.'
      : 'The checkout has full history.'
  }
}

/** Origin's refs the checks read: the release tags and the release branches. */
export type OriginRefs = () => Promise<RemoteListing>

/**
 * Origin's release tags and release branches in one `ls-remote`, asked the first time a check
 * needs them and shared by every check after; with `head`, origin's HEAD too (the default
 * branch, then known to `remoteDefaultBranch` without asking again).
 */
export function originRefs(git: Git, tagPrefix: string, head = false): OriginRefs {
  let asked: Promise<RemoteListing> | undefined
  return () =>
    (asked ??= git.listRemote([
      ...(head ? ['HEAD'] : []),
      `refs/tags/${tagPrefix}*`,
      ...RELEASE_BRANCH_GLOBS.map((glob) => `refs/heads/${glob}`)
    ]))
}

const RELEASE_BRANCH_GLOBS = ['release-*', 'release/*']

/** Where the release line is read: origin's release tags, and the branch the run is on. */
export interface ReleaseLineProbe {
  origin: OriginRefs
  tagPrefix: string
  branch?: string
}

/**
 * The latest release the version files must follow, from the names of origin's release tags
 * (`ls-remote`, nothing fetched): on a release or hotfix branch the newest tag below its version
 * (what bump-version finds on the line), elsewhere the newest tag.
 */
async function releaseLine(
  probe: ReleaseLineProbe
): Promise<{ latest?: ReleaseTag; target?: { version: string; tag: string } }> {
  const names = [...releaseTags(await probe.origin(), probe.tagPrefix).keys()]
  const tags = parseReleaseTags(names, probe.tagPrefix)
  let branch: { version: string } | undefined
  try {
    branch = probe.branch ? parseReleaseBranch(probe.branch, parseBranchPatterns()) : undefined
  } catch {
    branch = undefined
  }
  if (!branch) return { latest: tags[0] }
  const version = branch.version
  const tag = `${probe.tagPrefix}${version}`
  return {
    latest: tags.find((t) => t.name !== tag && compareLoose(t.version, version) < 0),
    target: { version, tag }
  }
}

/**
 * The version files, found and judged as bump-version finds and judges them: they agree on one
 * version, or the version is derived from the git tag; they say the latest release (or already
 * the release branch's version), not an older one; else bump-version's own error.
 */
export async function checkVersionFiles(
  dir: string,
  files: VersionFileSpec[] | undefined,
  stages: readonly Stage[],
  readers: readonly Stage[],
  line?: ReleaseLineProbe
): Promise<PreflightCheck> {
  const check = 'version files'
  try {
    const set = await inspectVersionFiles(dir, files)
    const found = currentVersion(set.files)
    const source = versionSource(found, set.lookedAt, set.empty)
    const release = line && source === 'literal' ? await releaseLine(line) : {}
    checkFilesFollowRelease(found, release.target, release.latest)
    const where = found.occurrences.map((o) => `${o.file}:${o.line}`).join(', ')
    const dynamic = found.dynamic.map((d) => `${d.file} (${d.reason})`).join(', ')
    return {
      check,
      status: 'pass',
      detail:
        source === 'derived'
          ? `Derived from the git tag at build time: ${dynamic}; bump-version will say 'derived' and write nothing.`
          : `All agree on ${found.version}: ${where}.` +
            (release.latest ? ` The latest release is ${release.latest.name}.` : '') +
            (dynamic ? ` Computed: ${dynamic}.` : '')
    }
  } catch (error) {
    if (!isConfigurationError(error)) throw error
    const status = severity(stages, readers)
    const [first] = error.locations
    return {
      check,
      status,
      detail: `${error.message}${status === 'fail' ? ` This would stop ${stageList(stages, readers)}.` : ''}`,
      locations: first ? [{ ...first, message: error.message }] : undefined
    }
  }
}

/** CHANGELOG.md is laid out as Keep a Changelog; each problem is annotated at its line. */
export async function checkChangelogFile(
  dir: string,
  path: string,
  stages: readonly Stage[],
  readers: readonly Stage[]
): Promise<PreflightCheck> {
  const check = 'changelog'
  let text: string
  try {
    text = await readFile(confinedFile(dir, path), 'utf8')
  } catch (error) {
    return { check, status: 'warn', detail: `${path} cannot be read: ${errorMessage(error)}` }
  }
  const result = checkChangelog(text, path)
  if (result.problems.length === 0) {
    const latest = result.versions[0] ? `latest release ${result.versions[0]}` : 'no release yet'
    const kept =
      result.notices.length > 0
        ? ` Older history has ${result.notices.length} irregular line(s), kept as written (${result.notices.map((n) => `line ${n.line}`).join(', ')}).`
        : ''
    return {
      check,
      status: 'pass',
      detail: `${path} is a Keep a Changelog file (${result.hasUnreleased ? '[Unreleased], ' : ''}${latest}).${kept}`
    }
  }
  const status = severity(stages, readers)
  const listing = result.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')
  return {
    check,
    status,
    detail: `${path} is not valid Keep a Changelog: ${listing}.${status === 'fail' ? ` This would stop ${stageList(stages, readers)}.` : ''}`,
    locations: result.problems.map((p) => ({
      file: path,
      line: p.line,
      message: `${path}:${p.line}: ${p.message}`
    }))
  }
}

/** More than one open release branch usually means an earlier release was never finished. */
export async function checkReleaseBranches(origin: OriginRefs): Promise<PreflightCheck> {
  const check = 'release branches'
  // The listing may name origin's HEAD branch too: only the release branches' names count.
  const branches = [...(await origin()).refs.keys()]
    .filter((ref) =>
      RELEASE_BRANCH_GLOBS.some((glob) => ref.startsWith(`refs/heads/${glob.slice(0, -1)}`))
    )
    .map((ref) => ref.slice('refs/heads/'.length))
    .sort()
  if (branches.length > 1) {
    return {
      check,
      status: 'warn',
      detail: `${branches.length} release branches are open: ${branches.join(', ')}. Finish or delete the old ones so the next release is cut from the right one.`
    }
  }
  return {
    check,
    status: 'pass',
    detail: branches.length === 1 ? `One open: ${branches[0]}.` : 'None open.'
  }
}
