import { setSecret } from './core.js'
import { ConfigurationError } from '../base/errors.js'
import { shown } from '../base/shown.js'
import { getOptionalInput } from './inputs.js'

/** An http(s) URL input, or undefined when blank; anything else names the input and an example. */
export function getUrlInput(
  name: string,
  example = 'https://staging.example.com/health'
): string | undefined {
  const value = getOptionalInput(name)
  return value === undefined ? undefined : checkUrl(value, name, example)
}

/** The value when it is an http(s) URL; a ConfigurationError naming `input` otherwise. */
export function checkUrl(value: string, input: string, example: string): string {
  let parsed: URL | undefined
  try {
    parsed = new URL(value)
  } catch {
    parsed = undefined
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    throw new ConfigurationError(
      `Input '${input}' has ${shown(maskedUrl(value))}, which is not an http(s) URL (e.g. ${example}).`,
      { input }
    )
  }
  maskUrlSecrets(value)
  return value
}

/** The `user:pass@` of a URL-like text replaced by `***@`, for an error that quotes it. */
function maskedUrl(value: string): string {
  return value.replace(/\/\/[^/@\s]*@/, '//***@')
}

/**
 * Masks the secret parts of a URL: the password of `user:pass@` (as written and decoded, and
 * with its user), and with `credentialPath` (a webhook, whose path and query are its
 * credential) the path and query too, so a server echoing them back is masked as well.
 */
export function maskUrlSecrets(value: string, options: { credentialPath?: boolean } = {}): void {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return
  }
  if (url.password) {
    setSecret(`${url.username}:${url.password}`)
    setSecret(url.password)
    setSecret(safeDecode(url.password))
  }
  if (options.credentialPath) {
    // Short paths ('/', '/hook') are no secret and would mask ordinary words.
    if (url.pathname.length >= 12) {
      setSecret(url.pathname)
      setSecret(safeDecode(url.pathname))
    }
    if (url.search.length > 1) {
      setSecret(url.search.slice(1))
      for (const [, v] of url.searchParams) if (v.length >= 8) setSecret(v)
    }
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
