import { COMMIT_VIA, COMMIT_VIA_INPUT } from '../../../packages/release/commit-via.js'
import type { DeployOptions } from '../../../packages/release/deploy-release.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import {
  MIN_COMMAND_TIMEOUT_MS,
  MIN_POLL_INTERVAL_MS,
  parseDuration
} from '../../../packages/base/duration.js'
import { getFileInput } from '../../../packages/action-kit/confine.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import type { RunContext } from '../../../packages/action-kit/context.js'
import {
  checkLine,
  ENVIRONMENT,
  getBooleanInput,
  getEnumInput,
  getLineInput,
  getOptionalInput,
  getRequiredInput,
  VERSION_LABEL
} from '../../../packages/action-kit/inputs.js'
import { getBranchInput, getRevisionInput } from '../../../packages/action-kit/git-names.js'
import { readTagPrefixInput } from '../../../packages/action-kit/release-line-inputs.js'
import { getUrlInput } from '../../../packages/action-kit/url-input.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  environment: 'environment',
  version: 'version',
  ref: 'ref',
  run: 'run',
  timeout: 'timeout',
  environmentUrl: 'environment-url',
  healthUrl: 'health-url',
  healthTimeout: 'health-timeout',
  healthInterval: 'health-interval',
  expectVersion: 'expect-version',
  rollback: 'rollback',
  transientEnvironment: 'transient-environment',
  productionEnvironment: 'production-environment',
  recordRollback: 'record-rollback',
  tagPrefix: 'tag-prefix',
  developBranch: 'develop-branch',
  changelogPath: 'changelog-path'
} as const

export const Output = {
  deploymentId: 'deployment-id',
  environmentUrl: 'environment-url',
  previousVersion: 'previous-version',
  result: 'result'
} as const

/** The use-case's options (declared once, in packages/release/deploy-release.ts). */
export interface DeployInputs extends CommonInputs, DeployOptions {}

const RELEASE_TAG = /^refs\/tags\/v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)$/

export function readInputs(context: RunContext): DeployInputs {
  const environment = checkLine(getRequiredInput(Input.environment), Input.environment, ENVIRONMENT)
  const tag = RELEASE_TAG.exec(context.ref)
  const ref =
    getRevisionInput(Input.ref) ?? (tag ? context.ref.slice('refs/tags/'.length) : context.sha)
  if (!ref) {
    throw new ConfigurationError(
      "Input 'ref' is empty and GITHUB_SHA is not set; give the tag, branch or SHA to deploy.",
      { input: Input.ref }
    )
  }
  const timeout = getOptionalInput(Input.timeout)
  const production = getOptionalInput(Input.productionEnvironment)
  const common = readCommonInputs()
  return {
    ...common,
    environment,
    version: getLineInput(Input.version, VERSION_LABEL) ?? tag?.[1] ?? ref,
    ref,
    run: getRequiredInput(Input.run),
    timeoutMs:
      timeout === undefined
        ? undefined
        : parseDuration(timeout, Input.timeout, MIN_COMMAND_TIMEOUT_MS),
    environmentUrl: getUrlInput(Input.environmentUrl, 'https://staging.example.com'),
    healthUrl: getUrlInput(Input.healthUrl),
    healthTimeoutMs: parseDuration(
      getOptionalInput(Input.healthTimeout) ?? DEFAULTS[Input.healthTimeout],
      Input.healthTimeout
    ),
    healthIntervalMs: parseDuration(
      getOptionalInput(Input.healthInterval) ?? DEFAULTS[Input.healthInterval],
      Input.healthInterval,
      MIN_POLL_INTERVAL_MS
    ),
    expectVersion: getBooleanInput(Input.expectVersion, DEFAULTS[Input.expectVersion]),
    rollback: getOptionalInput(Input.rollback),
    transient: getBooleanInput(Input.transientEnvironment, DEFAULTS[Input.transientEnvironment]),
    production:
      production === undefined ? undefined : getBooleanInput(Input.productionEnvironment, false),
    recordRollback: getBooleanInput(Input.recordRollback, DEFAULTS[Input.recordRollback]),
    tagPrefix: readTagPrefixInput(Input.tagPrefix),
    developBranch: getBranchInput(Input.developBranch, DEFAULTS[Input.developBranch]),
    // Read only if a rollback marks the version [YANKED]: checked now, not in the middle of one.
    changelogPath: getFileInput(
      Input.changelogPath,
      DEFAULTS[Input.changelogPath],
      common.workingDirectory
    ),
    commitVia: getEnumInput(COMMIT_VIA_INPUT, COMMIT_VIA, DEFAULTS[COMMIT_VIA_INPUT])
  }
}
