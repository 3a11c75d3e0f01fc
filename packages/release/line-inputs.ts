/**
 * The inputs that say which release line a run is on, shared by every action that resolves a
 * version: branch patterns, the tag prefix, the main branch and the version policy.
 */
import { checkRefName, checkTagPrefix } from '../action-kit/git-names.js'
import { getOptionalInput } from '../action-kit/inputs.js'
import { parseBranchPatterns, type BranchPatterns } from '../versioning/branches.js'
import { parseReleaseType, type ReleaseType } from '../versioning/release-type.js'

export const ReleaseLineInput = {
  branchPattern: 'branch-pattern',
  hotfixBranchPattern: 'hotfix-branch-pattern',
  tagPrefix: 'tag-prefix',
  mainBranch: 'main-branch',
  releaseType: 'release-type'
} as const

export interface ReleaseLineInputs {
  patterns: BranchPatterns
  tagPrefix: string
  mainBranch: string
}

export function readReleaseLineInputs(): ReleaseLineInputs {
  return {
    patterns: parseBranchPatterns(
      getOptionalInput(ReleaseLineInput.branchPattern),
      getOptionalInput(ReleaseLineInput.hotfixBranchPattern)
    ),
    tagPrefix: checkTagPrefix(
      getOptionalInput(ReleaseLineInput.tagPrefix) ?? 'v',
      ReleaseLineInput.tagPrefix
    ),
    mainBranch: checkRefName(
      getOptionalInput(ReleaseLineInput.mainBranch) ?? 'main',
      ReleaseLineInput.mainBranch
    )
  }
}

/** `release-type`: auto, minor, major, patch or any (blank: auto). */
export function readReleaseTypeInput(): ReleaseType {
  return parseReleaseType(
    getOptionalInput(ReleaseLineInput.releaseType),
    ReleaseLineInput.releaseType
  )
}
