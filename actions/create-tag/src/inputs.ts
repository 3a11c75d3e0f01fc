import { getFileInput } from '../../../packages/action-kit/confine.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import { checkSha } from '../../../packages/action-kit/git-names.js'
import { readInput } from '../../../packages/action-kit/core.js'
import type { MakeLatest } from '../../../packages/tagging/github-release.js'
import { parseFileSpecs } from '../../../packages/version-files/specs.js'
import type { VersionFileSpec } from '../../../packages/version-files/types.js'
import {
  readReleaseLineInputs,
  readReleaseTypeInput,
  type ReleaseLineInputs
} from '../../../packages/action-kit/release-line-inputs.js'
import type { ReleaseType } from '../../../packages/versioning/index.js'

export const Input = {
  version: 'version',
  sha: 'sha',
  via: 'via',
  message: 'message',
  createRelease: 'create-release',
  releaseName: 'release-name',
  releaseNotes: 'release-notes',
  draft: 'draft',
  prerelease: 'prerelease',
  prereleaseId: 'prerelease-id',
  makeLatest: 'make-latest',
  allowSquash: 'allow-squash',
  updateMajorTag: 'update-major-tag',
  updateMinorTag: 'update-minor-tag',
  changelogPath: 'changelog-path',
  files: 'files'
} as const

export const Output = {
  tag: 'tag',
  version: 'version',
  sha: 'sha',
  releaseUrl: 'release-url',
  releaseId: 'release-id',
  arrival: 'arrival',
  result: 'result'
} as const

export const VIAS = ['git', 'api'] as const
export const MAKE_LATEST = ['auto', 'true', 'false', 'legacy'] as const satisfies MakeLatest[]

export interface CreateTagInputs extends CommonInputs, ReleaseLineInputs {
  version?: string
  sha?: string
  via: 'git' | 'api'
  message: string
  createRelease: boolean
  releaseName: string
  /** Undefined when empty: the notes then come from the changelog. */
  releaseNotes?: string
  draft: boolean
  prerelease: boolean
  /** Tag a release candidate X.Y.Z-<id>.N instead (undefined: the release itself). */
  prereleaseId?: string
  makeLatest: MakeLatest
  allowSquash: boolean
  updateMajorTag: boolean
  updateMinorTag: boolean
  changelogPath: string
  files?: VersionFileSpec[]
  releaseType: ReleaseType
}

export function readInputs(): CreateTagInputs {
  const files = getListInput(Input.files, /\r?\n/)
  // Release notes are markdown: keep them as written, only an all-blank value counts as empty.
  const notes = readInput(Input.releaseNotes)
  const common = readCommonInputs()
  return {
    ...common,
    ...readReleaseLineInputs(),
    version: getOptionalInput(Input.version),
    sha: optionalSha(),
    via: getEnumInput(Input.via, VIAS, 'git'),
    message: getOptionalInput(Input.message) ?? 'Release {version}',
    createRelease: getBooleanInput(Input.createRelease, true),
    releaseName: getOptionalInput(Input.releaseName) ?? '{version}',
    releaseNotes: notes.trim() === '' ? undefined : notes,
    draft: getBooleanInput(Input.draft, false),
    prerelease: getBooleanInput(Input.prerelease, false),
    prereleaseId: getOptionalInput(Input.prereleaseId),
    makeLatest: getEnumInput(Input.makeLatest, MAKE_LATEST, 'auto'),
    allowSquash: getBooleanInput(Input.allowSquash, false),
    updateMajorTag: getBooleanInput(Input.updateMajorTag, false),
    updateMinorTag: getBooleanInput(Input.updateMinorTag, false),
    changelogPath: getFileInput(Input.changelogPath, 'CHANGELOG.md', common.workingDirectory),
    files: files.length > 0 ? parseFileSpecs(files) : undefined,
    releaseType: readReleaseTypeInput()
  }
}

function optionalSha(): string | undefined {
  const sha = getOptionalInput(Input.sha)
  return sha === undefined ? undefined : checkSha(sha, Input.sha)
}
