import { checkRefName } from '../../../packages/action-kit/git-names.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import {
  getBooleanInput,
  getEnumInput,
  getOptionalInput,
  getRenamedInput
} from '../../../packages/action-kit/inputs.js'
import {
  readReleaseLineInputs,
  readReleaseTypeInput
} from '../../../packages/action-kit/release-line-inputs.js'
import type { StartReleaseOptions } from '../../../packages/release/start-release.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  version: 'version',
  bump: 'bump',
  hotfix: 'hotfix',
  developBranch: 'develop-branch',
  /** Deprecated name of develop-branch. */
  base: 'base',
  createMilestone: 'create-milestone',
  warnOpenPullRequests: 'warn-open-pull-requests'
} as const

export const Output = {
  branch: 'branch',
  version: 'version',
  previousVersion: 'previous-version',
  sha: 'sha',
  milestoneNumber: 'milestone-number',
  result: 'result'
} as const

export const BUMPS = ['minor', 'major'] as const

export interface StartInputs extends CommonInputs, StartReleaseOptions {
  /** The input the base branch came from: `base` (deprecated name) when given. */
  baseInput: string
}

export function readInputs(): StartInputs {
  // Errors name the input the value came from (the old name wins when given).
  const base = getRenamedInput(Input.developBranch, Input.base)
  return {
    ...readCommonInputs(),
    version: getOptionalInput(Input.version),
    bump: getEnumInput(Input.bump, BUMPS, DEFAULTS[Input.bump]),
    hotfix: getBooleanInput(Input.hotfix, DEFAULTS[Input.hotfix]),
    base: checkRefName(base.value ?? DEFAULTS[Input.developBranch], base.input),
    baseInput: base.input,
    ...readReleaseLineInputs(),
    releaseType: readReleaseTypeInput(),
    createMilestone: getBooleanInput(Input.createMilestone, DEFAULTS[Input.createMilestone]),
    warnOpenPullRequests: getBooleanInput(
      Input.warnOpenPullRequests,
      DEFAULTS[Input.warnOpenPullRequests]
    )
  }
}
