import { getFileInput } from '../../../packages/action-kit/confine.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import { checkSha } from '../../../packages/action-kit/git-names.js'
import { readInput, setSecret } from '../../../packages/action-kit/core.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import type { SignTagMode } from '../../../packages/git/tag-signing.js'
import type { MakeLatest } from '../../../packages/tagging/github-release.js'
import { parseFileSpecs } from '../../../packages/version-files/specs.js'
import type { VersionFileSpec } from '../../../packages/version-files/types.js'
import {
  readReleaseLineInputs,
  readReleaseTypeInput,
  type ReleaseLineInputs
} from '../../../packages/action-kit/release-line-inputs.js'
import type { ReleaseType } from '../../../packages/versioning/index.js'
import { checkPrereleaseId } from '../../../packages/versioning/version.js'
import { DEFAULTS } from './defaults.js'

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
  files: 'files',
  signTag: 'sign-tag',
  gpgPrivateKey: 'gpg-private-key'
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
export const SIGN_TAG = ['auto', 'true', 'false'] as const
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
  signTag: SignTagMode
  gpgPrivateKey?: string
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
    via: getEnumInput(Input.via, VIAS, DEFAULTS[Input.via]),
    message: getOptionalInput(Input.message) ?? DEFAULTS[Input.message],
    createRelease: getBooleanInput(Input.createRelease, DEFAULTS[Input.createRelease]),
    releaseName: getOptionalInput(Input.releaseName) ?? DEFAULTS[Input.releaseName],
    releaseNotes: notes.trim() === '' ? undefined : notes,
    draft: getBooleanInput(Input.draft, DEFAULTS[Input.draft]),
    prerelease: getBooleanInput(Input.prerelease, DEFAULTS[Input.prerelease]),
    // Checked now, before origin is asked anything, as the use-case would check it later.
    prereleaseId: optionalPrereleaseId(),
    makeLatest: getEnumInput(Input.makeLatest, MAKE_LATEST, DEFAULTS[Input.makeLatest]),
    allowSquash: getBooleanInput(Input.allowSquash, DEFAULTS[Input.allowSquash]),
    updateMajorTag: getBooleanInput(Input.updateMajorTag, DEFAULTS[Input.updateMajorTag]),
    updateMinorTag: getBooleanInput(Input.updateMinorTag, DEFAULTS[Input.updateMinorTag]),
    changelogPath: getFileInput(
      Input.changelogPath,
      DEFAULTS[Input.changelogPath],
      common.workingDirectory
    ),
    files: files.length > 0 ? parseFileSpecs(files) : undefined,
    releaseType: readReleaseTypeInput(),
    ...readSigning(getEnumInput(Input.via, VIAS, DEFAULTS[Input.via]))
  }
}

function optionalPrereleaseId(): string | undefined {
  const id = getOptionalInput(Input.prereleaseId)
  return id === undefined ? undefined : checkPrereleaseId(id, Input.prereleaseId)
}

/** sign-tag and gpg-private-key: a signed tag is made with git, so they need via: git. */
function readSigning(via: 'git' | 'api'): { signTag: SignTagMode; gpgPrivateKey?: string } {
  const signTag = getEnumInput(Input.signTag, SIGN_TAG, DEFAULTS[Input.signTag])
  const key = getOptionalInput(Input.gpgPrivateKey)
  if (key) {
    setSecret(key)
    // Masked line by line too: a multi-line value is not masked whole in every log line.
    for (const line of key.split(/\r?\n/)) if (line.trim().length > 20) setSecret(line.trim())
    // Checked now, not first when the tag is made (and never quoted back).
    if (!key.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')) {
      throw new ConfigurationError(
        `Input '${Input.gpgPrivateKey}' is not an ASCII-armored GPG private key (expected '-----BEGIN PGP PRIVATE KEY BLOCK-----', as 'gpg --armor --export-secret-keys' writes it).`,
        { input: Input.gpgPrivateKey }
      )
    }
  }
  if (key && signTag === 'false') {
    throw new ConfigurationError(
      `Input '${Input.gpgPrivateKey}' is given but '${Input.signTag}' is false: leave out the key, or let the tag be signed.`,
      { input: Input.signTag }
    )
  }
  if (via === 'api' && (key || signTag === 'true')) {
    throw new ConfigurationError(
      `A signed tag is made with git: '${key ? Input.gpgPrivateKey : `${Input.signTag}: true`}' needs '${Input.via}: git' (a tag made through the API is never signed).`,
      { input: Input.via }
    )
  }
  return { signTag, gpgPrivateKey: key }
}

function optionalSha(): string | undefined {
  const sha = getOptionalInput(Input.sha)
  return sha === undefined ? undefined : checkSha(sha, Input.sha)
}
