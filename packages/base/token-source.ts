/**
 * The run's source of fresh tokens (a GitHub App's installation token, minted again near its
 * end), registered by the runner layer when App credentials are given and asked by git and the
 * GitHub client before each network call. Kept here so the lower layers never import the
 * runner to reach it.
 */
export interface TokenSource {
  /** True for a token this source minted. */
  minted(token: string | undefined): boolean
  /** A token valid for a while yet. */
  fresh(): Promise<string>
}

let active: TokenSource | undefined

/** Registers (or, with undefined, clears) the run's token source. */
export function registerTokenSource(source: TokenSource | undefined): void {
  active = source
}

/** The run's token source, when one was registered. */
export function tokenSource(): TokenSource | undefined {
  return active
}
