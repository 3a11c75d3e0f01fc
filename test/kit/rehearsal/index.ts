/**
 * A full release rehearsal of the seed process on a generated copy of its Python project:
 * a bare origin, the loopback GitHub, Jira, webhook and application servers of the test kit,
 * and every action run by the runner-faithful invoker in the order ci-cd.yml runs them, with
 * the events and `GITHUB_*` values the runner would give each job.
 */
import { FakeGitHub, addRuleset, enforceSignedPushes } from '../github/index.js'
import { SampleApp } from '../apps.js'
import { createSeedRepo } from '../seed-project.js'
import type { Sandbox } from '../sandbox.js'
import { StageRunner, type StageReport } from './stage-runner.js'
import { prepareStages, releaseStages, startStage, type ReleaseServers } from './stages.js'
import { startJira, startWebhooks } from './servers.js'

export interface RehearsalOptions {
  log?: (line: string) => void
  /**
   * Every branch requires signed commits (a ruleset on all refs, enforced on git pushes): the
   * committing stages run with commit-via: auto, and the developer's hotfix commit is made on
   * GitHub (as the web editor makes it).
   */
  signed?: boolean
}

export interface Rehearsal extends ReleaseServers {
  sandbox: Sandbox
  /** Every ref of origin before the first stage ran: the history nobody in the rehearsal made. */
  initialRefs: string[]
  runner: StageRunner
  /** A developer's clone, for the commits people make by hand. */
  dev: string
  stop(): Promise<void>
}

/** Sets up the sample repository and every server the pipeline talks to. */
export async function setUpRehearsal(options: RehearsalOptions = {}): Promise<Rehearsal> {
  const log = options.log ?? (() => {})
  const { sandbox, dev } = createSeedRepo()
  const github = await FakeGitHub.start({ bareRepo: sandbox.origin, owner: 'acme', repo: 'app' })
  const app = await SampleApp.start()
  const jira = await startJira()
  const webhooks = await startWebhooks()
  const runner = new StageRunner(sandbox, github, { APP_STATE_DIR: app.stateDir }, log)
  if (options.signed) {
    addRuleset(github, {
      name: 'signed commits',
      include: ['~ALL'],
      rules: ['required_signatures']
    })
    enforceSignedPushes(github)
  }
  const initialRefs = sandbox
    .git(sandbox.origin, 'for-each-ref', '--format=%(objectname)')
    .split('\n')
    .filter(Boolean)
  return {
    sandbox,
    initialRefs,
    signed: options.signed ?? false,
    dev,
    github,
    app,
    jira,
    webhooks,
    runner,
    async stop() {
      await Promise.all([github.stop(), app.stop(), jira.stop(), webhooks.stop()])
    }
  }
}

export interface ReleaseRun {
  version: string
  branch: string
  pullNumber: number
  stages: StageReport[]
}

/** A release's stages as `stage:result`, in the order they ran. */
export function stageResults(run: ReleaseRun): string[] {
  return run.stages.map((s) => `${s.stage}:${s.result}`)
}

/** Every stage of a minor release that went through, as {@link stageResults} lists them. */
export const RELEASED = [
  'start-release:created',
  'preflight:success',
  'bump-version:updated',
  'update-changelog:updated',
  'open-release-pr:created',
  'create-tag:created',
  'deploy-staging:success',
  'run-integration:success',
  'deploy-production:success',
  'monitor:success',
  'back-merge:merged',
  'close-milestone:updated',
  'notify:success'
]

/**
 * One release through the pipeline: start-release on develop (or a hotfix from main), the
 * release-branch job, the pull request merged, then every main-branch stage.
 */
