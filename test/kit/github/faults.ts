import type { Fault, RecordedRequest, RequestMatch } from './types.js'
import { pathMatchesTemplate } from './router.js'

/**
 * True when a request fits a match: method (any when omitted, case-insensitive) and path,
 * which is a RegExp, an exact path, or a template such as '/repos/{owner}/{repo}/releases'.
 */
export function requestMatches(
  match: RequestMatch,
  request: Pick<RecordedRequest, 'method' | 'path'>
): boolean {
  if (match.method && match.method.toUpperCase() !== request.method.toUpperCase()) return false
  if (match.path instanceof RegExp) return match.path.test(request.path)
  if (match.path.includes('{')) return pathMatchesTemplate(match.path, request.path)
  return match.path === request.path
}

interface ArmedFault {
  match: RequestMatch
  fault: Fault
  remaining: number
}

/** Faults waiting for their requests; each fires `times` times (default once), first armed first. */
export class FaultPlan {
  private readonly armed: ArmedFault[] = []

  arm(match: RequestMatch, fault: Fault): void {
    this.armed.push({ match, fault, remaining: fault.times ?? 1 })
  }

  /** Disarms every fault not yet fired. */
  clear(): void {
    this.armed.length = 0
  }

  /** The fault this request triggers, if any; consumes one of its times. */
  take(request: Pick<RecordedRequest, 'method' | 'path'>): Fault | undefined {
    const index = this.armed.findIndex((a) => requestMatches(a.match, request))
    if (index < 0) return undefined
    const armed = this.armed[index]
    armed.remaining -= 1
    if (armed.remaining <= 0) this.armed.splice(index, 1)
    return armed.fault
  }

  /** Faults armed but not yet fired, for a test that wants to check they all were hit. */
  get pending(): number {
    return this.armed.length
  }
}
