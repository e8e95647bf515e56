import { HttpRequestError, InternalRpcError, LimitExceededRpcError, RpcRequestError, TimeoutError } from 'viem'
import { walkCauses } from '../errors/doctor-error.js'
import { describeHttpFault, EndpointHttpError } from './endpoint-errors.js'
import { faultWords, httpStatusWords, jsonRpcErrorWords } from '../findings/fault-words.js'

/**
 * What an error from one endpoint says:
 * - `fault`: about the endpoint (dead, slow, rate-limited, broken, not JSON-RPC) — try another one;
 * - `refusal`: a JSON-RPC error saying this endpoint will not or cannot answer this call (method not
 *   found, a key now required, no archive state, "header not found") — ask the next endpoint for it,
 *   and pass the error on only when none answers;
 * - `answer`: a JSON-RPC error that is the answer about the request itself (an `eth_call` that
 *   reverted, a log query too wide for the provider) — passed to the caller as it is.
 */
export type ErrorVerdict = 'fault' | 'refusal' | 'answer'

/** Codes that say "not this method, not here" whatever the call: asking elsewhere may help. */
const METHOD_REFUSED = new Set([-32601, -32004, 4100, 4200])

export function judgeError(error: unknown, method: string): ErrorVerdict {
  const rpc = walkCauses(error, (e) => e instanceof RpcRequestError) as RpcRequestError | null
  // A provider refusing a log query's range or size ("limit exceeded", -32005, and the like) is an
  // answer about the query — the caller narrows it — unless the method itself is refused.
  if (method === 'eth_getLogs' && rpc) return METHOD_REFUSED.has(rpc.code) ? 'refusal' : 'answer'
  const fault = walkCauses(
    error,
    (e) =>
      e instanceof HttpRequestError ||
      e instanceof TimeoutError ||
      e instanceof LimitExceededRpcError ||
      e instanceof InternalRpcError ||
      (e instanceof RpcRequestError && (e.code === 429 || e.code === -32005)),
  )
  // Anything that is not a JSON-RPC error object at all (a connection failure, HTML instead of JSON).
  const jsonRpc = walkCauses(
    error,
    (e) => typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'number',
  )
  if (fault || jsonRpc === null) return 'fault'
  if ((method === 'eth_call' || method === 'eth_estimateGas') && reverted(error, rpc)) return 'answer'
  return 'refusal'
}

/**
 * A call that ran and reverted, as nodes say it: code 3 with the revert data, any error carrying
 * revert data, or geth's "execution reverted" (-32000) when the revert had none.
 */
function reverted(error: unknown, rpc: RpcRequestError | null): boolean {
  if (rpc?.code === 3) return true
  const withData = walkCauses(
    error,
    (e) =>
      typeof e === 'object' && e !== null && 'data' in e && typeof e.data === 'string' && /^0x[0-9a-f]+$/i.test(e.data),
  )
  return withData !== null || /revert/i.test(rpc?.details ?? '')
}

/**
 * Faults worth one more try after a pause: time-outs, dropped connections, 429 and 5xx. A
 * malformed answer, a redirect or a wrong chain will not change by asking again.
 */
export function transientFault(error: unknown): { retryAfterMs: number | null } | null {
  if (walkCauses(error, (e) => e instanceof TimeoutError)) return { retryAfterMs: null }
  const endpoint = walkCauses(error, (e) => e instanceof EndpointHttpError) as EndpointHttpError | null
  if (endpoint) {
    const fault = endpoint.fault
    if (fault.kind === 'connection') return { retryAfterMs: null }
    if (fault.kind === 'status' && (fault.status === 429 || fault.status >= 500))
      return { retryAfterMs: retryAfterMs(fault.retryAfter) }
    return null
  }
  const http = walkCauses(error, (e) => e instanceof HttpRequestError) as HttpRequestError | null
  if (http && (http.status === undefined || http.status === 429 || http.status >= 500)) {
    return { retryAfterMs: retryAfterMs(http.headers?.get?.('retry-after') ?? undefined) }
  }
  if (walkCauses(error, (e) => e instanceof LimitExceededRpcError || (e instanceof RpcRequestError && e.code === 429)))
    return { retryAfterMs: null }
  return null
}

/** The endpoint did not answer within the time given to one request. */
export const isTimeout = (error: unknown): boolean => walkCauses(error, (e) => e instanceof TimeoutError) !== null

/** Retry-After in seconds or as an HTTP date; anything else is ignored (the usual backoff applies). */
function retryAfterMs(header: string | undefined): number | null {
  if (!header) return null
  if (/^\d+$/.test(header)) return Number(header) * 1000
  const at = Date.parse(header)
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now())
}

/** One line, no URL: what went wrong with an endpoint, for the report. */
export function faultReason(error: unknown): string {
  if (walkCauses(error, (e) => e instanceof TimeoutError)) return faultWords.timedOut
  const endpoint = walkCauses(error, (e) => e instanceof EndpointHttpError) as EndpointHttpError | null
  if (endpoint) return describeHttpFault(endpoint.fault)
  const http = walkCauses(error, (e) => e instanceof HttpRequestError) as HttpRequestError | null
  if (http?.status) return httpStatusWords(http.status)
  const rpc = walkCauses(error, (e) => e instanceof RpcRequestError) as RpcRequestError | null
  if (rpc) return jsonRpcErrorWords(rpc.code)
  const deepest = walkCauses(error)
  const message = deepest instanceof Error ? deepest.message : String(deepest)
  return /fetch failed|ECONNREFUSED|ENOTFOUND|socket/i.test(message) || http
    ? faultWords.connectionFailed
    : faultWords.invalidAnswer
}
