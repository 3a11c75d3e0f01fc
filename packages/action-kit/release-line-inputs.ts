/**
 * The inputs that say which release line a run is on, shared by every action that resolves a
 * version: branch patterns, the tag prefix, the main branch and the version policy.
 */
import { SHARED_DEFAULTS } from '../base/input-defaults.js'
import { checkRefName, checkTagPrefix } from './git-names.js'
import { getOptionalInput } from './inputs.js'
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
      getOptionalInput(ReleaseLineInput.branchPattern) ??
        SHARED_DEFAULTS[ReleaseLineInput.branchPattern],
      getOptionalInput(ReleaseLineInput.hotfixBranchPattern) ??
        SHARED_DEFAULTS[ReleaseLineInput.hotfixBranchPattern]
    ),
    tagPrefix: readTagPrefixInput(),
    // Empty: the repository's default branch, found when the history is fetched.
    mainBranch: (() => {
      const main = getOptionalInput(ReleaseLineInput.mainBranch)
      return main === undefined ? '' : checkRefName(main, ReleaseLineInput.mainBranch)
    })()
  }
}

/**
 * `tag-prefix`: action.yml's default (`v`) when left out, and `''` when given empty (bare tags,
 * `1.3.0`): an input given empty is not an input left out. The runner sets the variable to the
 * action.yml default when the workflow leaves the input out, so an empty value was given on purpose.
 */
export function readTagPrefixInput(name: string = ReleaseLineInput.tagPrefix): string {
  const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
  const raw = process.env[variable]
  if (raw === undefined) return SHARED_DEFAULTS[ReleaseLineInput.tagPrefix]
  return checkTagPrefix(raw.trim(), name)
}

/** `release-type`: auto, minor, major, patch or any (blank: action.yml's default, auto). */
export function readReleaseTypeInput(): ReleaseType {
  return parseReleaseType(
    getOptionalInput(ReleaseLineInput.releaseType) ?? SHARED_DEFAULTS[ReleaseLineInput.releaseType],
    ReleaseLineInput.releaseType
  )
}
