/** One PromQL instant query against Prometheus' HTTP API (`/api/v1/query`). */
import { ConfigurationError, errorMessage } from '../base/errors.js'
import { HttpNetworkError, httpRequest } from '../http/client.js'

export interface QueryResult {
  /** The first sample's value (or the scalar); undefined when the query returned no data. */
  value?: number
  /** What happened when there is no value: `no data`, `unreachable: ...`. */
  note?: string
}

interface PrometheusAnswer {
  status: 'success' | 'error'
  errorType?: string
  error?: string
  data?: { resultType: string; result: unknown }
}

/**
 * Evaluates the query now. A query Prometheus refuses (bad_data) is the user's mistake and
 * throws; an unreachable or failing server is a note, so one bad round does not end the watch.
 */
export async function queryPrometheus(
  baseUrl: string,
  query: string,
  timeoutMs: number
): Promise<QueryResult> {
  const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
  url.searchParams.set('query', query)
  let answer: PrometheusAnswer
  try {
    const response = await httpRequest(url, {
      timeoutMs,
      headers: { accept: 'application/json' }
    })
    answer = JSON.parse(response.body) as PrometheusAnswer
  } catch (error) {
    const cause = error instanceof HttpNetworkError ? error.code : undefined
    return { note: `Prometheus unreachable: ${cause ?? errorMessage(error)}` }
  }
  if (answer.status !== 'success') {
    if (answer.errorType === 'bad_data') {
      throw new ConfigurationError(
        `Input 'query' is not valid PromQL: Prometheus says ${answer.error ?? 'bad_data'}.`,
        { input: 'query' }
      )
    }
    return { note: `Prometheus error (${answer.errorType ?? '?'}): ${answer.error ?? ''}` }
  }
  return sampleValue(answer.data)
}

function sampleValue(data: PrometheusAnswer['data']): QueryResult {
  const toNumber = (pair: unknown): QueryResult => {
    const value = Array.isArray(pair) ? Number(pair[1]) : NaN
    return Number.isNaN(value) ? { note: 'no numeric value' } : { value }
  }
  if (data?.resultType === 'scalar') return toNumber(data.result)
  if (data?.resultType === 'vector' && Array.isArray(data.result)) {
    const [first] = data.result as Array<{ value?: unknown }>
    return first ? toNumber(first.value) : { note: 'no data' }
  }
  return {
    note: `unsupported result type ${data?.resultType ?? '?'}; use an instant vector or scalar`
  }
}
