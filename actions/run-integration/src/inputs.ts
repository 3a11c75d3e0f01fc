import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import { MIN_COMMAND_TIMEOUT_MS, parseDuration } from '../../../packages/base/duration.js'
import {
  getIntegerInput,
  getLineInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  VERSION_LABEL
} from '../../../packages/action-kit/inputs.js'
import { getUrlInput } from '../../../packages/action-kit/url-input.js'
import { confinedFile } from '../../../packages/action-kit/confine.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  run: 'run',
  environmentUrl: 'environment-url',
  version: 'version',
  junit: 'junit',
  retries: 'retries',
  timeout: 'timeout'
} as const

export const Output = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
  flaky: 'flaky',
  attempts: 'attempts',
  result: 'result'
} as const

export interface IntegrationInputs extends CommonInputs {
  run: string
  environmentUrl?: string
  version?: string
  junit: string[]
  retries: number
  timeoutMs?: number
}

export function readInputs(): IntegrationInputs {
  const timeout = getOptionalInput(Input.timeout)
  const common = readCommonInputs()
  const junit = getListInput(Input.junit, /\r?\n/)
  // Reports are read from the checkout only: a pattern leading out of it is refused.
  for (const pattern of junit) confinedFile(common.workingDirectory, pattern, Input.junit)
  return {
    ...common,
    run: getRequiredInput(Input.run),
    environmentUrl: getUrlInput(Input.environmentUrl, 'https://staging.example.com'),
    version: getLineInput(Input.version, VERSION_LABEL),
    junit,
    retries: getIntegerInput(Input.retries, DEFAULTS[Input.retries], { min: 0, max: 10 }),
    timeoutMs:
      timeout === undefined
        ? undefined
        : parseDuration(timeout, Input.timeout, MIN_COMMAND_TIMEOUT_MS)
  }
}
