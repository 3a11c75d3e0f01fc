/** Where in a file a user mistake sits, for an `::error file=...,line=...` annotation. */
export interface FileLocation {
  /** Path relative to the working directory, as the user would write it. */
  file: string
  /** 1-based line number, when known. */
  line?: number
  /** 1-based column, when known. */
  col?: number
}

/**
 * A mistake the user can fix: a bad input, a malformed file, a version the policy refuses,
 * a push the server refused. Distinct from a bug (any other Error). The action turns it into
 * one `::error` annotation (pointing at `location` when a file is at fault) and exits non-zero.
 */
export class ConfigurationError extends Error {
  readonly locations: FileLocation[]
  readonly input?: string

  constructor(message: string, options: { input?: string; locations?: FileLocation[] } = {}) {
    super(message)
    this.name = 'ConfigurationError'
    this.input = options.input
    this.locations = options.locations ?? []
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}

/**
 * A service the action depends on (the GitHub API, Jira, a webhook) failed, or the connection
 * to it was lost, after the retries: neither the user's mistake nor a bug, so it is reported
 * as what happened (the route, the host, the answer), not as an unexpected failure.
 */
export class ServiceError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options)
    this.name = 'ServiceError'
  }
}

/** Reduces anything thrown to a message. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
