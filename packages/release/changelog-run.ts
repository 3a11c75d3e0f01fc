/**
 * update-changelog's use-case: the run its inputs ask for, in the checkout `git` works in.
 * `update` resolves the release this branch is for and writes its section, the action's own
 * commits (for any version) left out of the range; `rebuild` writes the whole file from the tags.
 * Every check that can refuse the run comes before the commit is published.
 */
import { ConfigurationError } from '../base/errors.js'
import type { ClassifyOptions, LinkOptions } from '../changelog/index.js'
import type { Git } from '../git/git.js'
import type { PublishCommits } from '../git/push.js'
import type { ChangelogSettings } from './changelog-io.js'
import { rebuildChangelog } from './rebuild-changelog.js'
import { resolveReleaseTarget, type TargetRequest } from './target.js'
import { updateChangelog, type ChangelogOutcome } from './update-changelog.js'

export interface ChangelogRunRequest
  extends
    ClassifyOptions,
    LinkOptions,
    Pick<TargetRequest, 'versionInput' | 'branch' | 'patterns' | 'mainBranch' | 'defaultBranch'> {
  mode: 'update' | 'rebuild'
  /** The file, relative to the working directory. */
  path: string
  tagPrefix: string
  /** The new section's date. */
  date: string
  /** Overrides the previous release tag as the start of the range. */
  fromRef?: string
  /** `{version}` is the release's version ('all releases' for a rebuild). */
  commitMessage: string
  commit: boolean
  push: boolean
  dryRun: boolean
  /** How the commit reaches `branch`, asked once the branch is known; default `git push`. */
  publisher?: (branch: string | undefined) => Promise<PublishCommits | undefined>
}

export async function runChangelog(
  git: Git,
  request: ChangelogRunRequest
): Promise<ChangelogOutcome> {
  const { repositoryUrl, tagPrefix } = request
  const settings: ChangelogSettings = {
    path: request.path,
    classify: { rules: request.rules, skip: request.skip, unclassified: request.unclassified },
    links: { issueUrl: request.issueUrl, issuePattern: request.issuePattern, repositoryUrl },
    linkStyle: repositoryUrl
      ? { base: repositoryUrl, tag: `${tagPrefix}{version}`, separator: '...' }
      : undefined,
    tagPrefix
  }
  const branch = request.branch ?? (await git.currentBranch())
  const publishing = request.push && !request.dryRun
  if (publishing && !branch) {
    throw new ConfigurationError(
      'HEAD is detached, so there is no branch to push the changelog to; check out the release branch or set push: false.'
    )
  }
  const publish = publishing ? await request.publisher?.(branch) : undefined
  const delivery = { commit: request.commit, push: request.push, dryRun: request.dryRun }
  if (request.mode === 'rebuild') {
    return rebuildChangelog(git, {
      ...settings,
      delivery: {
        ...delivery,
        message: request.commitMessage.replaceAll('{version}', 'all releases'),
        branch,
        publish
      }
    })
  }
  const target = await resolveReleaseTarget(git, {
    versionInput: request.versionInput,
    branch,
    patterns: request.patterns,
    tagPrefix,
    mainBranch: request.mainBranch,
    defaultBranch: request.defaultBranch,
    lineTags: false
  })
  return updateChangelog(git, {
    ...settings,
    classify: { ...settings.classify, skip: [...settings.classify.skip, ownCommits(request)] },
    target,
    date: request.date,
    fromRef: request.fromRef,
    delivery: {
      ...delivery,
      message: request.commitMessage.replaceAll('{version}', target.version),
      branch,
      publish,
      remoteHead: branch ? target.listing?.refs.get(`refs/heads/${branch}`) : undefined
    }
  })
}

/** The subjects of the action's own commits, for any version, not only this one. */
function ownCommits(request: { commitMessage: string }): RegExp {
  const escaped = request.commitMessage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped.replace('\\{version\\}', '\\S+')}$`)
}
