/**
 * Signed release tags (`git tag --sign`, what `tag.gpgSign` asks for): with the user's own git
 * configuration and keyring, or with a GPG private key given as an input, imported into a
 * keyring of its own in a temporary GNUPGHOME that is deleted (and its agent stopped) after.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigurationError } from '../base/errors.js'
import type { Git } from './git.js'

/** How `git tag` signs: the key to use (else git's choice) and the environment gpg needs. */
export interface TagSigning {
  key?: string
  env?: Record<string, string>
}

export type SignTagMode = 'auto' | 'true' | 'false'

export interface TagSigningRequest {
  mode: SignTagMode
  /** An ASCII-armored GPG private key without a passphrase (an input, from a secret). */
  privateKey?: string
  /** Where the temporary keyring goes (RUNNER_TEMP). */
  scratch: string
}

function gpg(
  args: string[],
  env: Record<string, string>,
  input?: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'gpg',
      ['--batch', '--no-tty', ...args],
      { env: { ...process.env, ...env }, encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr
        })
    )
    child.stdin?.end(input ?? '')
  })
}

/** Whether the checkout's git configuration asks for signed tags (`tag.gpgSign`). */
export async function configAsksForSignedTags(git: Git): Promise<boolean> {
  const answer = await git.run(['config', '--bool', 'tag.gpgSign'], { allowFailure: true })
  return answer.exitCode === 0 && answer.stdout.trim() === 'true'
}

/**
 * Runs `work` with the signing the request asks for: undefined (unsigned), the user's own
 * configuration, or the given key in a temporary keyring removed afterwards.
 */
export async function withTagSigning<T>(
  git: Git,
  request: TagSigningRequest,
  work: (signing: TagSigning | undefined) => Promise<T>
): Promise<T> {
  if (request.privateKey) return withImportedKey(request.privateKey, request.scratch, work)
  const sign =
    request.mode === 'true' || (request.mode === 'auto' && (await configAsksForSignedTags(git)))
  if (sign) git.log.info('Signing the tag with the checkout’s git configuration (tag.gpgSign).')
  return work(sign ? {} : undefined)
}

async function withImportedKey<T>(
  armored: string,
  scratch: string,
  work: (signing: TagSigning) => Promise<T>
): Promise<T> {
  const home = mkdtempSync(join(scratch, 'gnupg-'))
  const env = { GNUPGHOME: home }
  try {
    const imported = await gpg(['--import'], env, armored)
    const listed = await gpg(['--with-colons', '--list-secret-keys'], env)
    const fingerprint = /^fpr:(?:[^:]*:){8}([0-9A-F]{40,64}):/m.exec(listed.stdout)?.[1]
    if (imported.code !== 0 || !fingerprint) {
      throw new ConfigurationError(
        `Input 'gpg-private-key' is not a GPG private key gpg can import (ASCII-armored, as 'gpg --armor --export-secret-keys' writes it, without a passphrase): ${
          imported.stderr.split('\n').find((l) => /error|no valid|invalid/i.test(l)) ??
          'no secret key found'
        }`,
        { input: 'gpg-private-key' }
      )
    }
    return await work({ key: fingerprint, env: { ...env, GPG_TTY: '' } })
  } finally {
    await new Promise((resolve) =>
      execFile('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, ...env } }, resolve)
    )
    rmSync(home, { recursive: true, force: true })
  }
}
