/** A throwaway GitHub App key pair for tests, and a JWT signed the way an App signs one. */
import { generateKeyPairSync, sign } from 'node:crypto'

export interface AppKeys {
  /** PKCS#1 PEM, the form GitHub hands out (`-----BEGIN RSA PRIVATE KEY-----`). */
  privateKey: string
  publicKey: string
}

let cached: AppKeys | undefined

/** One key pair per test process (RSA generation takes a while). */
export function testAppKeys(): AppKeys {
  cached ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' }
  })
  return cached
}

/** An App JWT: RS256, issued 30 s ago, valid nine minutes, `iss` = the App id. */
export function signAppJwt(appId: number, privateKey: string): string {
  const now = Math.floor(Date.now() / 1000)
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const body = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iat: now - 30, exp: now + 540, iss: appId })}`
  return `${body}.${sign('RSA-SHA256', Buffer.from(body), privateKey).toString('base64url')}`
}
