/** update-changelog's work, loaded once its inputs and the checkout are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, info, notice } from '../../../packages/action-kit/core.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import type { Git } from '../../../packages/git/git.js'
import { stepPublisher } from '../../../packages/release/commit-via.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { runChangelog } from '../../../packages/release/changelog-run.js'
import { Output, type ChangelogInputs } from './inputs.js'
import { changelogSummary } from './summary.js'

export async function updateChangelogStep(
  inputs: ChangelogInputs,
  context: RunContext,
  git: Git
): Promise<void> {
  const outcome = await runChangelog(git, {
    ...inputs,
    repositoryUrl:
      context.owner && context.repo
        ? `${context.serverUrl}/${context.owner}/${context.repo}`
        : undefined,
    versionInput: inputs.version,
    branch: context.branch,
    defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token }),
    publisher: stepPublisher(inputs.commitVia, {
      token: inputs.token,
      context,
      log: actionsLogger
    })
  })
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