export async function rehearseRelease(
  r: Rehearsal,
  kind: 'release' | 'hotfix',
  log: (line: string) => void = () => {},
  options: { failInProduction?: boolean } = {}
): Promise<ReleaseRun> {
  const first = r.runner.reports.length
  log(`\n${kind === 'hotfix' ? 'Hotfix' : 'Minor release'}: workflow_dispatch start-release`)
  const { branch, version } = await startStage(r, kind)
  if (kind === 'hotfix') {
    await developerCommit(r, branch, HOTFIX_FIX.subject, HOTFIX_FIX.files)
  } else if (options.failInProduction) {
    const feature = { 'mypkg/checkout.py': 'def checkout(cart):\n    return cart.pay()\n' }
    await developerCommit(r, branch, 'Feature: New checkout flow (JIRA-1300)', feature)
  }
  log(`push ${branch}: preflight, bump-version, update-changelog, open-release-pr`)
  const pullNumber = await prepareStages(r, branch, version)
  log(`review and merge pull request #${pullNumber} into main`)
  await mergePullRequest(r, pullNumber)
  log(
    'push main: create-tag, deploy staging, integration, deploy production, monitor, back-merge, close-milestone, notify'
  )
  await releaseStages(r, version, options)
  return { version, branch, pullNumber, stages: r.runner.reports.slice(first) }
}

/** The fix a developer pushes to the hotfix branch in the rehearsal. */
export const HOTFIX_FIX = {
  subject: 'Fix: Crash on an empty order (JIRA-1240)',
  files: { 'mypkg/orders.py': 'def total(items):\n    return sum(items or [])\n' }
}

/**
 * A developer's commit pushed to a branch of origin: from their clone, or, where branches
 * require signatures, made on GitHub (as the web editor makes it).
 */
export async function developerCommit(
  r: Rehearsal,
  branch: string,
  subject: string,
  files: Record<string, string>
): Promise<void> {
  if (r.signed) return commitOnGitHub(r, branch, subject, files)
  r.sandbox.git(r.dev, 'fetch', '--quiet', 'origin')
  r.sandbox.git(r.dev, 'checkout', '--quiet', '-B', branch, `origin/${branch}`)
  r.sandbox.commit(r.dev, subject, files)
  r.sandbox.push(r.dev, branch)
}

/** A developer's commit made on GitHub (createCommitOnBranch), so it is signed. */
async function commitOnGitHub(
  r: Rehearsal,
  branch: string,
  headline: string,
  files: Record<string, string>
): Promise<void> {
  const head = r.sandbox.remoteSha(`refs/heads/${branch}`)
  const response = await fetch(`${r.github.url}/graphql`, {
    method: 'POST',
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }',
      variables: {
        input: {
          branch: { repositoryNameWithOwner: 'acme/app', branchName: branch },
          expectedHeadOid: head,
          message: { headline },
          fileChanges: {
            additions: Object.entries(files).map(([path, text]) => ({
              path,
              contents: Buffer.from(text).toString('base64')
            }))
          }
        }
      }
    })
  })
  const answer = (await response.json()) as { errors?: unknown[] }
  if (answer.errors)
    throw new Error(`committing on GitHub failed: ${JSON.stringify(answer.errors)}`)
}

/** Commits on origin that were not there before the rehearsal, and those GitHub did not sign. */
export function unverifiedCommits(r: Rehearsal): { made: string[]; unverified: string[] } {
  const out = r.sandbox.git(r.sandbox.origin, 'rev-list', '--all', '--not', ...r.initialRefs)
  const made = out ? out.split('\n') : []
  return { made, unverified: made.filter((sha) => !r.github.state.verifiedCommits.has(sha)) }
}

/** A reviewer merges the pull request (a merge commit), as the seed's step 12 does. */
export async function mergePullRequest(r: Rehearsal, number: number): Promise<void> {
  const response = await fetch(`${r.github.url}/repos/acme/app/pulls/${number}/merge`, {
    method: 'PUT',
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' })
  })
  if (!response.ok)
    throw new Error(
      `merging pull request #${number} failed: ${response.status} ${await response.text()}`
    )
}

/**
 * Runs every stage after start-release once more, as `workflow_dispatch` with `stage: all`
 * would, and returns the reports: each action must find its work done.
 */
export async function rerunStages(
  r: Rehearsal,
  run: ReleaseRun,
  log: (line: string) => void = () => {}
): Promise<StageReport[]> {
  const first = r.runner.reports.length
  log(`\nRerun of every stage for ${run.version}`)
  await prepareStages(r, run.branch, run.version)
  await releaseStages(r, run.version)
  return r.runner.reports.slice(first)
}
