/**
 * The application the rehearsal deploys: one loopback HTTP server playing every environment.
 * A deploy command writes the version into `<stateDir>/<environment>.version`; the health URL
 * `/<environment>/health` answers with it, 503 before the first deploy. A deploy that falls over
 * writes `<environment>.healthy-answers` (a count): the environment answers healthy that many
 * more times, then 503 until the file is gone (a rollback removes it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export class SampleApp {
  readonly stateDir: string
  readonly url: string
  private readonly server: Server

  private constructor(server: Server, stateDir: string) {
    this.server = server
    this.stateDir = stateDir
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  static async start(): Promise<SampleApp> {
    const stateDir = mkdtempSync(join(tmpdir(), 'ra-app-'))
    const server = createServer((req, res) => {
      const match = /^\/([\w-]+)\/health$/.exec(req.url ?? '')
      const version = match ? readVersion(stateDir, match[1] ?? '', true) : undefined
      res.writeHead(version ? 200 : 503, { 'content-type': 'application/json' })
      res.end(JSON.stringify(version ? { status: 'ok', version } : { status: 'down' }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return new SampleApp(server, stateDir)
  }

  healthUrl(environment: string): string {
    return `${this.url}/${environment}/health`
  }

  /** The version an environment serves, or undefined before its first deploy. */
  version(environment: string): string | undefined {
    return readVersion(this.stateDir, environment)
  }

  /** The shell command the deploy action runs: "deploys" by recording the version. */
  static readonly DEPLOY_COMMAND =
    'printf "%s" "$DEPLOY_VERSION" > "$APP_STATE_DIR/$DEPLOY_ENVIRONMENT.version"'

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
    rmSync(this.stateDir, { recursive: true, force: true })
  }
}

function readVersion(stateDir: string, environment: string, answering = false): string | undefined {
  let version: string | undefined
  try {
    version = readFileSync(join(stateDir, `${environment}.version`), 'utf8').trim() || undefined
  } catch {
    return undefined
  }
  if (!answering) return version
  const countdown = join(stateDir, `${environment}.healthy-answers`)
  if (!existsSync(countdown)) return version
  const left = Number(readFileSync(countdown, 'utf8').trim())
  if (!(left > 0)) return undefined
  writeFileSync(countdown, String(left - 1))
  return version
}

/** A deploy command for the example workflow whose production deploy falls over after its health gate. */
export const FALLING_OVER_DEPLOY =
  'printf "%s" "$DEPLOY_VERSION" > "$APP_STATE_DIR/$DEPLOY_ENVIRONMENT.version"; ' +
  'if [ "$DEPLOY_ENVIRONMENT" = production ]; then echo 1 > "$APP_STATE_DIR/production.healthy-answers"; fi'

/** The rollback command: the previous version back, healthy again. */
export const ROLLBACK_COMMAND =
  'rm -f "$APP_STATE_DIR/$DEPLOY_ENVIRONMENT.healthy-answers"; printf "%s" "$DEPLOY_PREVIOUS_VERSION" > "$APP_STATE_DIR/$DEPLOY_ENVIRONMENT.version"'
