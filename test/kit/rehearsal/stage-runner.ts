/**
 * Runs one stage of the pipeline the way ci-cd.yml runs it: a job gets a fresh
 * actions/checkout-style clone, each step is an action run by the runner-faithful invoker with
 * the event and `GITHUB_*` values of that workflow run. Records result, time and API calls.
 */
import type { FakeGitHub } from '../github/index.js'
import { invokeAction, type InvokeOptions, type InvokeResult } from '../invoker.js'
import type { Sandbox } from '../sandbox.js'

export interface StageReport {
  stage: string
  action: string
  result: string
  exitCode: number
  ms: number
  apiRequests: number
  /** Round trips to origin (ls-remote, fetch, push), as the step printed them. */
  originTrips: number
  /** The same, by command. */
  originCalls: OriginCalls
  outputs: Record<string, string>
  errors: string
  summary: string
}

export interface JobContext {
  /** The branch the workflow run is for (`GITHUB_REF`). */
  branch: string
  eventName: 'push' | 'workflow_dispatch'
  event: Record<string, unknown>
  /** The checkout the job's steps share. */
  workspace: string
  sha: string
}

export class StageRunner {
  readonly reports: StageReport[] = []
  private jobs = 0

  constructor(
    readonly sandbox: Sandbox,
    readonly github: FakeGitHub,
    readonly env: Record<string, string>,
    private readonly log: (line: string) => void
  ) {}

  /** A new job: a depth-1 checkout of `branch` at its current head, as actions/checkout makes it. */
  job(
    branch: string,
    eventName: JobContext['eventName'],
    event: Record<string, unknown> = {}
  ): JobContext {
    const workspace = this.sandbox.checkout(
      `job-${++this.jobs}-${branch.replace(/\W+/g, '-')}`,
      branch
    )
    const sha = this.sandbox.git(workspace, 'rev-parse', 'HEAD')
    const payload =
      eventName === 'push' ? { ref: `refs/heads/${branch}`, after: sha, ...event } : event
    return { branch, eventName, event: payload, workspace, sha }
  }

  /** Runs one action as a step of `job`; throws when it fails, unless `allowFailure`. */
  async step(
    stage: string,
    action: string,
    job: JobContext,
    inputs: InvokeOptions['inputs'] = {},
    options: { allowFailure?: boolean; env?: Record<string, string> } = {}
  ): Promise<InvokeResult & { report: StageReport }> {
    const before = this.github.requests.length
    const started = Date.now()
    const run = await invokeAction({
      action,
      workspace: job.workspace,
      inputs,
      ref: `refs/heads/${job.branch}`,
      sha: job.sha,
      eventName: job.eventName,
      event: job.event,
      apiUrl: this.github.url,
      repository: `${this.github.owner}/${this.github.repo}`,
      env: { ...this.env, ...options.env }
    })
    const report: StageReport = {
      stage,
      action,
      result: run.outputs.result ?? (run.exitCode === 0 ? 'success' : 'failure'),
      exitCode: run.exitCode,
      ms: Date.now() - started,
      apiRequests: this.github.requests.length - before,
      originTrips: originTripsIn(run.stdout),
      originCalls: originCallsIn(run.stdout),
      outputs: run.outputs,
      errors: run.errors,
      summary: run.summary
    }
    this.reports.push(report)
    this.log(
      `  ${report.exitCode === 0 ? '✔' : '✘'} ${stage.padEnd(20)} ${report.result.padEnd(13)} ${String(report.ms).padStart(6)} ms  ${String(report.apiRequests).padStart(3)} API requests  ${String(report.originTrips).padStart(2)} origin round trips`
    )
    if (run.exitCode !== 0 && !options.allowFailure) {
      throw new Error(
        `Stage ${stage} (${action}) failed:\n${run.errors || run.stderr || run.stdout}`
      )
    }
    return { ...run, report }
  }
}

/** The step's own count of round trips to origin, from its `Round trips: N to origin` line. */
export function originTripsIn(stdout: string): number {
  const match = /^Round trips: (\d+) to origin/m.exec(stdout)
  return match ? Number(match[1]) : 0
}

export interface OriginCalls {
  'ls-remote': number
  fetch: number
  push: number
}

/** The same line's `(1 ls-remote, 1 fetch, 1 push)`; zeros for a step that printed none. */
export function originCallsIn(stdout: string): OriginCalls {
  const match = /^Round trips: \d+ to origin \((\d+) ls-remote, (\d+) fetch, (\d+) push\)/m.exec(
    stdout
  )
  return match
    ? { 'ls-remote': Number(match[1]), fetch: Number(match[2]), push: Number(match[3]) }
    : { 'ls-remote': 0, fetch: 0, push: 0 }
}
