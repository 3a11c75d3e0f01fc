/**
 * Steps 15 and 17 of the process: deploy a version to an environment, tracked as a GitHub
 * Deployment (deploy.ts: the command, the health gate, the rollback on failure); a failed
 * production deploy that was rolled back is rolled back in the books too (the GitHub Release's
 * note and Latest, CHANGELOG [YANKED] on develop). Plain values in, the GitHub client, the
 * command runner, a logger and a clock injected.
 */
import type { CommonInputs } from '../action-kit/common.js'
import type { Logger } from '../base/logger.js'
import { deploy, type DeployOutcome } from '../deploy/deploy.js'
import { DeploymentRecords } from '../deploy/deployments.js'
import type { CommandRunner } from '../deploy/rollback.js'
import type { GitHubClient } from '../github/client.js'
import type { Repository } from '../github/pulls.js'
import type { CommitVia } from './commit-via.js'
import {
  isProduction,
  keepBooks,
  recordRollback,
  type KeptBooks,
  type RollbackFacts
} from './rollback-books.js'
import { changelogYank } from './rollback-yank-step.js'

/** What the workflow asks of the deploy (deploy's inputs besides the common ones). */
export interface DeployOptions {
  environment: string
  version: string
  ref: string
  /** The deploy command. */
  run: string
  timeoutMs?: number
  environmentUrl?: string
  healthUrl?: string
  healthTimeoutMs: number
  healthIntervalMs: number
  expectVersion: boolean
  rollback?: string
  transient: boolean
  production?: boolean
  /** Roll the release back in the books after a rolled-back production deploy. */
  recordRollback: boolean
  tagPrefix: string
  developBranch: string
  changelogPath: string
  commitVia: CommitVia
}

export interface DeployRequest extends DeployOptions, CommonInputs {
  /** A directory for temporary files (the runner's temp). */
  scratch: string
  /** The workflow run, shown as the log of each status. */
  logUrl?: string
}

export interface DeployServices {
  github: () => Promise<GitHubClient>
  repo: Repository
  runCommand: CommandRunner
  log: Logger
  /** The clock of the books' date; undefined: the real one. */
  now?: () => number
}

export interface DeployReport {
  outcome: DeployOutcome
  /**
   * The release rolled back in the books (a production deploy failed and was rolled back); a
   * books step that could not run is each book failed.
   */
  books?: KeptBooks
  /** The failure in words, with what the rollback and the record did; undefined: none. */
  failure?: string
}

export async function deployRelease(
  services: DeployServices,
  request: DeployRequest
): Promise<DeployReport> {
  const { repo, log } = services
  const now = services.now ?? (() => Date.now())
  const github = await services.github()
  const outcome = await deploy(
    {
      environment: request.environment,
      version: request.version,
      ref: request.ref,
      command: request.run,
      rollback: request.rollback,
      workingDirectory: request.workingDirectory,
      timeoutMs: request.timeoutMs,
      environmentUrl: request.environmentUrl,
      healthUrl: request.healthUrl,
      healthTimeoutMs: request.healthTimeoutMs,
      healthIntervalMs: request.healthIntervalMs,
      expectVersion: request.expectVersion,
      transient: request.transient,
      production: request.production,
      logUrl: request.logUrl,
      dryRun: request.dryRun
    },
    { records: new DeploymentRecords(github, repo), runCommand: services.runCommand, log }
  )
  const report: DeployReport = { outcome }
  if (
    outcome.result === 'failure' &&
    outcome.rollback &&
    request.recordRollback &&
    isProduction(request.environment, request.production)
  ) {
    const facts: RollbackFacts = {
      version: request.version,
      tagPrefix: request.tagPrefix,
      environment: request.environment,
      reason: outcome.failure ?? 'the deploy failed',
      previousVersion: outcome.previous?.version,
      rollbackSucceeded: outcome.rollback.outcome.exitCode === 0,
      date: new Date(now()).toISOString().slice(0, 10)
    }
    report.books = await keepBooks(facts, log, async () => {
      const yank = await changelogYank(request, request.scratch, github, repo, facts.version, log)
      return recordRollback(github, repo, facts, log, yank)
    })
  }
  if (outcome.result === 'failure') {
    const rollback = outcome.rollback ? ` ${outcome.rollback.description}.` : ''
    const record = outcome.recordError
      ? ` Recording the failure on deployment ${outcome.deployment?.id ?? ''} failed: ${outcome.recordError}`
      : ''
    report.failure = `Deploy of ${request.version} to ${request.environment} failed: ${outcome.failure ?? ''}.${rollback}${record}`
  }
  return report
}
