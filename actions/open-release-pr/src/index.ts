/** open-release-pr: inputs -> packages/release/release-pr + packages/github/pulls -> outputs. */
import { readRunContext, requireRepository } from '../../../packages/action-kit/context.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('open-release-pr', async () => {
    const inputs = readInputs()
    const context = readRunContext()
    const repo = requireRepository(context)
    // The work (release notes, pull request, labels, reviewers) loads only now that inputs are good.
    const { openReleasePullStep } = await import(
      /* webpackChunkName: "open-release-pr-step" */ './step.js'
    )
    await openReleasePullStep(inputs, context, repo)
  })
}
