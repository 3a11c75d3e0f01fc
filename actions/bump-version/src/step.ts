/** bump-version's work, loaded once its inputs and the checkout are known to be good. */
import type { RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, info } from '../../../packages/action-kit/core.js'
import { ConfigurationError } from '../../../packages/action-kit/errors.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import type { Git } from '../../../packages/git/git.js'
import { bumpVersion } from '../../../packages/release/bump-version.js'
import { stepPublisher } from '../../../packages/release/commit-via.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { enforcePolicy, resolveReleaseTarget } from '../../../packages/release/target.js'
import { loadVersionFiles, currentVersion } from '../../../packages/version-files/index.js'
import { Output, type BumpInputs } from './inputs.js'
import { bumpSummary } from './summary.js'

export async function bumpVersionStep(
  inputs: BumpInputs,
  context: RunContext,
  git: Git
): Promise<void> {
  // Read and check every version file before anything touches the network or the disk.
  const files = await loadVersionFiles(inputs.workingDirectory, inputs.files)
  const current = currentVersion(files).version
  const branch = context.branch ?? (await git.currentBranch())
  if (inputs.push && !inputs.dryRun && !branch) {
    throw new ConfigurationError(
      'HEAD is detached, so there is no branch to push the bump to; check out the release branch or set push: false.'
    )
  }
  const target = await resolveReleaseTarget(git, {
    versionInput: inputs.version,
    branch,
    patterns: inputs.patterns,
    tagPrefix: inputs.tagPrefix,
    mainBranch: inputs.mainBranch
  })
  // A rerun after the release was tagged (on main's merge commit, not on this branch) is fine;
  // releasing a version whose tag is already in this branch's history is a repeat.
  const tagInHistory =
    target.remoteTags.has(target.tag) && (await git.isAncestor(target.tag, 'HEAD'))
  const tolerateOwnTag = current === target.version && !tagInHistory
  enforcePolicy(target, inputs.releaseType, { tolerateOwnTag, tagPrefix: inputs.tagPrefix })
  const publish =
    inputs.push && !inputs.dryRun
      ? await stepPublisher(inputs.commitVia, {
          token: inputs.token,
          context,
          branch,
          log: actionsLogger
        })
      : undefined
  const result = await bumpVersion(git, {
    publish,
    version: target.version,
    files,
    branch,
    message: inputs.commitMessage.replaceAll('{version}', target.version),
    commit: inputs.commit,
    push: inputs.push,
    dryRun: inputs.dryRun
  })
  const previousVersion = target.latest?.version ?? result.previousVersion
  info(
    result.result === 'unchanged'
      ? `Every version file already says ${target.version}; nothing to do.`
      : `${result.result === 'dry-run' ? 'Would bump' : 'Bumped'} ${result.changes.length} file(s) to ${target.version}.`
  )
  await setOutputs({
    [Output.version]: target.version,
    [Output.previousVersion]: previousVersion ?? '',
    [Output.tag]: target.tag,
    [Output.changedFiles]: JSON.stringify(result.changes.map((c) => c.file)),
    [Output.commitSha]: result.commitSha ?? '',
    [Output.result]: result.result
  })
  await appendSummary(bumpSummary(target, result, previousVersion))
}
