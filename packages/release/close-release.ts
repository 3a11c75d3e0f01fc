/**
 * Step 20 of the process: close the released version's trackers. The tickets the release
 * carries (its changelog section and, when asked, its commits) are moved in Jira and the Jira
 * version released; the GitHub milestone is closed, its open issues carried to the next one. A
 * release whose production deployment failed or was rolled back is refused before any change.
 * Plain values in, the checkout, the GitHub client and a logger injected.
 */
import { ConfigurationError } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import type { DefaultBranchLookup } from '../git/default-branch.js'
import type { Git } from '../git/git.js'
import type { GitHubClient } from '../github/client.js'
import { closeReleaseMilestone, type MilestoneResult } from '../github/milestone.js'
import type { Repository } from '../github/pulls.js'
import { JiraClient, type JiraAuth } from '../jira/client.js'
import { releaseJiraTickets, type JiraReleaseResult } from '../jira/release-tickets.js'
import {
  readChangelogSection,
  releaseCommitMessages,
  releasedTicketKeys,
  resolvePublishedRelease,
  type PublishedRelease
} from './published.js'
import { readProductionVerdict, rolledBack } from './rollback-books.js'

export interface JiraSettings {
  url: URL
  auth: JiraAuth
  project: string
  apiVersion: 'auto' | '2' | '3'
}

/** What the workflow asks to close (close-milestone's inputs). */
export interface CloseReleaseOptions {
  version?: string
  milestone?: string
  carryOver?: string
  jira?: JiraSettings
  transition: string
  strict: boolean
  fromCommits: boolean
  changelog: string
  issuePattern: RegExp
  releaseDate: string
  tagPrefix: string
  mainBranch: string
  /** The production environment whose deployment of the version is checked; undefined: none. */
  productionEnvironment?: string
}

export interface CloseReleaseRequest extends CloseReleaseOptions {
  dryRun: boolean
  workingDirectory: string
  /** The branch the workflow ran on. */
  runBranch?: string
}

export interface CloseReleaseServices {
  repo: Repository
  /** The checkout, or undefined without one (then the version must be given). */
  git?: Git
  /** The GitHub client, made once the release is known. */
  github: () => Promise<GitHubClient>
  defaultBranch: DefaultBranchLookup
  log: Logger
}

export interface CloseReleaseReport {
  result: 'updated' | 'unchanged' | 'dry-run' | 'skipped'
  version: string
  milestoneTitle: string
  milestone: MilestoneResult
  jira?: JiraReleaseResult
  /** With result skipped: why, and how to turn the stage on. */
  skipped?: { reason: string; hint: string }
}

