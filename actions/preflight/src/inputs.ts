import {
  COMMIT_VIA,
  COMMIT_VIA_INPUT,
  type CommitVia
} from '../../../packages/release/commit-via.js'
import { readTagPrefixInput } from '../../../packages/action-kit/release-line-inputs.js'
import { getFileInput } from '../../../packages/action-kit/confine.js'
import { getBranchInput } from '../../../packages/action-kit/git-names.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import {
  getEnumInput,
  getListInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import { isStage, STAGES, type Stage } from '../../../packages/preflight/stages.js'
import { parseFileSpecs } from '../../../packages/version-files/specs.js'
import type { VersionFileSpec } from '../../../packages/version-files/types.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  stages: 'stages',
  mainBranch: 'main-branch',
  developBranch: 'develop-branch',
  files: 'files',
  changelogPath: 'changelog-path',
  tagPrefix: 'tag-prefix',
  githubToken: 'github-token'
} as const

export const Output = {
  tokenKind: 'token-kind',
  result: 'result',
  checks: 'checks',
  mergeMethods: 'merge-methods'
} as const

export interface PreflightInputs extends CommonInputs {
  stages: Stage[]
  /** The workflow's own token, to tell whether `token` is the GITHUB_TOKEN. */
  githubToken?: string
  /** '' for the repository's default branch. */
  mainBranch: string
  developBranch: string
  files?: VersionFileSpec[]
  changelogPath: string
  /** Release tags are `<tagPrefix>X.Y.Z`; '' for bare tags. */
  tagPrefix: string
  commitVia: CommitVia
}

/** The stages named in the input, in pipeline order; blank or `all` means every stage. */
function readStages(): Stage[] {
  const names = getListInput(Input.stages)
  if (names.length === 0 || (names.length === 1 && names[0] === 'all')) return [...STAGES]
  const unknown = names.filter((name) => !isStage(name))
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `Input '${Input.stages}' names ${unknown.map((n) => `'${n}'`).join(', ')}, which ${unknown.length > 1 ? 'are not stages' : 'is not a stage'}. Valid stages: ${STAGES.join(', ')} (or all).`,
      { input: Input.stages }
    )
  }
  return STAGES.filter((stage) => names.includes(stage))
}

export function readInputs(): PreflightInputs {
  const files = getListInput(Input.files, /\r?\n/)
  const common = readCommonInputs()
  return {
    ...common,
    stages: readStages(),
    githubToken: getOptionalInput(Input.githubToken),
    mainBranch: getBranchInput(Input.mainBranch) ?? '',
    developBranch: getBranchInput(Input.developBranch, DEFAULTS[Input.developBranch]),
    files: files.length > 0 ? parseFileSpecs(files) : undefined,
    changelogPath: getFileInput(
      Input.changelogPath,
      DEFAULTS[Input.changelogPath],
      common.workingDirectory
    ),
    tagPrefix: readTagPrefixInput(Input.tagPrefix),
    commitVia: getEnumInput(COMMIT_VIA_INPUT, COMMIT_VIA, DEFAULTS[COMMIT_VIA_INPUT])
  }
}
