/**
 * GitHub App credentials as inputs (`app-id`, `app-private-key`, optional `app-installation`):
 * the action mints its own installation token (octokit's App auth: JWT, installation lookup,
 * token), masks it, and uses it as its `token`. The token lives an hour; the API client asks
 * for it before every request, and it is minted again when it nears its end, so a long wait
 * (monitor's window) does not outlive it. Nothing is loaded unless the inputs are set.
 */
import { setSecret, warning } from './core.js'
import { ConfigurationError } from '../base/errors.js'
import { shown } from '../base/shown.js'
import { registerTokenSource, type TokenSource } from '../base/token-source.js'
import { getOptionalInput, getSecretInput } from './inputs.js'

export const AppInput = {
  id: 'app-id',
  privateKey: 'app-private-key',
  installation: 'app-installation'
} as const

type InstallationAuth = (options: {
  type: 'installation'
  installationId: number
  refresh?: boolean
}) => Promise<{ token: string; createdAt: string; expiresAt: string }>

/** The installation token of the run, minted again when it nears its end. */
export class AppTokenSource implements TokenSource {
  private readonly issued = new Set<string>()
  private current = ''

  constructor(
    private readonly auth: InstallationAuth,
    readonly installationId: number
  ) {}

  /** The token minted first (what the `token` of the run is). */
  get token(): string {
    return this.current
  }

  /** True for a token this source minted. */
  minted(token: string | undefined): boolean {
    return token !== undefined && this.issued.has(token)
  }

  /** A token valid for a while yet: the cached one, or a new one near the end of its life. */
  async fresh(): Promise<string> {
    let auth = await this.auth({ type: 'installation', installationId: this.installationId })
    const expires = Date.parse(auth.expiresAt)
    const lifetime = expires - Date.parse(auth.createdAt)
    if (expires - Date.now() < Math.min(5 * 60_000, lifetime / 2)) {
      auth = await this.auth({
        type: 'installation',
        installationId: this.installationId,
        refresh: true
      })
    }
    if (!this.issued.has(auth.token)) {
      setSecret(auth.token)
      // git receives the token as a basic auth header; mask that form too.
      setSecret(Buffer.from(`x-access-token:${auth.token}`).toString('base64'))
      this.issued.add(auth.token)
    }
    this.current ||= auth.token
    return auth.token
  }
}

let active: AppTokenSource | undefined

/** The run's App token source, when the App inputs were given. */
export function appTokenSource(): AppTokenSource | undefined {
  return active
}

/** `-----BEGIN ... KEY-----` PEM, also when pasted with literal `\n`s. */
function readPrivateKey(): string | undefined {
  const raw = getSecretInput(AppInput.privateKey)
  if (!raw) return undefined
  const key = raw.includes('\\n') && !raw.includes('\n') ? raw.replaceAll('\\n', '\n') : raw
  for (const line of key.split('\n')) if (line.trim().length > 20) setSecret(line.trim())
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(key)) {
    throw new ConfigurationError(
      `Input '${AppInput.privateKey}' is not a PEM private key (expected '-----BEGIN RSA PRIVATE KEY-----', as GitHub downloads it).`,
      { input: AppInput.privateKey }
    )
  }
  return key
}

/**
 * The App as the JWT names it (its `iss`): the numeric App ID, or the Client ID (`Iv1.…`,
 * `Iv23li…`), which GitHub takes as the issuer too and which is what its settings page shows first.
 */
function appIssuer(value: string): number | string {
  if (/^[1-9]\d*$/.test(value)) return Number(value)
  if (/^Iv[0-9A-Za-z.]{4,60}$/.test(value)) return value
  throw new ConfigurationError(
    `Input '${AppInput.id}' must be the App's numeric App ID or its Client ID (Iv23li...), not '${value}'.`,
    { input: AppInput.id }
  )
}

function positiveInteger(name: string, value: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) {
    throw new ConfigurationError(
      `Input '${name}' is ${shown(value)}, which is no installation ID: give the number in the installation's settings URL (e.g. 12345678).`,
      { input: name }
    )
  }
  return Number(value)
}

/**
 * Mints the installation token when `app-id` and `app-private-key` are set (both or neither);
 * the installation is `app-installation`, or the App's installation on `GITHUB_REPOSITORY`.
 */
export async function activateAppCredentials(): Promise<AppTokenSource | undefined> {
  const id = getOptionalInput(AppInput.id)
  const privateKey = readPrivateKey()
  // Checked whether or not the App inputs are set: a wrong value is never silently ignored.
  const given = getOptionalInput(AppInput.installation)
  const installation =
    given === undefined ? undefined : positiveInteger(AppInput.installation, given)
  if (!id && !privateKey) {
    if (installation !== undefined) {
      warning(
        `Input '${AppInput.installation}' is set but '${AppInput.id}' and '${AppInput.privateKey}' are not: the action uses 'token', and the installation is not used.`
      )
    }
    return undefined
  }
  if (!id || !privateKey) {
    throw new ConfigurationError(
      `Inputs '${AppInput.id}' and '${AppInput.privateKey}' go together: set both to act as a GitHub App, or neither to use 'token'.`,
      { input: id ? AppInput.privateKey : AppInput.id }
    )
  }
  const appId = appIssuer(id)
  const [{ createAppAuth }, { request }] = await Promise.all([
    import(/* webpackChunkName: "octokit-auth-app" */ '@octokit/auth-app'),
    import(/* webpackChunkName: "octokit-request" */ '@octokit/request')
  ])
  const baseUrl = (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '')
  const auth = createAppAuth({
    appId,
    privateKey,
    request: request.defaults({ baseUrl })
  })
  const installationId =
    installation ?? (await findInstallation(appId, auth, request.defaults({ baseUrl })))
  const source = new AppTokenSource(auth, installationId)
  try {
    await source.fresh()
  } catch (error) {
    throw appError(appId, error, `minting a token for installation ${installationId}`)
  }
  active = source
  registerTokenSource(source)
  return source
}

type RequestFn = (route: string, options: Record<string, unknown>) => Promise<{ data: unknown }>

async function findInstallation(
  appId: number | string,
  auth: (options: { type: 'app' }) => Promise<{ token: string }>,
  request: unknown
): Promise<number> {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY is not set, so the App's installation cannot be found; set '${AppInput.installation}'.`,
      { input: AppInput.installation }
    )
  }
  try {
    const { token } = await auth({ type: 'app' })
    const answer = await (request as RequestFn)('GET /repos/{owner}/{repo}/installation', {
      owner,
      repo,
      headers: { authorization: `bearer ${token}` }
    })
    return (answer.data as { id: number }).id
  } catch (error) {
    throw appError(appId, error, `finding its installation on ${owner}/${repo}`)
  }
}

function appError(appId: number | string, error: unknown, doing: string): Error {
  const { status, message } = error as { status?: number; message?: string }
  if (status === 401) {
    return new ConfigurationError(
      `GitHub refused App ${appId}'s credentials while ${doing}: check '${AppInput.id}' and '${AppInput.privateKey}' (${message ?? status}).`,
      { input: AppInput.privateKey }
    )
  }
  if (status === 404) {
    return new ConfigurationError(
      `App ${appId} is not installed where this action needs it (${doing}); install it on the repository or set '${AppInput.installation}'.`,
      { input: AppInput.installation }
    )
  }
  return error instanceof Error ? error : new Error(String(error))
}
