/**
 * The wrapper every action entry runs in: a user mistake becomes one `::error` annotation (on
 * the file at fault when there is one) and a non-zero exit; a bug says so and shows its stack.
 */
import * as core from './core.js'
import { errorMessage, isConfigurationError } from './errors.js'

export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    // GitHub App inputs: mint the run's token before anything reads the `token` input.
    if (process.env['INPUT_APP-ID'] || process.env['INPUT_APP-PRIVATE-KEY']) {
      const { activateAppCredentials } = await import('./app-credentials.js')
      await activateAppCredentials()
    }
    await body()
  } catch (error) {
    reportFailure(name, error)
  }
}

export function reportFailure(name: string, error: unknown): void {
  if (isConfigurationError(error)) {
    const [first] = error.locations
    core.error(error.message, first, `${name}: ${first ? 'invalid file' : 'configuration error'}`)
  } else {
    core.error(`${name} failed unexpectedly: ${errorMessage(error)}`)
    if (error instanceof Error && error.stack) core.debug(error.stack)
  }
  core.markFailed()
}

/** Writes each output; an object so an action's outputs are named once, in one place. */
export async function setOutputs(
  outputs: Record<string, string | number | boolean | undefined>
): Promise<void> {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) await core.setOutput(name, value)
  }
}
