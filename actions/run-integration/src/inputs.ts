import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import { MIN_COMMAND_TIMEOUT_MS, parseDuration } from '../../../packages/base/duration.js'
import {
  getIntegerInput,
  getListInput,
  getOptionalInput,
  getRequiredInput
} from '../../../packages/action-kit/inputs.js'
import { getUrlInput } from '../../../packages/action-kit/url-input.js'

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
  return {
    ...readCommonInputs(),
    run: getRequiredInput(Input.run),
    environmentUrl: getUrlInput(Input.environmentUrl, 'https://staging.example.com'),
    version: getOptionalInput(Input.version),
    junit: getListInput(Input.junit, /\r?\n/),
    retries: getIntegerInput(Input.retries, 0, { min: 0, max: 10 }),
    timeoutMs:
      timeout === undefined
        ? undefined
        : parseDuration(timeout, Input.timeout, MIN_COMMAND_TIMEOUT_MS)
  }
}
