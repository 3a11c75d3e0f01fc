import {
  COMMIT_VIA,
  COMMIT_VIA_INPUT,
  type CommitVia
} from '../../../packages/release/commit-via.js'
import { checkRefName, getBranchInput } from '../../../packages/action-kit/git-names.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import {
  getBooleanInput,
  getEnumInput,
  getLabelsInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import { parseBranchPatterns, type BranchPatterns } from '../../../packages/versioning/branches.js'
import { parseVersionInput } from '../../../packages/versioning/version.js'
import { readTagPrefixInput } from '../../../packages/action-kit/release-line-inputs.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  source: 'source',
  target: 'target',
  onConflict: 'on-conflict',
  message: 'message',
  version: 'version',
  releaseBranches: 'release-branches',
  pullRequestBranch: 'pull-request-branch',
  labels: 'labels',
  branchPattern: 'branch-pattern',
  hotfixBranchPattern: 'hotfix-branch-pattern',
  tagPrefix: 'tag-prefix'
} as const

export const Output = {
  result: 'result',
  sha: 'sha',
  pullRequestUrl: 'pull-request-url',
  ancestry: 'ancestry',
  targets: 'targets'
} as const

export const ON_CONFLICT = ['pull-request', 'fail'] as const

export interface BackMergeInputs extends CommonInputs {
  commitVia: CommitVia
  source: string
  target: string
  onConflict: (typeof ON_CONFLICT)[number]
  message: string
  version?: string
  releaseBranches: boolean
  pullRequestBranch: string
  labels: string[]
  patterns: BranchPatterns
  tagPrefix: string
}

export function readInputs(): BackMergeInputs {
  const version = getOptionalInput(Input.version)
  return {
    ...readCommonInputs(),
    commitVia: getEnumInput(COMMIT_VIA_INPUT, COMMIT_VIA, DEFAULTS[COMMIT_VIA_INPUT]),
    source: getBranchInput(Input.source) ?? '',
    target: getBranchInput(Input.target, DEFAULTS[Input.target]),
    onConflict: getEnumInput(Input.onConflict, ON_CONFLICT, DEFAULTS[Input.onConflict]),
    message: getOptionalInput(Input.message) ?? DEFAULTS[Input.message],
    version: version === undefined ? undefined : parseVersionInput(version),
    releaseBranches: getBooleanInput(Input.releaseBranches, DEFAULTS[Input.releaseBranches]),
    pullRequestBranch: pullRequestBranchInput(),
    labels: getLabelsInput(Input.labels),
    patterns: parseBranchPatterns(
      getOptionalInput(Input.branchPattern),
      getOptionalInput(Input.hotfixBranchPattern)
    ),
    tagPrefix: readTagPrefixInput(Input.tagPrefix)
  }
}

/**
 * `pull-request-branch`: checked as the branch it names (with a version in place of
 * `{version}`) before anything runs, not first when a conflict needs it.
 */
function pullRequestBranchInput(): string {
  const template = getOptionalInput(Input.pullRequestBranch) ?? DEFAULTS[Input.pullRequestBranch]
  checkRefName(template.replaceAll('{version}', '1.0.0'), Input.pullRequestBranch)
  return template
}
