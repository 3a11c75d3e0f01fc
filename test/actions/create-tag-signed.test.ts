/**
 * Signed release tags: create-tag signs the annotated tag with GPG through git when the
 * checkout's git configuration asks (tag.gpgSign, user.signingKey in the runner's keyring) or
 * when a key is given (gpg-private-key, imported into a temporary keyring deleted after). The
 * pushed tag verifies (`git tag -v`) in a clone of the origin. Keys are generated per file, in a
 * temporary GNUPGHOME, without a passphrase.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { invokeAction, type InvokeOptions } from '../kit/invoker.js'
import { Fixtures, releasesOf, type Fixture } from './create-tag-fixture.js'

const fixtures = new Fixtures()
/** The keyring the key is made in (the "runner's keyring" of the configuration case). */
let home: string
/** A keyring holding only the public key: what a verifier has. */
let verifier: string
let fingerprint: string
let armoredSecret: string

const gpg = (gnupgHome: string, args: string[], input?: string) =>
  execFileSync('gpg', ['--batch', '--no-tty', ...args], {
    env: { ...process.env, GNUPGHOME: gnupgHome },
    input,
    encoding: 'utf8'
  })

beforeAll(() => {
  fixtures.setup()
  home = mkdtempSync(join(tmpdir(), 'ra-gnupg-'))
  verifier = mkdtempSync(join(tmpdir(), 'ra-gnupg-verify-'))
  gpg(home, [
    '--passphrase',
    '',
    '--quick-gen-key',
    'Release Bot <release-bot@example.com>',
    'ed25519',
    'sign',
    'never'
  ])
  fingerprint = /^fpr:(?:[^:]*:){8}([0-9A-F]{40}):/m.exec(
    gpg(home, ['--with-colons', '--list-secret-keys'])
  )![1]
  armoredSecret = gpg(home, ['--armor', '--export-secret-keys', fingerprint])
  gpg(verifier, ['--import'], gpg(home, ['--armor', '--export', fingerprint]))
}, 60_000)
afterEach(() => fixtures.cleanupEach())
afterAll(() => {
  fixtures.cleanupAll()
  for (const dir of [home, verifier]) {
    spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: dir } })
    rmSync(dir, { recursive: true, force: true })
  }
})

async function run(
  f: Fixture,
  inputs: InvokeOptions['inputs'],
  options: { config?: Record<string, string>; env?: Record<string, string> } = {}
) {
  const workspace = f.sandbox.checkout(`ws-${Math.random().toString(36).slice(2)}`, 'main')
  for (const [key, value] of Object.entries(options.config ?? {}))
    f.sandbox.git(workspace, 'config', key, value)
  return invokeAction({
    action: 'create-tag',
    workspace,
    ref: 'refs/heads/main',
    sha: f.sandbox.remoteSha('refs/heads/main')!,
    apiUrl: f.server.url,
    inputs,
    env: options.env
  })
}

/** `git tag -v` in a fresh clone of the origin, with only the public key at hand. */
function verifyInClone(f: Fixture, tag: string) {
  const clone = f.sandbox.clone(`verify-${Math.random().toString(36).slice(2)}`)
  return spawnSync('git', ['tag', '-v', tag], {
    cwd: clone,
    env: { ...process.env, GNUPGHOME: verifier },
    encoding: 'utf8'
  })
}

describe('signed release tags', () => {
  test('gpg-private-key: the tag is signed with the given key, verifies in a clone, and the temporary keyring is gone', async () => {
    const f = await fixtures.copy('merged')
    const result = await run(f, { 'gpg-private-key': armoredSecret })
    expect(result.errors).toBe('')
    expect(result.outputs.result).toBe('created')
    const verified = verifyInClone(f, 'v1.3.0')
    expect(verified.status).toBe(0)
    expect(verified.stderr).toContain('Good signature from "Release Bot <release-bot@example.com>"')
    expect(verified.stderr).toContain(fingerprint.slice(-16))
    expect(verified.stdout).toContain('tagger github-actions[bot]')
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(1)
    // The key's keyring lived in RUNNER_TEMP only while signing.
    expect(Object.keys(result.runnerFiles).filter((p) => p.includes('gnupg'))).toEqual([])
    // The key never reaches the log unmasked.
    const keyLines = armoredSecret.split('\n').filter((l) => l.trim().length > 20)
    const logged = result.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .filter((l) => keyLines.some((k) => l.includes(k.trim())))
    expect(logged).toEqual([])
  })

  test("the checkout's tag.gpgSign with user.signingKey in the runner's keyring signs the tag; without it the tag stays unsigned", async () => {
    const f = await fixtures.copy('merged')
    const result = await run(
      f,
      {},
      {
        config: { 'tag.gpgSign': 'true', 'user.signingKey': fingerprint },
        env: { GNUPGHOME: home }
      }
    )
    expect(result.errors).toBe('')
    expect(result.stdout).toContain('Signing the tag with the checkout’s git configuration')
    expect(verifyInClone(f, 'v1.3.0').status).toBe(0)

    const plain = await fixtures.copy('merged')
    const unsigned = await run(plain, {}, { env: { GNUPGHOME: home } })
    expect(unsigned.errors).toBe('')
    const check = verifyInClone(plain, 'v1.3.0')
    expect(check.status).not.toBe(0)
    expect(check.stderr).toContain('no signature found')
  })

  test('a key gpg cannot import, a signing key that is not there, and a signed tag through the API are each one clear error, and nothing is tagged', async () => {
    const f = await fixtures.copy('merged')
    const bad = await run(f, {
      'gpg-private-key':
        '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nnot a key\n-----END PGP PRIVATE KEY BLOCK-----'
    })
    expect(bad.exitCode).toBe(1)
    expect(bad.errors).toMatch(/^Input 'gpg-private-key' is not a GPG private key gpg can import/)
    const missing = await run(
      f,
      {},
      {
        config: { 'tag.gpgSign': 'true', 'user.signingKey': 'F'.repeat(40) },
        env: { GNUPGHOME: verifier }
      }
    )
    expect(missing.exitCode).toBe(1)
    expect(missing.errors).toMatch(/^Signing the tag v1\.3\.0 failed: .*nothing was tagged\.$/s)
    const api = await run(f, { via: 'api', 'sign-tag': 'true' })
    expect(api.exitCode).toBe(1)
    expect(api.errors).toBe(
      "A signed tag is made with git: 'sign-tag: true' needs 'via: git' (a tag made through the API is never signed)."
    )
    expect(f.sandbox.remoteTags()).not.toContain('v1.3.0')
    expect(releasesOf(f, 'v1.3.0')).toHaveLength(0)
  })
})
