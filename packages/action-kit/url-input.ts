import { ConfigurationError } from './errors.js'
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
      `Input '${input}' has '${value}', which is not an http(s) URL (e.g. ${example}).`,
      { input }
    )
  }
  return value
}
