import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import { parseFileSpecs, type VersionFileSpec } from '../../../packages/version-files/index.js'
import {
  parseBranchPatterns,
  type BranchPatterns,
  type ReleaseType
} from '../../../packages/versioning/index.js'

export const Input = {
  version: 'version',
  branchPattern: 'branch-pattern',
  hotfixBranchPattern: 'hotfix-branch-pattern',
  releaseType: 'release-type',
  files: 'files',
  commit: 'commit',
  push: 'push',
  commitMessage: 'commit-message',
  tagPrefix: 'tag-prefix',
  mainBranch: 'main-branch'
} as const

export const Output = {
  version: 'version',
  previousVersion: 'previous-version',
  tag: 'tag',
  changedFiles: 'changed-files',
  commitSha: 'commit-sha',
  result: 'result'
} as const

export const RELEASE_TYPES = [
  'auto',
  'minor',
  'major',
  'patch',
  'any'
] as const satisfies readonly ReleaseType[]

export interface BumpInputs extends CommonInputs {
  version?: string
  patterns: BranchPatterns
  releaseType: ReleaseType
  files?: VersionFileSpec[]
  commit: boolean
  push: boolean
  commitMessage: string
  tagPrefix: string
  mainBranch: string
}

export function readInputs(): BumpInputs {
  const files = getListInput(Input.files, /\r?\n/)
  const commit = getBooleanInput(Input.commit, true)
  return {
    ...readCommonInputs(),
    version: getOptionalInput(Input.version),
    patterns: parseBranchPatterns(
      getOptionalInput(Input.branchPattern),
      getOptionalInput(Input.hotfixBranchPattern)
    ),
    releaseType: getEnumInput(Input.releaseType, RELEASE_TYPES, 'auto'),
    files: files.length > 0 ? parseFileSpecs(files) : undefined,
    commit,
    // Without a commit there is nothing to push.
    push: commit && getBooleanInput(Input.push, true),
    commitMessage: getOptionalInput(Input.commitMessage) ?? 'Bump version to {version}',
    tagPrefix: getOptionalInput(Input.tagPrefix) ?? 'v',
    mainBranch: getOptionalInput(Input.mainBranch) ?? 'main'
  }
}
