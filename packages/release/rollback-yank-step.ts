/**
 * The CHANGELOG part of a rollback's books as deploy and monitor run it: with a checkout, the
 * version's section is marked [YANKED] on develop (yank-changelog.ts); without one, skipped.
 */
import type { CommonInputs } from '../action-kit/common.js'
import type { Repository } from '../action-kit/context.js'
import type { Logger } from '../base/logger.js'
import { Git } from '../git/git.js'
import type { GitHubClient } from '../github/client.js'
import { upsertPull } from '../github/pulls.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import { commitPublisher, resolveCommitVia, type CommitVia } from './commit-via.js'
import type { ChangelogYank } from './rollback-books.js'
import { yankOnDevelop, type YankPublishers } from './yank-changelog.js'

export interface YankInputs extends CommonInputs {
  tagPrefix: string
  developBranch: string
  changelogPath: string
  commitVia: CommitVia
}

/** `scratch`: a directory for temporary files (the runner's temp). */
export async function changelogYank(
  inputs: YankInputs,
  scratch: string,
  github: GitHubClient,
  repository: Repository,
  version: string,
  log: Logger
): Promise<ChangelogYank | undefined> {
  const git = new Git(inputs.workingDirectory, {
    log,
    identity: inputs.identity,
    token: inputs.token
  })
  if (!(await git.isRepository())) return undefined
  return () =>
    yankOnDevelop(
      git,
      {
        version,
        tagPrefix: inputs.tagPrefix,
        developBranch: inputs.developBranch,
        changelogPath: inputs.changelogPath,
        patterns: parseBranchPatterns(),
        scratch,
        via: yankPublishers(inputs.commitVia, github, repository, log)
      },
      (spec) => upsertPull(github, repository, spec)
    )
}

/** `commit-via` for the yank branch and the merge into develop; undefined for `git`. */
function yankPublishers(
  via: CommitVia,
  github: GitHubClient,
  repository: Repository,
  log: Logger
): YankPublishers | undefined {
  if (via === 'git') return undefined
  const context = (branch: string) => ({
    repository,
    branch,
    github: () => Promise.resolve(github),
    log
  })
  return {
    commits: (branch) => commitPublisher(via, context(branch)),
    merge: async (target) => {
      if ((await resolveCommitVia(via, context(target))) === 'git') return undefined
      const { mergeThroughApi } = await import(
        /* webpackChunkName: "rollback-github-merges" */ '../github/merges.js'
      )
      return mergeThroughApi(github, repository)
    },
    createBranch: async (branch, sha) => {
      await github.rest.git.createRef({ ...repository, ref: `refs/heads/${branch}`, sha })
    }
  }
}
