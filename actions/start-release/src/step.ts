/** start-release's work, loaded once its inputs and the checkout are known to be good. */
import { apiDefaultBranch } from '../../../packages/github/default-branch.js'
import { requireRepository, type RunContext } from '../../../packages/action-kit/context.js'
import { appendSummary, info, warning } from '../../../packages/action-kit/core.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { setOutputs } from '../../../packages/action-kit/run.js'
import type { Git } from '../../../packages/git/git.js'
import { createGitHubClient } from '../../../packages/github/client.js'
import {
  describeApiError,
  ensureMilestone,
  findMilestone,
  listOpenPullsInto
} from '../../../packages/github/pulls.js'
import {
  planRelease,
  pushNewBranch,
  type StartOutcome
} from '../../../packages/release/start-release.js'
import { Output, type StartInputs } from './inputs.js'
import { startSummary, type MilestoneReport } from './summary.js'

export async function startReleaseStep(
  inputs: StartInputs,
  context: RunContext,
  git: Git
): Promise<void> {
  const plan = await planRelease(git, {
    ...inputs,
    version: inputs.version,
    defaultBranch: apiDefaultBranch({ context, log: actionsLogger, token: inputs.token })
  })
  const needsApi = inputs.createMilestone || (inputs.warnOpenPullRequests && !inputs.hotfix)
  const repo = needsApi ? requireRepository(context) : undefined
  const github =
    repo &&
    (await createGitHubClient({
      token: inputs.token,
      apiUrl: context.apiUrl,
      log: actionsLogger
    }))
  const waiting: string[] = []
  if (github && repo && inputs.warnOpenPullRequests && !inputs.hotfix) {
    try {
      const open = await listOpenPullsInto(github, repo, inputs.base)
      waiting.push(...open.map((p) => `#${p.number} ${p.title} (${p.head})`))
      if (open.length > 0) {
        warning(
          `${open.length} pull request(s) into ${inputs.base} are still open and will not be in ${plan.branch}: ` +
            `${waiting.join('; ')}. Merge them first if they belong in ${plan.version}.`
        )
      }
    } catch (error) {
      warning(
        `Could not list the pull requests open into ${inputs.base}: ${describeApiError(error).text}`
      )
    }
  }
  let outcome: StartOutcome = inputs.dryRun ? 'dry-run' : await pushNewBranch(git, plan)
  let milestone: MilestoneReport | undefined
  if (github && repo && inputs.createMilestone) {
    if (inputs.dryRun) {
      const found = await findMilestone(github, repo, plan.version)
      milestone = found ? { ...found, created: false } : undefined
    } else {
      milestone = await ensureMilestone(
        github,
        repo,
        plan.version,
        `Release ${plan.version} (${plan.branch})`
      )
    }
  }
  const branchExisted = outcome === 'unchanged'
  // A rerun that makes the milestone an earlier run could not: it created it, updated nothing.
  if (milestone?.created && branchExisted) outcome = 'created'
  info(
    branchExisted
      ? `${plan.branch} exists already at ${plan.sha.slice(0, 12)} (${plan.from}); ` +
          (milestone?.created ? `created its milestone ${plan.version}.` : 'nothing to do.')
      : `${outcome === 'dry-run' ? 'Would cut' : 'Cut'} ${plan.branch} from ${plan.from} at ${plan.sha.slice(0, 12)}.`
  )
  await setOutputs({
    [Output.branch]: plan.branch,
    [Output.version]: plan.version,
    [Output.previousVersion]: plan.latest?.version ?? '',
    [Output.sha]: plan.sha,
    [Output.milestoneNumber]: milestone?.number ?? '',
    [Output.result]: outcome
  })
  await appendSummary(startSummary(plan, outcome, milestone, waiting))
}
