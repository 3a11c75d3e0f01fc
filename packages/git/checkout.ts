/**
 * The checkout an action works in. Asked before an action loads the code that does its work,
 * so a job without `actions/checkout` stops at once with the one error that says what to do.
 */
import { ConfigurationError } from '../base/errors.js'
import type { Logger } from '../base/logger.js'
import { Git, type GitIdentity } from './git.js'

/** A Git for the action's working directory; a ConfigurationError when it is not a checkout. */
export async function openCheckout(
  inputs: { workingDirectory: string; token?: string; identity?: GitIdentity },
  log: Logger
): Promise<Git> {
  const git = new Git(inputs.workingDirectory, {
    log,
    identity: inputs.identity,
    token: inputs.token
  })
  if (!(await git.isRepository())) {
    throw new ConfigurationError(
      `${inputs.workingDirectory} is not a git checkout; run actions/checkout first.`
    )
  }
  return git
}
