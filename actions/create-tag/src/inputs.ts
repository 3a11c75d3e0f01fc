import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import { readInput } from '../../../packages/action-kit/core.js'
import type { MakeLatest } from '../../../packages/tagging/github-release.js'
import { parseFileSpecs, type VersionFileSpec } from '../../../packages/version-files/index.js'
import {
  parseBranchPatterns,
  type BranchPatterns,
  type ReleaseType
} from '../../../packages/versioning/index.js'

export const Input = {
  version: 'version',
  sha: 'sha',
  via: 'via',
  tagPrefix: 'tag-prefix',
  message: 'message',
  createRelease: 'create-release',
  releaseName: 'release-name',
  releaseNotes: 'release-notes',
  draft: 'draft',
  prerelease: 'prerelease',
  makeLatest: 'make-latest',
  updateMajorTag: 'update-major-tag',
  updateMinorTag: 'update-minor-tag',
  changelogPath: 'changelog-path',
  files: 'files',
  branchPattern: 'branch-pattern',
  hotfixBranchPattern: 'hotfix-branch-pattern',
  releaseType: 'release-type',
  mainBranch: 'main-branch'
} as const

export const Output = {
  tag: 'tag',
  version: 'version',
  sha: 'sha',
  releaseUrl: 'release-url',
  releaseId: 'release-id',
  result: 'result'
} as const

export const VIAS = ['git', 'api'] as const
export const MAKE_LATEST = ['auto', 'true', 'false', 'legacy'] as const satisfies MakeLatest[]
export const RELEASE_TYPES = [
  'auto',
  'minor',
  'major',
  'patch',
  'any'
] as const satisfies readonly ReleaseType[]

export interface CreateTagInputs extends CommonInputs {
  version?: string
  sha?: string
  via: 'git' | 'api'
  tagPrefix: string
  message: string
  createRelease: boolean
  releaseName: string
  /** Undefined when empty: the notes then come from the changelog. */
  releaseNotes?: string
  draft: boolean
  prerelease: boolean
  makeLatest: MakeLatest
  updateMajorTag: boolean
  updateMinorTag: boolean
  changelogPath: string
  files?: VersionFileSpec[]
  patterns: BranchPatterns
  releaseType: ReleaseType
  mainBranch: string
}

export function readInputs(): CreateTagInputs {
  const files = getListInput(Input.files, /\r?\n/)
  // Release notes are markdown: keep them as written, only an all-blank value counts as empty.
  const notes = readInput(Input.releaseNotes)
  return {
    ...readCommonInputs(),
    version: getOptionalInput(Input.version),
    sha: getOptionalInput(Input.sha),
    via: getEnumInput(Input.via, VIAS, 'git'),
    tagPrefix: getOptionalInput(Input.tagPrefix) ?? 'v',
    message: getOptionalInput(Input.message) ?? 'Release {version}',
    createRelease: getBooleanInput(Input.createRelease, true),
    releaseName: getOptionalInput(Input.releaseName) ?? '{version}',
    releaseNotes: notes.trim() === '' ? undefined : notes,
    draft: getBooleanInput(Input.draft, false),
    prerelease: getBooleanInput(Input.prerelease, false),
    makeLatest: getEnumInput(Input.makeLatest, MAKE_LATEST, 'auto'),
    updateMajorTag: getBooleanInput(Input.updateMajorTag, false),
    updateMinorTag: getBooleanInput(Input.updateMinorTag, false),
    changelogPath: getOptionalInput(Input.changelogPath) ?? 'CHANGELOG.md',
    files: files.length > 0 ? parseFileSpecs(files) : undefined,
    patterns: parseBranchPatterns(
      getOptionalInput(Input.branchPattern),
      getOptionalInput(Input.hotfixBranchPattern)
    ),
    releaseType: getEnumInput(Input.releaseType, RELEASE_TYPES, 'auto'),
    mainBranch: getOptionalInput(Input.mainBranch) ?? 'main'
  }
}
