import { checkUrl } from '../../../packages/action-kit/url-input.js'
import { checkUserRegex } from '../../../packages/base/user-regex.js'
import { getFileInput } from '../../../packages/action-kit/confine.js'
import { checkRefName, getBranchInput } from '../../../packages/action-kit/git-names.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import {
  checkLine,
  getBooleanInput,
  getLabelsInput,
  getLineInput,
  getOptionalInput,
  getRenamedInput,
  getReviewersInput,
  MILESTONE,
  TITLE
} from '../../../packages/action-kit/inputs.js'
import { parseBranchPatterns } from '../../../packages/versioning/branches.js'
import { readTagPrefixInput } from '../../../packages/action-kit/release-line-inputs.js'
import type { ReleasePullOptions } from '../../../packages/release/open-release-pr.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  version: 'version',
  mainBranch: 'main-branch',
  /** Deprecated name of main-branch. */
  base: 'base',
  head: 'head',
  title: 'title',
  releaseNotes: 'release-notes',
  changelogPath: 'changelog-path',
  issueUrl: 'issue-url',
  issuePattern: 'issue-pattern',
  draft: 'draft',
  labels: 'labels',
  reviewers: 'reviewers',
  milestone: 'milestone',
  developBranch: 'develop-branch',
  branchPattern: 'branch-pattern',
  hotfixBranchPattern: 'hotfix-branch-pattern',
  tagPrefix: 'tag-prefix',
  conflictForecast: 'conflict-forecast',
  autoMerge: 'auto-merge'
} as const

export const Output = {
  number: 'number',
  url: 'url',
  conflicts: 'conflicts',
  autoMerge: 'auto-merge',
  result: 'result'
} as const

/** The options are the use-case's, declared once there. */
export interface PullInputs extends CommonInputs, ReleasePullOptions {}

export function readInputs(): PullInputs {
  const issueUrl = getOptionalInput(Input.issueUrl)
  if (issueUrl !== undefined && !issueUrl.includes('{key}')) {
    throw new ConfigurationError(
      `Input '${Input.issueUrl}' is '${issueUrl}', which has no {key}; write e.g. https://jira.example.com/browse/{key}.`,
      { input: Input.issueUrl }
    )
  }
  if (issueUrl !== undefined) {
    checkUrl(
      issueUrl.split('{key}').join('KEY'),
      Input.issueUrl,
      'https://jira.example.com/browse/{key}'
    )
  }
  const common = readCommonInputs()
  return {
    ...common,
    version: getOptionalInput(Input.version),
    base: (() => {
      const base = getRenamedInput(Input.mainBranch, Input.base)
      return base.value === undefined ? '' : checkRefName(base.value, base.input)
    })(),
    head: getBranchInput(Input.head),
    title: checkLine(getOptionalInput(Input.title) ?? DEFAULTS[Input.title], Input.title, TITLE),
    releaseNotes: getOptionalInput(Input.releaseNotes),
    changelogPath: getFileInput(
      Input.changelogPath,
      DEFAULTS[Input.changelogPath],
      common.workingDirectory
    ),
    issueUrl,
    issuePattern: readPattern(getOptionalInput(Input.issuePattern) ?? DEFAULTS[Input.issuePattern]),
    draft: getBooleanInput(Input.draft, DEFAULTS[Input.draft]),
    labels: getLabelsInput(Input.labels),
    reviewers: getReviewersInput(Input.reviewers),
    milestone: getLineInput(Input.milestone, MILESTONE),
    developBranch: getBranchInput(Input.developBranch, DEFAULTS[Input.developBranch]),
    patterns: parseBranchPatterns(
      getOptionalInput(Input.branchPattern),
      getOptionalInput(Input.hotfixBranchPattern)
    ),
    tagPrefix: readTagPrefixInput(Input.tagPrefix),
    conflictForecast: getBooleanInput(Input.conflictForecast, DEFAULTS[Input.conflictForecast]),
    autoMerge: getBooleanInput(Input.autoMerge, DEFAULTS[Input.autoMerge])
  }
}

function readPattern(value: string): RegExp {
  try {
    return checkUserRegex(new RegExp(value, 'g'), Input.issuePattern)
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw new ConfigurationError(
      `Input '${Input.issuePattern}' is not a regular expression: ${(error as Error).message}.`,
      { input: Input.issuePattern }
    )
  }
}
