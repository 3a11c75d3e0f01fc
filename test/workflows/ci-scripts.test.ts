/**
 * `.ci/install-prometheus` (run by `.ci/run`) as root in a container and as a sudo user on a
 * GitHub-hosted runner: recording stand-ins for `id`, `sudo` and `apt-get` on a PATH that holds
 * nothing else but bash and env.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../kit/invoker.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ra-ci-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function which(name: string): string {
  return spawnSync('bash', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim()
}

function run(uid: number, withSudo: boolean) {
  const bin = mkdtempSync(join(dir, 'bin-'))
  const log = join(bin, 'calls.log')
  const script = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!${which('bash')}\n${body}\n`)
    chmodSync(join(bin, name), 0o755)
  }
  symlinkSync(which('bash'), join(bin, 'bash'))
  symlinkSync(which('env'), join(bin, 'env'))
  script('id', `[ "$1" = -u ] && echo ${uid}`)
  script('apt-get', `echo "apt-get as $SUDO_AS DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> ${log}`)
  if (withSudo) script('sudo', `[ "$1" = -n ] || exit 9; shift; SUDO_AS=root exec "$@"`)
  const result = spawnSync(join(bin, 'bash'), [join(REPO_ROOT, '.ci', 'install-prometheus')], {
    env: { PATH: bin, SUDO_AS: uid === 0 ? 'root' : 'user' },
    encoding: 'utf8'
  })
  let calls: string[] = []
  try {
    calls = readFileSync(log, 'utf8').trim().split('\n')
  } catch {
    calls = []
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls }
}

const install = [
  'DEBIAN_FRONTEND=noninteractive update -qq',
  'DEBIAN_FRONTEND=noninteractive install -y -qq --no-install-recommends prometheus'
]

test('as root apt-get runs as is', () => {
  const r = run(0, false)
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  expect(r.calls).toEqual(install.map((c) => `apt-get as root ${c}`))
})

test('as a user apt-get runs through sudo -n, with DEBIAN_FRONTEND kept', () => {
  const r = run(1001, true)
  expect(r.status).toBe(0)
  expect(r.calls).toEqual(install.map((c) => `apt-get as root ${c}`))
})

test('as a user without sudo it says what is missing and installs nothing', () => {
  const r = run(1001, false)
  expect(r.status).toBe(1)
  expect(r.stderr).toContain('installing it needs root or sudo')
  expect(r.calls).toEqual([])
})

test('.ci/run installs through the same script (install-prometheus is install-debian prometheus)', () => {
  expect(readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8')).toContain(
    'bash .ci/install-debian prometheus cargo gpg=gnupg'
  )
})
