/** bump-version's work, loaded once its inputs and the checkout are known to be good. */
import type { RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, info, notice } from '../../../packages/action-kit/core.js'
import { ConfigurationError } from '../../../packages/action-kit/errors.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import type { Git } from '../../../packages/git/git.js'
import { bumpVersion } from '../../../packages/release/bump-version.js'
import { checkFilesFollowRelease } from '../../../packages/release/files-follow-release.js'
import { enforcePolicy, resolveReleaseTarget } from '../../../packages/release/target.js'
import {
  currentVersion,
  inspectVersionFiles,
  versionSource
} from '../../../packages/version-files/index.js'
import { Output, type BumpInputs } from './inputs.js'
import { bumpSummary, derivedSummary } from './summary.js'

export async function bumpVersionStep(
  inputs: BumpInputs,
  context: RunContext,
  git: Git
): Promise<void> {
  // Read and check every version file before anything touches the network or the disk.
  const { files, lookedAt, empty } = await inspectVersionFiles(
    inputs.workingDirectory,
    inputs.files
  )
  const found = currentVersion(files)
  // No literal version: derived from the tag (success, nothing to write), or a clear failure.
  const source = versionSource(found, lookedAt, empty)
  const current = found.version
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
  if (source === 'derived') {
    const from = found.dynamic.filter((d) => d.fromTag).map((d) => `${d.file} (${d.reason})`)
    notice(
      `The version of this project is derived from the git tag at build time: ${from.join(', ')}. ` +
        `Nothing to write; create-tag's tag ${target.tag} will be the version.`
    )
    await setOutputs({
      [Output.version]: target.version,
      [Output.previousVersion]: target.latest?.version ?? '',
      [Output.tag]: target.tag,
      [Output.changedFiles]: '[]',
      [Output.commitSha]: '',
      [Output.result]: 'derived'
    })
    await appendSummary(derivedSummary(target, from))
    return
  }
  if (inputs.releaseType !== 'any') checkFilesFollowRelease(found, target, target.latest)
  const result = await bumpVersion(git, {
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
