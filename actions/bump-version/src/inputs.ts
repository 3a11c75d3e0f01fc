import {
  COMMIT_VIA,
  COMMIT_VIA_INPUT,
  type CommitVia
} from '../../../packages/release/commit-via.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import {
  readReleaseLineInputs,
  readReleaseTypeInput,
  type ReleaseLineInputs
} from '../../../packages/action-kit/release-line-inputs.js'
import { parseFileSpecs } from '../../../packages/version-files/specs.js'
import type { VersionFileSpec } from '../../../packages/version-files/types.js'
import type { ReleaseType } from '../../../packages/versioning/policy.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  version: 'version',
  files: 'files',
  commit: 'commit',
  push: 'push',
  commitMessage: 'commit-message'
} as const

export const Output = {
  version: 'version',
  previousVersion: 'previous-version',
  tag: 'tag',
  changedFiles: 'changed-files',
  commitSha: 'commit-sha',
  result: 'result'
} as const

export interface BumpInputs extends CommonInputs, ReleaseLineInputs {
  commitVia: CommitVia
  version?: string
  releaseType: ReleaseType
  files?: VersionFileSpec[]
  commit: boolean
  push: boolean
  commitMessage: string
}

export function readInputs(): BumpInputs {
  const files = getListInput(Input.files, /\r?\n/)
  const commit = getBooleanInput(Input.commit, DEFAULTS[Input.commit])
  return {
    ...readCommonInputs(),
    commitVia: getEnumInput(COMMIT_VIA_INPUT, COMMIT_VIA, DEFAULTS[COMMIT_VIA_INPUT]),
    ...readReleaseLineInputs(),
    version: getOptionalInput(Input.version),
    releaseType: readReleaseTypeInput(),
    files: files.length > 0 ? parseFileSpecs(files) : undefined,
    commit,
    // Without a commit there is nothing to push.
    push: commit && getBooleanInput(Input.push, DEFAULTS[Input.push]),
    commitMessage: getOptionalInput(Input.commitMessage) ?? DEFAULTS[Input.commitMessage]
  }
}
