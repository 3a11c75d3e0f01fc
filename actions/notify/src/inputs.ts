import { getUrlInput, maskUrlSecrets } from '../../../packages/action-kit/url-input.js'
import { getFileInput } from '../../../packages/action-kit/confine.js'
import { getBranchInput } from '../../../packages/action-kit/git-names.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import {
  ENVIRONMENT,
  getBooleanInput,
  getEnumInput,
  getLineInput,
  getOptionalInput,
  getSecretInput
} from '../../../packages/action-kit/inputs.js'
import { readTagPrefixInput } from '../../../packages/action-kit/release-line-inputs.js'
import {
  NOTIFY_FORMATS,
  type AnnouncementOptions
} from '../../../packages/release/announce-release.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  version: 'version',
  webhookUrl: 'webhook-url',
  format: 'format',
  message: 'message',
  releaseUrl: 'release-url',
  releaseNotes: 'release-notes',
  changelog: 'changelog-path',
  tagPrefix: 'tag-prefix',
  mainBranch: 'main-branch',
  productionEnvironment: 'production-environment',
  repost: 'repost'
} as const

export const Output = {
  result: 'result',
  status: 'status'
} as const

export const FORMATS = NOTIFY_FORMATS

/** The options are the use-case's, declared once there. */
export interface NotifyInputs extends CommonInputs, AnnouncementOptions {}

export function readInputs(): NotifyInputs {
  // Read (and masked) before anything else can print it; an empty one skipped the stage already.
  const webhookUrl = getSecretInput(Input.webhookUrl) ?? ''
  checkWebhookUrl(webhookUrl)
  maskUrlSecrets(webhookUrl, { credentialPath: true })
  const common = readCommonInputs()
  return {
    ...common,
    version: getOptionalInput(Input.version),
    webhookUrl,
    format: getEnumInput(Input.format, FORMATS, DEFAULTS[Input.format]),
    message: getOptionalInput(Input.message),
    releaseUrl: getUrlInput(Input.releaseUrl, 'https://github.com/acme/app/releases/tag/v1.3.0'),
    releaseNotes: getOptionalInput(Input.releaseNotes),
    changelog: getFileInput(Input.changelog, DEFAULTS[Input.changelog], common.workingDirectory),
    tagPrefix: readTagPrefixInput(Input.tagPrefix),
    mainBranch: getBranchInput(Input.mainBranch) ?? '',
    productionEnvironment: getLineInput(Input.productionEnvironment, ENVIRONMENT),
    repost: getBooleanInput(Input.repost, DEFAULTS[Input.repost])
  }
}

/** An http(s) URL; the error never repeats the value, which is a secret. */
function checkWebhookUrl(value: string): void {
  let protocol: string | undefined
  try {
    protocol = new URL(value).protocol
  } catch {
    protocol = undefined
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new ConfigurationError(
      `Input '${Input.webhookUrl}' is not an http(s) URL (its value is secret and not shown); ` +
        'check the secret holds the whole webhook URL, e.g. https://hooks.slack.com/services/...',
      { input: Input.webhookUrl }
    )
  }
}