export async function closeRelease(
  services: CloseReleaseServices,
  request: CloseReleaseRequest
): Promise<CloseReleaseReport> {
  const { repo, git, log } = services
  if (request.fromCommits && !git) {
    throw new ConfigurationError(
      `${request.workingDirectory} is not a git checkout, which 'from-commits: true' reads; run actions/checkout first.`,
      { input: 'from-commits' }
    )
  }
  const release = await resolvePublishedRelease(git, {
    versionInput: request.version,
    branch: request.runBranch,
    tagPrefix: request.tagPrefix,
    mainBranch: request.mainBranch,
    defaultBranch: services.defaultBranch
  })
  const milestoneTitle = request.milestone ?? release.version
  if (request.carryOver !== undefined && request.carryOver.trim() === milestoneTitle.trim()) {
    // Moving the open issues into the milestone being closed would close them with it.
    throw new ConfigurationError(
      `Input 'carry-over' is '${milestoneTitle}', the milestone this run closes; name the ` +
        "next release's milestone (e.g. the next minor version). Nothing was changed.",
      { input: 'carry-over' }
    )
  }
  const github = await services.github()
  if (request.productionEnvironment) {
    const verdict = await readProductionVerdict(
      github,
      repo,
      request.productionEnvironment,
      release.version,
      log
    )
    if (rolledBack(verdict)) {
      throw new ConfigurationError(
        `${release.version} is not live in ${request.productionEnvironment}: its deployment ${verdict?.deploymentId ?? ''} is '${verdict?.state ?? ''}'` +
          `${verdict?.description ? ` (${verdict.description})` : ''}. A release that failed or was rolled back is not closed: ` +
          'the Jira version stays unreleased, its tickets are not moved and the milestone stays open. ' +
          "Ship a fixed release, or set 'production-environment' to '' to close it anyway.",
        { input: 'production-environment' }
      )
    }
  }
  const jira = request.jira
    ? await closeJiraVersion(request.jira, services, request, release)
    : undefined
  const milestone = await closeReleaseMilestone(
    github,
    {
      ...repo,
      title: milestoneTitle,
      carryOver: request.carryOver,
      dryRun: request.dryRun,
      optional: !request.jira && request.milestone === undefined
    },
    log
  )
  const report = { version: release.version, milestoneTitle, milestone, jira }
  if (!jira && milestone.before === 'missing' && request.milestone === undefined) {
    // Neither tracker is in use: an optional stage with nothing to close.
    return {
      ...report,
      result: 'skipped',
      skipped: {
        reason: `no Jira ('jira-url' is empty) and no GitHub milestone titled '${milestoneTitle}'`,
        hint: "Set 'jira-url', 'jira-project' and 'jira-token' (the reusable workflow's 'jira-url' and 'jira-project', and the secret JIRA_TOKEN), or create the milestone (start-release's 'create-milestone: true'), to turn this stage on."
      }
    }
  }
  const changed = (jira?.changed ?? false) || milestone.changed
  const result = request.dryRun ? 'dry-run' : changed ? 'updated' : 'unchanged'
  log.info(
    result === 'unchanged'
      ? `Milestone ${milestoneTitle} and its tickets were already closed; nothing to do.`
      : `${result === 'dry-run' ? 'Would close' : 'Closed'} ${milestoneTitle}.`
  )
  return { ...report, result }
}

/** Releases the Jira version with the tickets the release carries, moved to the transition. */
async function closeJiraVersion(
  settings: JiraSettings,
  { git, log }: CloseReleaseServices,
  request: CloseReleaseRequest,
  release: PublishedRelease
): Promise<JiraReleaseResult> {
  const keys = await releasedKeys(git, request, release, log)
  const client = await JiraClient.connect({
    baseUrl: settings.url,
    auth: settings.auth,
    apiVersion: settings.apiVersion,
    log
  })
  const jira = await releaseJiraTickets(
    client,
    {
      projectKey: settings.project,
      version: release.version,
      keys,
      transition: request.transition,
      releaseDate: request.releaseDate,
      strict: request.strict,
      dryRun: request.dryRun
    },
    log
  )
  for (const skipped of jira.skipped) log.warning(`${skipped.key}: ${skipped.reason}`)
  if (jira.leftOpen.length > 0) {
    log.warning(
      `Not done and not in this release, yet planned for ${release.version} in Jira: ${jira.leftOpen.join(', ')}.`
    )
  }
  return jira
}

/** The keys in the version's CHANGELOG section and, with from-commits, in the release's commits. */
async function releasedKeys(
  git: Git | undefined,
  request: CloseReleaseRequest,
  release: PublishedRelease,
  log: Logger
): Promise<string[]> {
  const section = readChangelogSection(request.workingDirectory, request.changelog, release.version)
  if (!section && !request.fromCommits) {
    throw new ConfigurationError(
      `${request.changelog} has no section '## [${release.version}]', where close-milestone reads the released tickets. ` +
        "Run update-changelog first, set 'changelog-path' to the right file, or set 'from-commits: true'.",
      { locations: [{ file: request.changelog }] }
    )
  }
  const texts = [section?.body ?? '']
  if (request.fromCommits && git) texts.push(await releaseCommitMessages(git, release))
  const keys = releasedTicketKeys(texts, request.issuePattern)
  log.info(`Released tickets: ${keys.join(', ') || 'none'}.`)
  return keys
}
