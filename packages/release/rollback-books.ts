/**
 * A release rolled back from production is rolled back in the books too: its GitHub Release
 * says so and stops being Latest (the release production runs again is Latest), and the
 * production deployment's state is what close-milestone and notify read. Called after the
 * rollback command (deploy, monitor); each step is rerun-safe and reports, never throws.
 */
import semver from '../versioning/semver.js'
import { errorMessage } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import {
  DeploymentRecords,
  lastSuccessful,
  type DeploymentHistoryEntry
} from '../deploy/deployments.js'
import type { GitHubClient } from '../github/client.js'
import { findRelease } from '../tagging/github-release.js'

export const ROLLED_BACK_MARKER = '<!-- release-actions:rolled-back -->'

/** Whether an environment is production: the deploy's flag, else GitHub's default by name. */
export function isProduction(environment: string, flag?: boolean): boolean {
  return flag ?? /^prod(uction)?$/i.test(environment)
}

export interface RollbackFacts {
  version: string
  tagPrefix: string
  environment: string
  /** Why the release was rolled back (the deploy failure, the monitor breach). */
  reason: string
  /** The version production runs again, when known. */
  previousVersion?: string
  /** Whether the rollback command succeeded. */
  rollbackSucceeded: boolean
  /** YYYY-MM-DD (UTC). */
  date: string
}

export interface BookOutcome {
  result: 'updated' | 'unchanged' | 'skipped' | 'failed'
  detail: string
}

/** The note put at the top of the rolled-back release's notes. */
export function rolledBackNote(facts: RollbackFacts): string {
  const back = facts.previousVersion
    ? ` ${facts.environment} runs ${facts.previousVersion} again.`
    : ''
  const how = facts.rollbackSucceeded
    ? `**Rolled back** from ${facts.environment} on ${facts.date}`
    : `**Failed** in ${facts.environment} on ${facts.date} (the rollback command failed too)`
  return [
    ROLLED_BACK_MARKER,
    '> [!WARNING]',
    `> ${how}: ${facts.reason.replace(/\s*\n\s*/g, ' ')}.${back}`,
    '> Do not install this release.',
    ''
  ].join('\n')
}

/**
 * The GitHub Release of the version gets the rolled-back note (once) and stops being Latest:
 * the release of the version production runs again (else the newest older full release)
 * becomes Latest.
 */
export async function markReleaseRolledBack(
  github: GitHubClient,
  repo: { owner: string; repo: string },
  facts: RollbackFacts,
  log: Logger
): Promise<BookOutcome & { latest?: string }> {
  const tag = `${facts.tagPrefix}${facts.version}`
  try {
    const release = await findRelease(github, repo.owner, repo.repo, tag)
    if (!release) return { result: 'skipped', detail: `no GitHub Release of ${tag}` }
    let changed = false
    const body = release.body ?? ''
    if (!body.includes(ROLLED_BACK_MARKER)) {
      await github.rest.repos.updateRelease({
        ...repo,
        release_id: release.id,
        body: `${rolledBackNote(facts)}\n${body}`,
        make_latest: 'false'
      })
      changed = true
    }
    const latest = await latestRelease(github, repo)
    let nowLatest = latest?.tag_name
    if (!latest || latest.id === release.id) {
      const previous = await previousRelease(github, repo, facts, release.id)
      if (previous) {
        await github.rest.repos.updateRelease({
          ...repo,
          release_id: previous.id,
          make_latest: 'true'
        })
        nowLatest = previous.tag_name
        changed = true
      } else {
        log.warning(`No earlier full release to make Latest instead of ${tag}.`)
      }
    }
    return {
      result: changed ? 'updated' : 'unchanged',
      detail: `${tag} marked rolled back; Latest is ${nowLatest ?? 'none'}`,
      latest: nowLatest
    }
  } catch (error) {
    return {
      result: 'failed',
      detail: `could not update the release ${tag} (the token needs contents: write): ${errorMessage(error)}`
    }
  }
}

