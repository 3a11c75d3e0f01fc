/**
 * The CHANGELOG part of a rollback's books as deploy and monitor run it: with a checkout, the
 * version's section is marked [YANKED] on develop (yank-changelog.ts); without one, skipped.
 */
import type { CommonInputs } from '../action-kit/common.js'
import type { Repository, RunContext } from '../action-kit/context.js'
import { actionsLogger } from '../action-kit/logger.js'
import { Git } from '../git/git.js'
import type { GitHubClient } from '../github/client.js'
import { upsertPull } from '../github/pulls.js'
import { parseBranchPatterns } from '../versioning/branches.js'
import type { ChangelogYank } from './rollback-books.js'
import { yankOnDevelop } from './yank-changelog.js'

export interface YankInputs extends CommonInputs {
  tagPrefix: string
  developBranch: string
  changelogPath: string
}

export async function changelogYank(
  inputs: YankInputs,
  context: RunContext,
  github: GitHubClient,
  repository: Repository,
  version: string
): Promise<ChangelogYank | undefined> {
  const git = new Git(inputs.workingDirectory, {
    log: actionsLogger,
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
        scratch: context.runnerTemp
      },
      (spec) => upsertPull(github, repository, spec)
    )
}
