/** close-milestone's work, loaded once its inputs are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import type { Repository, RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, info } from '../../../packages/action-kit/core.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import { reportSkipped } from '../../../packages/action-kit/skip.js'
import { Git } from '../../../packages/git/git.js'
import { readProductionVerdict, rolledBack } from '../../../packages/release/rollback-books.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import { closeReleaseMilestone } from '../../../packages/github/milestone.js'
import { JiraClient } from '../../../packages/jira/client.js'
import {
  releaseJiraTickets,
  type JiraReleaseResult
} from '../../../packages/jira/release-tickets.js'
import {
  readChangelogSection,
  releaseCommitMessages,
  releasedTicketKeys,
  resolvePublishedRelease,
  type PublishedRelease
} from '../../../packages/release/published.js'
import { Input, Output, type CloseMilestoneInputs } from './inputs.js'
import { closeMilestoneSummary } from './summary.js'

export async function closeMilestoneStep(
  inputs: CloseMilestoneInputs,
  context: RunContext,
  { owner, repo }: Repository
): Promise<void> {
  const git = new Git(inputs.workingDirectory, { log: actionsLogger, token: inputs.token })
  const inCheckout = await git.isRepository()
  if (inputs.fromCommits && !inCheckout) {
    throw new ConfigurationError(
      `${inputs.workingDirectory} is not a git checkout, which 'from-commits: true' reads; run actions/checkout first.`,
      { input: Input.fromCommits }
    )
  }
  const release = await resolvePublishedRelease(inCheckout ? git : undefined, {
    versionInput: inputs.version,
    branch: context.branch,
    tagPrefix: inputs.tagPrefix,
    mainBranch: inputs.mainBranch,
    defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token })
  })
  const milestoneTitle = inputs.milestone ?? release.version
  if (inputs.carryOver !== undefined && inputs.carryOver.trim() === milestoneTitle.trim()) {
    // Moving the open issues into the milestone being closed would close them with it.
    throw new ConfigurationError(
      `Input '${Input.carryOver}' is '${milestoneTitle}', the milestone this run closes; name the ` +
        "next release's milestone (e.g. the next minor version). Nothing was changed.",
      { input: Input.carryOver }
    )
  }
  const github = await createGitHubClient({
    token: inputs.token,
    apiUrl: context.apiUrl,
    log: actionsLogger
  })
  if (inputs.productionEnvironment) {
    const verdict = await readProductionVerdict(
      github,
      { owner, repo },
      inputs.productionEnvironment,
      release.version,
      actionsLogger
    )
    if (rolledBack(verdict)) {
      throw new ConfigurationError(
        `${release.version} is not live in ${inputs.productionEnvironment}: its deployment ${verdict?.deploymentId ?? ''} is '${verdict?.state ?? ''}'` +
          `${verdict?.description ? ` (${verdict.description})` : ''}. A release that failed or was rolled back is not closed: ` +
          'the Jira version stays unreleased, its tickets are not moved and the milestone stays open. ' +
          `Ship a fixed release, or set '${Input.productionEnvironment}' to '' to close it anyway.`,
        { input: Input.productionEnvironment }
      )
    }
  }
  const keys = inputs.jira ? await releasedKeys(git, inputs, release) : []
  let jira: JiraReleaseResult | undefined
  if (inputs.jira) {
    const client = await JiraClient.connect({
      baseUrl: inputs.jira.url,
      auth: inputs.jira.auth,
      apiVersion: inputs.jira.apiVersion,
      log: actionsLogger
    })
    jira = await releaseJiraTickets(
      client,
      {
        projectKey: inputs.jira.project,
        version: release.version,
        keys,
        transition: inputs.transition,
        releaseDate: inputs.releaseDate,
        strict: inputs.strict,
        dryRun: inputs.dryRun
      },
      actionsLogger
    )
    for (const skipped of jira.skipped) actionsLogger.warning(`${skipped.key}: ${skipped.reason}`)
    if (jira.leftOpen.length > 0) {
      actionsLogger.warning(
        `Not done and not in this release, yet planned for ${release.version} in Jira: ${jira.leftOpen.join(', ')}.`
      )
    }
  }
  const milestone = await closeReleaseMilestone(
    github,
    {
      owner,
      repo,
      title: milestoneTitle,
      carryOver: inputs.carryOver,
      dryRun: inputs.dryRun,
      optional: !inputs.jira && inputs.milestone === undefined
    },
    actionsLogger
  )
  if (!jira && milestone.before === 'missing' && inputs.milestone === undefined) {
    // Neither tracker is in use: an optional stage with nothing to close.
    return reportSkipped(
      'close-milestone',
      `no Jira ('jira-url' is empty) and no GitHub milestone titled '${milestoneTitle}'`,
      "Set 'jira-url', 'jira-project' and 'jira-token' (the reusable workflow's 'jira-url' and 'jira-project', and the secret JIRA_TOKEN), or create the milestone (start-release's 'create-milestone: true'), to turn this stage on."
    )
  }
  const changed = (jira?.changed ?? false) || milestone.changed
  const result = inputs.dryRun ? 'dry-run' : changed ? 'updated' : 'unchanged'
  info(
    result === 'unchanged'
      ? `Milestone ${milestoneTitle} and its tickets were already closed; nothing to do.`
      : `${result === 'dry-run' ? 'Would close' : 'Closed'} ${milestoneTitle}.`
  )
  await setOutputs({
    [Output.closedIssues]: JSON.stringify(jira?.tickets.map((t) => t.key) ?? []),
    [Output.skippedIssues]: JSON.stringify(jira?.skipped.map((s) => s.key) ?? []),
    [Output.carriedOver]: JSON.stringify(milestone.carried),
    [Output.milestoneUrl]: milestone.url ?? '',
    [Output.jiraVersionId]: jira?.versionId ?? '',
    [Output.result]: result
  })
  await appendSummary(
    closeMilestoneSummary({
      result,
      version: release.version,
      milestoneTitle,
      carryOver: inputs.carryOver,
      milestone,
      jira
    })
  )
}

/** The keys in the version's CHANGELOG section and, with from-commits, in the release's commits. */
async function releasedKeys(
  git: Git,
  inputs: CloseMilestoneInputs,
  release: PublishedRelease
): Promise<string[]> {
  const section = readChangelogSection(inputs.workingDirectory, inputs.changelog, release.version)
  if (!section && !inputs.fromCommits) {
    throw new ConfigurationError(
      `${inputs.changelog} has no section '## [${release.version}]', where close-milestone reads the released tickets. ` +
        "Run update-changelog first, set 'changelog-path' to the right file, or set 'from-commits: true'.",
      { locations: [{ file: inputs.changelog }] }
    )
  }
  const texts = [section?.body ?? '']
  if (inputs.fromCommits) texts.push(await releaseCommitMessages(git, release))
  const keys = releasedTicketKeys(texts, inputs.issuePattern)
  info(`Released tickets: ${keys.join(', ') || 'none'}.`)
  return keys
}
