import { InvalidInputRpcError, MethodNotFoundRpcError, RpcRequestError, TimeoutError } from 'viem'
import { describe, expect, it } from 'vitest'
import { faultReason, judgeError, transientFault } from '../../src/rpc/classify-error.js'
import { EndpointHttpError } from '../../src/rpc/endpoint-errors.js'

/** A JSON-RPC error as the endpoint client raises it, wrapped by viem's request layer as in real use. */
const rpcError = (code: number, message: string, data?: string) => {
  const raw = new RpcRequestError({ body: {}, error: { code, message, data }, url: 'http://127.0.0.1' })
  if (code === -32000) return new InvalidInputRpcError(raw)
  if (code === -32601) return new MethodNotFoundRpcError(raw)
  return raw
}

describe('what an endpoint error says', () => {
  it.each([
    ['a revert with data (code 3)', 'eth_call', rpcError(3, 'execution reverted: EXPIRED', '0x08c379a0'), 'answer'],
    ['geth’s revert without data (-32000)', 'eth_call', rpcError(-32000, 'execution reverted'), 'answer'],
    ['a revert on eth_estimateGas', 'eth_estimateGas', rpcError(3, 'execution reverted', '0x'), 'answer'],
    ['no archive state for eth_call', 'eth_call', rpcError(-32000, 'missing trie node abc'), 'refusal'],
    ['a key now required', 'eth_getTransactionByHash', rpcError(-32000, 'API key required'), 'refusal'],
    ['method not found', 'debug_traceTransaction', rpcError(-32601, 'the method does not exist'), 'refusal'],
    ['invalid params', 'eth_getTransactionReceipt', rpcError(-32602, 'invalid argument'), 'refusal'],
    ['a log range too wide', 'eth_getLogs', rpcError(-32005, 'query returned more than 10000 results'), 'answer'],
    ['a log query the provider does not serve', 'eth_getLogs', rpcError(-32601, 'not found'), 'refusal'],
    ['rate limited in JSON-RPC', 'eth_blockNumber', rpcError(429, 'too many requests'), 'fault'],
    ['a time-out', 'eth_call', new TimeoutError({ body: {}, url: 'x' }), 'fault'],
    [
      'a redirect',
      'eth_chainId',
      new EndpointHttpError({ kind: 'redirect', status: 301, toAnotherHost: true }, 'x'),
      'fault',
    ],
    ['not JSON', 'eth_chainId', new EndpointHttpError({ kind: 'invalid-answer', detail: 'not JSON' }, 'x'), 'fault'],
  ] as const)('%s: %s → %s', (_, method, error, verdict) => {
    expect(judgeError(error, method)).toBe(verdict)
  })
})

describe('which faults are worth another try', () => {
  it('a dropped connection, a 5xx and a 429 are, with Retry-After in seconds or as a date', () => {
    expect(transientFault(new EndpointHttpError({ kind: 'connection' }, 'x'))).toEqual({ retryAfterMs: null })
    expect(transientFault(new EndpointHttpError({ kind: 'status', status: 503, retryAfter: undefined }, 'x'))).toEqual({
      retryAfterMs: null,
    })
    expect(transientFault(new EndpointHttpError({ kind: 'status', status: 429, retryAfter: '2' }, 'x'))).toEqual({
      retryAfterMs: 2000,
    })
    const inFiveSeconds = new Date(Date.now() + 5000).toUTCString()
    const byDate = transientFault(
      new EndpointHttpError({ kind: 'status', status: 429, retryAfter: inFiveSeconds }, 'x'),
    )
    expect(byDate?.retryAfterMs).toBeGreaterThan(3000)
    expect(byDate?.retryAfterMs).toBeLessThanOrEqual(5000)
  })

  it('a redirect, an answer too large, a malformed answer and a 404 are not', () => {
    for (const fault of [
      { kind: 'redirect', status: 308, toAnotherHost: false },
      { kind: 'too-large' },
      { kind: 'invalid-answer', detail: 'not JSON' },
      { kind: 'status', status: 404, retryAfter: undefined },
    ] as const)
      expect(transientFault(new EndpointHttpError(fault, 'x'))).toBeNull()
  })
})

describe('the reason shown for a faulty endpoint', () => {
  it('is one line without the URL, and never the redirect target', () => {
    expect(faultReason(new EndpointHttpError({ kind: 'redirect', status: 302, toAnotherHost: true }, 'x'))).toBe(
      'HTTP 302: redirects to another host (not followed)',
    )
    expect(faultReason(new EndpointHttpError({ kind: 'too-large' }, 'x'))).toBe('answer too large')
    expect(faultReason(new EndpointHttpError({ kind: 'status', status: 500, retryAfter: undefined }, 'x'))).toBe(
      'HTTP 500',
    )
    expect(faultReason(rpcError(-32000, 'API key required: https://u:secret@x'))).toBe('JSON-RPC error -32000')
  })
})
