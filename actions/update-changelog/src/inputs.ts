import {
  COMMIT_VIA,
  COMMIT_VIA_INPUT,
  type CommitVia
} from '../../../packages/release/commit-via.js'
import { getFileInput } from '../../../packages/action-kit/confine.js'
import { getRevisionInput } from '../../../packages/action-kit/git-names.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput
} from '../../../packages/action-kit/inputs.js'
import {
  compilePattern,
  parseChangeGroup,
  parseClassificationRules,
  type ClassificationRule
} from '../../../packages/changelog/classify.js'
import { isIsoDate, type ChangeGroup } from '../../../packages/changelog/grammar.js'
import {
  readReleaseLineInputs,
  type ReleaseLineInputs
} from '../../../packages/action-kit/release-line-inputs.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  version: 'version',
  path: 'path',
  date: 'date',
  fromRef: 'from-ref',
  mode: 'mode',
  issueUrl: 'issue-url',
  issuePattern: 'issue-pattern',
  groupPatterns: 'group-patterns',
  skipPattern: 'skip-pattern',
  unclassified: 'unclassified',
  commit: 'commit',
  push: 'push',
  commitMessage: 'commit-message'
} as const

export const Output = {
  version: 'version',
  releaseNotes: 'release-notes',
  releaseNotesFile: 'release-notes-file',
  result: 'result'
} as const

export const MODES = ['update', 'rebuild'] as const
export type ChangelogMode = (typeof MODES)[number]

export interface ChangelogInputs extends CommonInputs, ReleaseLineInputs {
  commitVia: CommitVia
  version?: string
  path: string
  date: string
  fromRef?: string
  mode: ChangelogMode
  issueUrl?: string
  issuePattern: RegExp
  rules: ClassificationRule[]
  skip: RegExp[]
  unclassified?: ChangeGroup
  commit: boolean
  push: boolean
  commitMessage: string
}

export function readInputs(now: Date = new Date()): ChangelogInputs {
  const commit = getBooleanInput(Input.commit, DEFAULTS[Input.commit])
  const date = getOptionalInput(Input.date) ?? now.toISOString().slice(0, 10)
  if (!isIsoDate(date)) {
    throw new ConfigurationError(
      `Input '${Input.date}' is '${date}', which is not an ISO date; write it as YYYY-MM-DD (e.g. 2026-11-23).`,
      { input: Input.date }
    )
  }
  const issueUrl = getOptionalInput(Input.issueUrl)
  if (issueUrl && !issueUrl.includes('{key}')) {
    throw new ConfigurationError(
      `Input '${Input.issueUrl}' has no {key}, where each ticket's key goes; e.g. https://jira.example.com/browse/{key}.`,
      { input: Input.issueUrl }
    )
  }
  if (issueUrl && !/^https?:\/\/\S+$/.test(issueUrl)) {
    throw new ConfigurationError(
      `Input '${Input.issueUrl}' is '${issueUrl}', which is not an http(s) URL; e.g. https://jira.example.com/browse/{key}.`,
      { input: Input.issueUrl }
    )
  }
  const unclassified = getOptionalInput(Input.unclassified) ?? DEFAULTS[Input.unclassified]
  const group = unclassified.toLowerCase() === 'skip' ? undefined : parseChangeGroup(unclassified)
  if (unclassified.toLowerCase() !== 'skip' && !group) {
    throw new ConfigurationError(
      `Input '${Input.unclassified}' must be skip or one of Added, Changed, Deprecated, Removed, Fixed, Security, not '${unclassified}'.`,
      { input: Input.unclassified }
    )
  }
  const skip = getOptionalInput(Input.skipPattern)
  const common = readCommonInputs()
  return {
    ...common,
    commitVia: getEnumInput(COMMIT_VIA_INPUT, COMMIT_VIA, DEFAULTS[COMMIT_VIA_INPUT]),
    version: getOptionalInput(Input.version),
    path: getFileInput(Input.path, DEFAULTS[Input.path], common.workingDirectory),
    date,
    fromRef: getRevisionInput(Input.fromRef),
    mode: getEnumInput(Input.mode, MODES, DEFAULTS[Input.mode]),
    issueUrl,
    issuePattern: compilePattern(
      getOptionalInput(Input.issuePattern) ?? DEFAULTS[Input.issuePattern],
      Input.issuePattern,
      ''
    ),
    rules: parseClassificationRules(
      getListInput(Input.groupPatterns, /\r?\n/),
      Input.groupPatterns
    ),
    skip: skip ? [compilePattern(skip, Input.skipPattern)] : [],
    unclassified: group,
    commit,
    push: commit && getBooleanInput(Input.push, DEFAULTS[Input.push]),
    commitMessage: getOptionalInput(Input.commitMessage) ?? DEFAULTS[Input.commitMessage],
    ...readReleaseLineInputs()
  }
}
