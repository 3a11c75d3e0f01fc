import { checkUserRegex } from '../../../packages/base/user-regex.js'
import { maskUrlSecrets } from '../../../packages/action-kit/url-input.js'
import { getFileInput } from '../../../packages/action-kit/confine.js'
import { getBranchInput } from '../../../packages/action-kit/git-names.js'
import { setSecret, warning } from '../../../packages/action-kit/core.js'
import { readCommonInputs, type CommonInputs } from '../../../packages/action-kit/common.js'
import { ConfigurationError } from '../../../packages/base/errors.js'
import { shown } from '../../../packages/base/shown.js'
import {
  checkLine,
  ENVIRONMENT,
  getBooleanInput,
  getEnumInput,
  getLineInput,
  getOptionalInput,
  getSecretInput,
  MILESTONE,
  type LineRule
} from '../../../packages/action-kit/inputs.js'
import { parseJiraUrl } from '../../../packages/jira/client.js'
import type { CloseReleaseOptions, JiraSettings } from '../../../packages/release/close-release.js'
import { readTagPrefixInput } from '../../../packages/action-kit/release-line-inputs.js'
import { DEFAULTS } from './defaults.js'

export const Input = {
  version: 'version',
  milestone: 'milestone',
  carryOver: 'carry-over',
  jiraUrl: 'jira-url',
  jiraUser: 'jira-user',
  jiraToken: 'jira-token',
  jiraProject: 'jira-project',
  jiraApiVersion: 'jira-api-version',
  transition: 'transition',
  strict: 'strict',
  fromCommits: 'from-commits',
  changelog: 'changelog-path',
  issuePattern: 'issue-pattern',
  releaseDate: 'release-date',
  tagPrefix: 'tag-prefix',
  mainBranch: 'main-branch',
  productionEnvironment: 'production-environment'
} as const

export const Output = {
  closedIssues: 'closed-issues',
  skippedIssues: 'skipped-issues',
  carriedOver: 'carried-over',
  milestoneUrl: 'milestone-url',
  jiraVersionId: 'jira-version-id',
  result: 'result'
} as const

/** The options are the use-case's, declared once there. */
export interface CloseMilestoneInputs extends CommonInputs, CloseReleaseOptions {}

export function readInputs(now = new Date()): CloseMilestoneInputs {
  const common = readCommonInputs()
  return {
    ...common,
    version: getOptionalInput(Input.version),
    milestone: getLineInput(Input.milestone, MILESTONE),
    carryOver: getLineInput(Input.carryOver, MILESTONE),
    jira: readJiraSettings(),
    transition: checkLine(
      getOptionalInput(Input.transition) ?? DEFAULTS[Input.transition],
      Input.transition,
      TRANSITION
    ),
    strict: getBooleanInput(Input.strict, DEFAULTS[Input.strict]),
    fromCommits: getBooleanInput(Input.fromCommits, DEFAULTS[Input.fromCommits]),
    changelog: getFileInput(Input.changelog, DEFAULTS[Input.changelog], common.workingDirectory),
    issuePattern: readPattern(getOptionalInput(Input.issuePattern) ?? DEFAULTS[Input.issuePattern]),
    releaseDate: readDate(getOptionalInput(Input.releaseDate), now),
    tagPrefix: readTagPrefixInput(Input.tagPrefix),
    mainBranch: getBranchInput(Input.mainBranch) ?? '',
    productionEnvironment: getLineInput(Input.productionEnvironment, ENVIRONMENT)
  }
}

const JIRA_USER: LineRule = { max: 255, what: 'Jira user', example: 'release-bot@acme.com' }
const TRANSITION: LineRule = { max: 255, what: 'Jira transition name', example: 'Done' }
/** A Jira project key: a letter, then letters, digits or `_` (Jira's rule, 255 at most). */
const PROJECT_KEY = /^[A-Za-z][A-Za-z0-9_]{0,254}$/

/** Jira is optional: without `jira-url` only the GitHub milestone is closed. */
function readJiraSettings(): JiraSettings | undefined {
  const token = getSecretInput(Input.jiraToken)
  const rawUrl = getOptionalInput(Input.jiraUrl)
  // Checked with or without `jira-url`, so a wrong value is never silently ignored.
  const project = getOptionalInput(Input.jiraProject)
  if (project !== undefined && !PROJECT_KEY.test(project)) {
    throw new ConfigurationError(
      `Input '${Input.jiraProject}' is ${shown(project)}, which is no Jira project key: a letter, then letters, digits or _ (e.g. JIRA).`,
      { input: Input.jiraProject }
    )
  }
  const user = getLineInput(Input.jiraUser, JIRA_USER)
  // The token is never quoted back, even masked.
  if (token !== undefined && /\s/.test(token)) {
    throw new ConfigurationError(
      `Input '${Input.jiraToken}' holds a space or a line break; give the token alone (from a secret).`,
      { input: Input.jiraToken }
    )
  }
  const apiVersion = getEnumInput(Input.jiraApiVersion, ['auto', '2', '3'] as const, 'auto')
  if (!rawUrl) {
    const given = [Input.jiraProject, Input.jiraUser, Input.jiraToken].filter(
      (name) => getOptionalInput(name) !== undefined
    )
    if (given.length > 0) {
      warning(
        `${given.map((n) => `'${n}'`).join(', ')} ${given.length > 1 ? 'are' : 'is'} set but '${Input.jiraUrl}' is not: Jira is left alone. Set '${Input.jiraUrl}' to release the Jira version.`
      )
    }
    return undefined
  }
  maskUrlSecrets(rawUrl)
  const url = parseJiraUrl(rawUrl, Input.jiraUrl)
  if (!project) {
    throw new ConfigurationError(
      `Input '${Input.jiraProject}' is required with '${Input.jiraUrl}': the key of the Jira project the release belongs to (e.g. JIRA).`,
      { input: Input.jiraProject }
    )
  }
  if (!token) {
    throw new ConfigurationError(
      `Input '${Input.jiraToken}' is required with '${Input.jiraUrl}': an API token (with '${Input.jiraUser}') or a personal access token, from a secret.`,
      { input: Input.jiraToken }
    )
  }
  if (user) setSecret(Buffer.from(`${user}:${token}`).toString('base64'))
  return {
    url,
    auth: user ? { kind: 'basic', user, token } : { kind: 'bearer', token },
    project: project.toUpperCase(),
    apiVersion
  }
}

function readPattern(source: string): RegExp {
  try {
    return checkUserRegex(new RegExp(source, 'g'), Input.issuePattern)
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw new ConfigurationError(
      `Input '${Input.issuePattern}' is not a valid regular expression: ${(error as Error).message}.`,
      { input: Input.issuePattern }
    )
  }
}

function readDate(value: string | undefined, now: Date): string {
  if (!value) return now.toISOString().slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ConfigurationError(
      `Input '${Input.releaseDate}' is '${value}', which is not a date; write YYYY-MM-DD (default: today, UTC).`,
      { input: Input.releaseDate }
    )
  }
  return value
}
