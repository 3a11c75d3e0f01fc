import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import {
  getBooleanInput,
  getEnumInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import {
  parseBranchPatterns,
  RELEASE_TYPES,
  type BranchPatterns,
  type ReleaseType
} from '../../../packages/versioning/index.js'

export const Input = {
  version: 'version',
  bump: 'bump',
  hotfix: 'hotfix',
  base: 'base',
  mainBranch: 'main-branch',
  branchPattern: 'branch-pattern',
  hotfixBranchPattern: 'hotfix-branch-pattern',
  releaseType: 'release-type',
  tagPrefix: 'tag-prefix',
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

export interface StartInputs extends CommonInputs {
  version?: string
  bump: (typeof BUMPS)[number]
  hotfix: boolean
  base: string
  mainBranch: string
  patterns: BranchPatterns
  releaseType: ReleaseType
  tagPrefix: string
  createMilestone: boolean
  warnOpenPullRequests: boolean
}

export function readInputs(): StartInputs {
  return {
    ...readCommonInputs(),
    version: getOptionalInput(Input.version),
    bump: getEnumInput(Input.bump, BUMPS, 'minor'),
    hotfix: getBooleanInput(Input.hotfix, false),
    base: getOptionalInput(Input.base) ?? 'develop',
    mainBranch: getOptionalInput(Input.mainBranch) ?? 'main',
    patterns: parseBranchPatterns(
      getOptionalInput(Input.branchPattern),
      getOptionalInput(Input.hotfixBranchPattern)
    ),
    releaseType: getEnumInput(Input.releaseType, RELEASE_TYPES, 'auto'),
    tagPrefix: getOptionalInput(Input.tagPrefix) ?? 'v',
    createMilestone: getBooleanInput(Input.createMilestone, false),
    warnOpenPullRequests: getBooleanInput(Input.warnOpenPullRequests, true)
  }
}
