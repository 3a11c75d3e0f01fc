/**
 * Step 18 of the process: watch production after a release. The window is probed (watch.ts);
 * a breach marks the live deployment failed and runs the rollback command (breach.ts); when the
 * live deployment was the newest, the release is rolled back in the books too (the GitHub
 * Release's note and Latest, CHANGELOG [YANKED] on develop). Plain values in, the GitHub client,
 * the command runner, a logger and a clock injected.
 */
import type { CommonInputs } from '../action-kit/common.js'
import { ServiceError, errorMessage } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import { DeploymentRecords } from '../deploy/deployments.js'
import type { CommandRunner } from '../deploy/rollback.js'
import type { GitHubClient } from '../github/client.js'
import type { Repository } from '../github/pulls.js'
import { handleBreach, type BreachOutcome } from '../monitor/breach.js'
import { watch, type WatchPlan, type WatchResult } from '../monitor/watch.js'
import type { CommitVia } from './commit-via.js'
import { keepBooks, recordRollback, type KeptBooks, type RollbackFacts } from './rollback-books.js'
import { changelogYank } from './rollback-yank-step.js'

/** What the workflow asks of the watch (monitor's inputs besides the common ones). */
export interface MonitorOptions extends WatchPlan {
  /** The environment whose live deployment a breach marks failed; undefined: none. */
  environment?: string
  rollback?: string
  /** Roll the release back in the books after a rollback of the newest deployment. */
  recordRollback: boolean
  tagPrefix: string
  developBranch: string
  changelogPath: string
  commitVia: CommitVia
}

export interface MonitorRequest extends MonitorOptions, CommonInputs {
  /** A directory for temporary files (the runner's temp). */
  scratch: string
}

export interface MonitorServices {
  /** The GitHub client; made before the watch when there is an environment. */
  github: () => Promise<GitHubClient>
  /** The repository; asked only with an environment. */
  repo: () => Repository
  runCommand: CommandRunner
  log: Logger
  /** The clock of the watch and of the books' date; undefined: the real one. */
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export interface MonitorReport {
  result: 'success' | 'failure' | 'dry-run'
  watched: WatchResult
  /** What a breach did: the deployment marked failed, the rollback (not in a dry run). */
  breach?: BreachOutcome
  /**
   * The release rolled back in the books (production rolled back from its newest deployment);
   * a books step that could not run (the deployment history unreadable) is each book failed.
   */
  books?: KeptBooks
  /** The regression in words, with what the rollback and the record did; undefined: none. */
  failure?: string
}

export async function monitorRelease(
  services: MonitorServices,
  request: MonitorRequest
): Promise<MonitorReport> {
  const { log } = services
  const now = services.now ?? (() => Date.now())
  // With an environment, the API must be usable before a breach needs it.
  const github = request.environment ? await services.github() : undefined
  const repo = github ? services.repo() : undefined
  const records = github && repo ? new DeploymentRecords(github, repo) : undefined
  const watched = await watch(request, { log, now, sleep: services.sleep })
  const reason = watched.breaches.join('; ')
  const breach =
    watched.result === 'failure' && !request.dryRun
      ? await handleBreach(
          {
            environment: request.environment,
            rollback: request.rollback,
            workingDirectory: request.workingDirectory,
            reason
          },
          { records, runCommand: services.runCommand, log }
        )
      : undefined
  const report: MonitorReport = {
    result: request.dryRun ? 'dry-run' : watched.result,
    watched,
    breach
  }
  if (
    github &&
    repo &&
    records &&
    request.environment &&
    breach?.rollback &&
    breach.failed &&
    request.recordRollback
  ) {
    const { environment } = request
    const { failed, rollback } = breach
    const facts: RollbackFacts = {
      version: failed.version,
      tagPrefix: request.tagPrefix,
      environment,
      reason: `monitor: ${reason}`,
      previousVersion: breach.previous?.version,
      rollbackSucceeded: rollback.outcome.exitCode === 0,
      date: new Date(now()).toISOString().slice(0, 10)
    }
    report.books = await keepBooks(facts, log, async () => {
      if (!(await isNewestDeployment(records, environment, failed, log))) return undefined
      const yank = await changelogYank(request, request.scratch, github, repo, facts.version, log)
      return recordRollback(github, repo, facts, log, yank)
    })
  }
  if (watched.result === 'failure') {
    const rollback = breach?.rollback ? ` ${breach.rollback.description}.` : ''
    const record = breach?.recordError
      ? ` Recording the failure on ${request.environment ?? ''} failed: ${breach.recordError}`
      : ''
    report.failure = `Monitoring found a regression: ${reason}.${rollback}${record}`
  }
  return report
}

/**
 * Only the newest deployment is a release to roll back in the books: a live deployment older
 * than the newest means production was rolled back already (a rerun), and its version stays.
 */
async function isNewestDeployment(
  records: DeploymentRecords,
  environment: string,
  live: { id: number; version: string },
  log: Logger
): Promise<boolean> {
  const { id } = live
  let newest
  try {
    ;[newest] = await records.history(environment, 1)
  } catch (error) {
    throw new ServiceError(
      `could not read the deployment history of ${environment} to tell whether deployment ${id} ` +
        `(${live.version}) is its newest: ${errorMessage(error)}`,
      { cause: error }
    )
  }
  if (newest?.id === id) return true
  log.info(
    `The live deployment ${id} of ${environment} is not its newest (${newest?.id ?? 'none'}): production was rolled back before; the books of that version are left as they are.`
  )
  return false
}
