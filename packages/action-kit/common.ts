/**
 * The inputs every action that changes something shares (SPEC "Runtime contract"), and the
 * bot identity used for commits and tags.
 */
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import type { GitIdentity } from '../git/git.js'
import { appTokenSource } from './app-credentials.js'
import { confineDirectory } from './confine.js'
import { setSecret } from './core.js'
import { SHARED_DEFAULTS } from '../base/input-defaults.js'
import { ConfigurationError } from '../base/errors.js'
import { shown } from '../base/shown.js'
import { getBooleanInput, getOptionalInput, getSecretInput } from './inputs.js'

export const CommonInput = {
  token: 'token',
  dryRun: 'dry-run',
  workingDirectory: 'working-directory',
  gitUserName: 'git-user-name',
  gitUserEmail: 'git-user-email'
} as const

export interface CommonInputs {
  token: string | undefined
  dryRun: boolean
  /** Absolute path of `working-directory`. */
  workingDirectory: string
  identity: GitIdentity
}

export function readCommonInputs(
  workspace: string = process.env.GITHUB_WORKSPACE ?? process.cwd()
): CommonInputs {
  // A GitHub App's installation token, when the App inputs were given, takes the place of `token`.
  const token = appTokenSource()?.token || getSecretInput(CommonInput.token)
  // git receives the token as a basic auth header; mask that form too.
  if (token) setSecret(Buffer.from(`x-access-token:${token}`).toString('base64'))
  const dir =
    getOptionalInput(CommonInput.workingDirectory) ?? SHARED_DEFAULTS[CommonInput.workingDirectory]
  const workingDirectory = isAbsolute(dir) ? dir : resolve(workspace, dir)
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new ConfigurationError(
      `Input 'working-directory' is ${shown(dir)}, which is not a directory (resolved to ${workingDirectory}).`,
      { input: CommonInput.workingDirectory }
    )
  }
  confineDirectory(workingDirectory, CommonInput.workingDirectory)
  return {
    token,
    dryRun: getBooleanInput(CommonInput.dryRun, SHARED_DEFAULTS[CommonInput.dryRun]),
    workingDirectory,
    // Hosted runners have no git identity: commits and tags are made as the bot action.yml
    // names, also by the actions that take no identity inputs.
    identity: {
      name: identityInput(CommonInput.gitUserName, SHARED_DEFAULTS[CommonInput.gitUserName]),
      email: identityInput(CommonInput.gitUserEmail, SHARED_DEFAULTS[CommonInput.gitUserEmail])
    }
  }
}

/** The longest name or email a commit's author line is given (a pasted value is refused). */
const MAX_IDENTITY = 256

/**
 * `git-user-name` / `git-user-email`: git would strip or reject a line break, `<` or `>` in a
 * commit's author line, so such a value is refused before anything is written.
 */
function identityInput(name: string, fallback: string): string {
  const value = getOptionalInput(name) ?? fallback
  // eslint-disable-next-line no-control-regex
  const problem = /[\x00-\x1f\x7f]/.test(value)
    ? 'it holds a line break or another control character'
    : /[<>]/.test(value)
      ? 'it holds `<` or `>`'
      : value.length > MAX_IDENTITY
        ? `it is ${value.length} characters long (at most ${MAX_IDENTITY})`
        : undefined
  if (problem === undefined) return value
  throw new ConfigurationError(
    `Input '${name}' is ${shown(value)}, which git cannot record as a commit's author: ${problem}.`,
    { input: name }
  )
}
