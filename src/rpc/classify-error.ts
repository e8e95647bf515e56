import { HttpRequestError, InternalRpcError, LimitExceededRpcError, RpcRequestError, TimeoutError } from 'viem'
import { walkCauses } from '../errors/doctor-error.js'

/**
 * Whether an error says something about the endpoint (dead, slow, rate-limited, broken) rather
 * than about the request. Only endpoint faults move on to the next endpoint: a JSON-RPC error
 * such as "method not found" or "execution reverted" is an answer and is passed to the caller.
 */
export function isEndpointFault(error: unknown, method?: string): boolean {
  // A provider refusing a log query's range or size ("limit exceeded", -32005, and the like) is an
  // answer about the query — the caller narrows it — not a sign the endpoint is broken.
  if (method === 'eth_getLogs' && walkCauses(error, (e) => e instanceof RpcRequestError)) return false
  const fault = walkCauses(
    error,
    (e) =>
      e instanceof HttpRequestError ||
      e instanceof TimeoutError ||
      e instanceof LimitExceededRpcError ||
      e instanceof InternalRpcError ||
      (e instanceof RpcRequestError && (e.code === 429 || e.code === -32005)),
  )
  if (fault) return true
  // Anything that is not a JSON-RPC error object at all (a fetch failure, HTML instead of JSON).
  return (
    walkCauses(error, (e) => typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'number') === null
  )
}

/**
 * Faults worth one more try after a pause: time-outs, dropped connections, 429 and 5xx. A
 * malformed answer or a wrong chain will not change by asking again.
 */
export function transientFault(error: unknown): { retryAfterMs: number | null } | null {
  if (walkCauses(error, (e) => e instanceof TimeoutError)) return { retryAfterMs: null }
  const http = walkCauses(error, (e) => e instanceof HttpRequestError) as
    (HttpRequestError & { headers?: Headers }) | null
  if (http && (http.status === undefined || http.status === 429 || http.status >= 500)) {
    const header = http.headers?.get?.('retry-after')
    const seconds = header && /^\d+$/.test(header) ? Number(header) : null
    return { retryAfterMs: seconds === null ? null : seconds * 1000 }
  }
  if (walkCauses(error, (e) => e instanceof LimitExceededRpcError || (e instanceof RpcRequestError && e.code === 429)))
    return { retryAfterMs: null }
  return null
}

/** One line, no URL: what went wrong with an endpoint, for the report. */
export function faultReason(error: unknown): string {
  if (walkCauses(error, (e) => e instanceof TimeoutError)) return 'timed out'
  const http = walkCauses(error, (e) => e instanceof HttpRequestError) as HttpRequestError | null
  if (http?.status) return `HTTP ${http.status}`
  const rpc = walkCauses(error, (e) => e instanceof RpcRequestError) as RpcRequestError | null
  if (rpc) return `JSON-RPC error ${rpc.code}`
  const deepest = walkCauses(error)
  const message = deepest instanceof Error ? deepest.message : String(deepest)
  return /fetch failed|ECONNREFUSED|ENOTFOUND|socket/i.test(message) || http ? 'connection failed' : 'invalid answer'
}
