/** update-changelog's work, loaded once its inputs and the checkout are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, info, notice } from '../../../packages/action-kit/core.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import type { Git } from '../../../packages/git/git.js'
import type { ChangelogSettings } from '../../../packages/release/changelog-io.js'
import { stepPublisher } from '../../../packages/release/commit-via.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { rebuildChangelog } from '../../../packages/release/rebuild-changelog.js'
import { resolveReleaseTarget } from '../../../packages/release/target.js'
import {
  updateChangelog,
  type ChangelogOutcome
} from '../../../packages/release/update-changelog.js'
import { Output, type ChangelogInputs } from './inputs.js'
import { changelogSummary } from './summary.js'

export async function updateChangelogStep(
  inputs: ChangelogInputs,
  context: RunContext,
  git: Git
): Promise<void> {
  const repositoryUrl =
    context.owner && context.repo
      ? `${context.serverUrl}/${context.owner}/${context.repo}`
      : undefined
  const settings: ChangelogSettings = {
    path: inputs.path,
    classify: { rules: inputs.rules, skip: inputs.skip, unclassified: inputs.unclassified },
    links: { issueUrl: inputs.issueUrl, issuePattern: inputs.issuePattern, repositoryUrl },
    linkStyle: repositoryUrl
      ? { base: repositoryUrl, tag: `${inputs.tagPrefix}{version}`, separator: '...' }
      : undefined,
    tagPrefix: inputs.tagPrefix
  }
  const branch = context.branch ?? (await git.currentBranch())
  if (inputs.push && !inputs.dryRun && !branch) {
    throw new ConfigurationError(
      'HEAD is detached, so there is no branch to push the changelog to; check out the release branch or set push: false.'
    )
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
  let outcome: ChangelogOutcome
  if (inputs.mode === 'rebuild') {
    const message = inputs.commitMessage.replaceAll('{version}', 'all releases')
    outcome = await rebuildChangelog(git, {
      ...settings,
      delivery: { ...inputs, message, branch, publish }
    })
  } else {
    const target = await resolveReleaseTarget(git, {
      versionInput: inputs.version,
      branch,
      patterns: inputs.patterns,
      tagPrefix: inputs.tagPrefix,
      mainBranch: inputs.mainBranch,
      defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token }),
      lineTags: false
    })
    // Our own commits for any version are left out, not only this version's.
    const own = new RegExp(
      `^${escapeRegExp(inputs.commitMessage).replace('\\{version\\}', '\\S+')}$`
    )
    outcome = await updateChangelog(git, {
      ...settings,
      classify: { ...settings.classify, skip: [...settings.classify.skip, own] },
      target,
      date: inputs.date,
      fromRef: inputs.fromRef,
      delivery: {
        ...inputs,
        message: inputs.commitMessage.replaceAll('{version}', target.version),
        branch,
        publish,
        remoteHead: branch ? target.listing?.refs.get(`refs/heads/${branch}`) : undefined
      }
    })
  }
  for (const irregular of outcome.notices)
    notice(`${inputs.path} line ${irregular.line}: kept as written: ${irregular.message}`)
  const notesFile = join(context.runnerTemp, `release-notes-${outcome.version || 'changelog'}.md`)
  mkdirSync(context.runnerTemp, { recursive: true })
  writeFileSync(notesFile, outcome.notes + '\n')
  info(
    outcome.result === 'unchanged'
      ? `${inputs.path} already has everything for ${outcome.version}; nothing to do.`
      : `${outcome.result === 'dry-run' ? 'Would write' : 'Wrote'} the ${outcome.version} section of ${inputs.path} from ${outcome.commits} commit(s).`
  )
  await setOutputs({
    [Output.version]: outcome.version,
    [Output.releaseNotes]: outcome.notes,
    [Output.releaseNotesFile]: notesFile,
    [Output.result]: outcome.result
  })
  await appendSummary(changelogSummary(outcome, inputs.path, inputs.mode))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
