/**
 * A throwaway self-signed certificate for one host name, made with openssl in a temp dir, for
 * https servers in tests; the child process is told to trust it with NODE_EXTRA_CA_CERTS.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestCertificate {
  key: string
  cert: string
  /** The certificate's file, for NODE_EXTRA_CA_CERTS. */
  certFile: string
  cleanup(): void
}

export function selfSignedCertificate(host: string): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'ra-tls-'))
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
      '-keyout',
      keyFile,
      '-out',
      certFile
    ],
    { stdio: 'ignore' }
  )
  return {
    key: readFileSync(keyFile, 'utf8'),
    cert: readFileSync(certFile, 'utf8'),
    certFile,
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
