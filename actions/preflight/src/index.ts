/** preflight: inputs -> packages/preflight (read-only checks) -> outputs, annotations, summary. */
import { readRunContext, requireRepository } from '../../../packages/action-kit/context.js'
import { setSecret } from '../../../packages/action-kit/core.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import { actionsLogger } from '../../../packages/action-kit/logger.js'
import { runAction } from '../../../packages/action-kit/run.js'
import { openCheckout } from '../../../packages/git/checkout.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  await runAction('preflight', async () => {
    const inputs = readInputs()
    if (inputs.githubToken) setSecret(inputs.githubToken)
    const context = readRunContext()
    const repository = requireRepository(context)
    if (!inputs.token) {
      throw new ConfigurationError(
        "Input 'token' is empty; pass the token the release will use (default ${{ github.token }}).",
        { input: 'token' }
      )
    }
    const git = await openCheckout(inputs, actionsLogger)
    // The checks (token, protection, version files, CHANGELOG) load only now that inputs are good.
    const { preflightStep } = await import(/* webpackChunkName: "preflight-step" */ './step.js')
    await preflightStep({ ...inputs, token: inputs.token }, context, repository, git)
  })
}