async function latestRelease(github: GitHubClient, repo: { owner: string; repo: string }) {
  try {
    return (await github.rest.repos.getLatestRelease(repo)).data
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
}

/** The release to make Latest again: the previous version's, else the newest older full one. */
async function previousRelease(
  github: GitHubClient,
  repo: { owner: string; repo: string },
  facts: RollbackFacts,
  excludeId: number
) {
  const releases = await github.paginate(github.rest.repos.listReleases, {
    ...repo,
    per_page: 100
  })
  const candidates = releases.filter(
    (r) =>
      r.id !== excludeId &&
      !r.draft &&
      !r.prerelease &&
      !(r.body ?? '').includes(ROLLED_BACK_MARKER)
  )
  const versionOf = (tagName: string) =>
    tagName.startsWith(facts.tagPrefix) ? semver.valid(tagName.slice(facts.tagPrefix.length)) : null
  if (facts.previousVersion) {
    const named = candidates.find((r) => versionOf(r.tag_name) === facts.previousVersion)
    if (named) return named
  }
  return candidates
    .filter((r) => {
      const v = versionOf(r.tag_name)
      return v !== null && semver.lt(v, facts.version)
    })
    .sort((a, b) => semver.rcompare(versionOf(a.tag_name)!, versionOf(b.tag_name)!))[0]
}

/** What the production deployment of a version says: its newest status. */
export interface ProductionVerdict {
  state:
    'success' | 'failure' | 'error' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'none'
  deploymentId?: number
  description?: string
  /** The version that served before it (for a rolled-back release). */
  previousVersion?: string
}

/** The newest status of the version's deployment to the environment, from its history. */
export function productionVerdict(
  history: readonly DeploymentHistoryEntry[],
  version: string
): ProductionVerdict {
  const deployment = history.find((d) => d.version === version)
  if (!deployment) return { state: 'none' }
  const newest = deployment.statuses[0]
  return {
    state: newest?.state ?? 'pending',
    deploymentId: deployment.id,
    description: newest?.description || undefined,
    previousVersion: lastSuccessful(history, deployment.id)?.version
  }
}

/** Everything put right after a production rollback, for the log and the job summary. */
export interface RollbackBooks {
  release: BookOutcome & { latest?: string }
  changelog: BookOutcome & { pullRequestUrl?: string }
}

/** The CHANGELOG step: given when the job has a checkout to work from. */
export type ChangelogYank = () => Promise<BookOutcome & { pullRequestUrl?: string }>

/** Records a production rollback in the books; logs each outcome, a failed one as a warning. */
export async function recordRollback(
  github: GitHubClient,
  repo: { owner: string; repo: string },
  facts: RollbackFacts,
  log: Logger,
  yank?: ChangelogYank
): Promise<RollbackBooks> {
  const release = await markReleaseRolledBack(github, repo, facts, log)
  const changelog = yank
    ? await yank()
    : { result: 'skipped' as const, detail: 'no checkout: CHANGELOG.md not marked [YANKED]' }
  const say = (what: string, outcome: BookOutcome) =>
    outcome.result === 'failed'
      ? log.warning(`${what}: ${outcome.detail}`)
      : log.info(`${what}: ${outcome.result} (${outcome.detail}).`)
  say('GitHub Release', release)
  say('CHANGELOG', changelog)
  return { release, changelog }
}

/** A rollback's books, as the report and the job summary give them. */
export interface KeptBooks {
  facts: RollbackFacts
  books: RollbackBooks
}

/**
 * Runs the books step after a production rollback (`keep`: undefined when the books are not
 * this run's to keep). Whatever it throws (the deployment history unreadable, the checkout
 * unusable) is reported the way a failed book is: each book `failed` with what failed, a
 * warning in the log, never thrown past the rollback's own outcome.
 */
export async function keepBooks(
  facts: RollbackFacts,
  log: Logger,
  keep: () => Promise<RollbackBooks | undefined>
): Promise<KeptBooks | undefined> {
  try {
    const books = await keep()
    return books && { facts, books }
  } catch (error) {
    const detail = `not recorded: ${errorMessage(error)}`
    log.warning(`The books of ${facts.version}: ${detail}`)
    const failed = { result: 'failed' as const, detail }
    return { facts, books: { release: failed, changelog: failed } }
  }
}

/** The books as a markdown table for the job summary. */
export function rollbackBooksSummary(facts: RollbackFacts, books: RollbackBooks): string {
  const rows = [
    ['GitHub Release', books.release],
    ['CHANGELOG on develop', books.changelog]
  ] as const
  return [
    '',
    `#### ${facts.version} rolled back in the books`,
    '',
    '| Book | Result | Detail |',
    '| --- | --- | --- |',
    ...rows.map(([book, o]) => `| ${book} | ${o.result} | ${o.detail.replace(/\|/g, '\\|')} |`),
    ''
  ].join('\n')
}

/**
 * The verdict on the version's deployment to the production environment, read from the
 * Deployments API; undefined (with a warning) when the token cannot read deployments.
 */
export async function readProductionVerdict(
  github: GitHubClient,
  repo: { owner: string; repo: string },
  environment: string,
  version: string,
  log: Logger
): Promise<ProductionVerdict | undefined> {
  try {
    const history = await new DeploymentRecords(github, repo).history(environment, 100)
    return productionVerdict(history, version)
  } catch (error) {
    log.warning(
      `Could not read the deployments of ${environment} (the token needs deployments: read): ${errorMessage(error)}. ` +
        `Whether ${version} is live there was not checked.`
    )
    return undefined
  }
}

/** Whether a verdict says the release failed or was rolled back in production. */
export function rolledBack(verdict: ProductionVerdict | undefined): boolean {
  return verdict !== undefined && verdict.state !== 'none' && verdict.state !== 'success'
}
