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
import { ConfigurationError } from '../base/errors.js'
import { getBooleanInput, getOptionalInput, getSecretInput } from './inputs.js'

export const CommonInput = {
  token: 'token',
  dryRun: 'dry-run',
  workingDirectory: 'working-directory',
  gitUserName: 'git-user-name',
  gitUserEmail: 'git-user-email'
} as const

/** Hosted runners have no git identity; commits and tags are made as this bot unless told otherwise. */
export const BOT_IDENTITY: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}

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
  const dir = getOptionalInput(CommonInput.workingDirectory) ?? '.'
  const workingDirectory = isAbsolute(dir) ? dir : resolve(workspace, dir)
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new ConfigurationError(
      `Input 'working-directory' is '${dir}', which is not a directory (resolved to ${workingDirectory}).`,
      { input: CommonInput.workingDirectory }
    )
  }
  confineDirectory(workingDirectory, CommonInput.workingDirectory)
  return {
    token,
    dryRun: getBooleanInput(CommonInput.dryRun, false),
    workingDirectory,
    identity: {
      name: getOptionalInput(CommonInput.gitUserName) ?? BOT_IDENTITY.name,
      email: getOptionalInput(CommonInput.gitUserEmail) ?? BOT_IDENTITY.email
    }
  }
}
