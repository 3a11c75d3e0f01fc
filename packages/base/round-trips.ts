/**
 * What a step cost in round trips: to origin (`git ls-remote`, `fetch`, `push`, each a network
 * exchange with GitHub on a real runner) and to the GitHub API. Counted where they are made
 * (packages/git/git.ts, packages/github/client.ts) and printed once when the step ends, so a
 * user (and the rehearsal, which totals them) sees what each stage asked of the network.
 */

export type OriginCall = 'ls-remote' | 'fetch' | 'push'

const origin: Record<OriginCall, number> = { 'ls-remote': 0, fetch: 0, push: 0 }
let apiRequests = 0

export function countOriginCall(call: OriginCall): void {
  origin[call] += 1
}

export function countApiRequest(): void {
  apiRequests += 1
}

export interface RoundTrips {
  origin: Record<OriginCall, number>
  api: number
}

export function roundTrips(): RoundTrips {
  return { origin: { ...origin }, api: apiRequests }
}

/**
 * `Round trips: 3 to origin (1 ls-remote, 1 fetch, 1 push), 2 GitHub API requests`; the
 * rehearsal reads this line (test/kit/rehearsal/stage-runner.ts).
 */
export function describeRoundTrips(trips: RoundTrips = roundTrips()): string {
  const total = trips.origin['ls-remote'] + trips.origin.fetch + trips.origin.push
  const parts = (['ls-remote', 'fetch', 'push'] as const).map((c) => `${trips.origin[c]} ${c}`)
  return `Round trips: ${total} to origin (${parts.join(', ')}), ${trips.api} GitHub API request${trips.api === 1 ? '' : 's'}`
}
