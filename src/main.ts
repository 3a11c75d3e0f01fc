/**
 * The one bundle behind every action: `dist/<name>/index.js` calls `runStep('<name>')`, and the
 * root action (`uses: YOUR_ORG/release-actions@v1` with `step:`) calls `runStep()` to read the input.
 */
import { readInput } from '../packages/action-kit/core.js'
import { ConfigurationError } from '../packages/base/errors.js'
import { reportFailure } from '../packages/action-kit/run.js'
import { STEPS, isStepName } from './steps.js'

export async function runStep(name?: string): Promise<void> {
  const step = name ?? readInput('step').trim()
  if (!isStepName(step)) {
    const valid = Object.keys(STEPS).join(', ')
    reportFailure(
      'release-actions',
      new ConfigurationError(
        step
          ? `Unknown step '${step}'. Valid steps: ${valid}.`
          : `Input 'step' is required. Valid steps: ${valid}.`,
        { input: 'step' }
      )
    )
    return
  }
  if (name === undefined) await applyStepDefaults(step)
  const module = await STEPS[step]()
  await module.run()
}

/**
 * Through the root action, inputs the user left blank take the chosen step's own defaults.
 * Loaded only there: a single action's stub never needs the defaults of every step.
 */
async function applyStepDefaults(step: string): Promise<void> {
  const { STEP_DEFAULTS, EMPTY_IS_A_VALUE } = await import(
    /* webpackChunkName: "step-defaults" */ './step-defaults.js'
  )
  for (const [input, value] of Object.entries(STEP_DEFAULTS[step] ?? {})) {
    const variable = `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
    // `tag-prefix: ''` stays empty (bare tags); the root's own default covers leaving it out.
    if (EMPTY_IS_A_VALUE.includes(input) && process.env[variable] !== undefined) continue
    if (!process.env[variable]) process.env[variable] = value
  }
}
