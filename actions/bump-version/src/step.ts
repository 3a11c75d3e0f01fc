/** bump-version's work, loaded once its inputs and the checkout are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import type { RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, info, notice } from '../../../packages/action-kit/core.js'
import { ConfigurationError, isConfigurationError } from '../../../packages/base/errors.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import type { Git } from '../../../packages/git/git.js'
import { bumpVersion } from '../../../packages/release/bump-version.js'
import { checkFilesFollowRelease } from '../../../packages/release/files-follow-release.js'
import { stepPublisher } from '../../../packages/release/commit-via.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { enforcePolicy, resolveReleaseTarget } from '../../../packages/release/target.js'
import {
  currentVersion,
  inspectVersionFiles,
  throwAll,
  versionSource
} from '../../../packages/version-files/index.js'
import { Output, type BumpInputs } from './inputs.js'
import { bumpSummary, derivedSummary } from './summary.js'

export async function bumpVersionStep(
  inputs: BumpInputs,
  context: RunContext,
  git: Git
): Promise<void> {
  // Every problem of the run (version files, branch, policy) is gathered into one error, and
  // all of it is checked before anything is written.
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
    const set = await inspectVersionFiles(inputs.workingDirectory, inputs.files)
    const found = currentVersion(set.files)
    // No literal version: derived from the tag (success, nothing to write), or a clear failure.
    return { files: set.files, found, source: versionSource(found, set.lookedAt, set.empty) }
  })
  const current = read?.found.version
  const branch = context.branch ?? (await git.currentBranch())
  if (inputs.push && !inputs.dryRun && !branch) {
    problems.push(
      new ConfigurationError(
        'HEAD is detached, so there is no branch to push the bump to; check out the release branch or set push: false.'
      )
    )
  }
  const target = await gather(() =>
    resolveReleaseTarget(git, {
      versionInput: inputs.version,
      branch,
      patterns: inputs.patterns,
      tagPrefix: inputs.tagPrefix,
      mainBranch: inputs.mainBranch,
      defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token })
    })
  )
  if (target) {
    // A rerun after the release was tagged (on main's merge commit, not on this branch) is fine;
    // releasing a version whose tag is already in this branch's history is a repeat.
    const tagInHistory =
      target.remoteTags.has(target.tag) && (await git.isAncestor(target.tag, 'HEAD'))
    const tolerateOwnTag = current === target.version && !tagInHistory
    await gather(() =>
      enforcePolicy(target, inputs.releaseType, { tolerateOwnTag, tagPrefix: inputs.tagPrefix })
    )
    if (read?.source === 'literal' && inputs.releaseType !== 'any') {
      await gather(() => checkFilesFollowRelease(read.found, target, target.latest))
    }
  }
  throwAll(problems, 'this run')
  if (!read || !target) throw new Error('bump-version: no problem reported, yet nothing read')
  const { files, found, source } = read
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
    dryRun: inputs.dryRun,
    remoteHead: branch ? target.listing?.refs.get(`refs/heads/${branch}`) : undefined
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
