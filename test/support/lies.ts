import type { Hex } from 'viem'
import { afterAll, beforeAll } from 'vitest'
import { startRpcProxy } from './rpc-proxy.js'

/** The shapes rpc-proxy.js hands to `rewrite`: a forwarded call and the real node's answer. */
type Call = { method: string; params?: unknown[] }
type Answer = { jsonrpc: '2.0'; id: number | string; result?: unknown; error?: { code: number; message: string } }

/**
 * Well-formed lies for `startRpcProxy({ rewrite })`: a Byzantine endpoint in front of a real node,
 * passing every answer on except one, which it changes into something an honest node never says.
 */

/** `eth_call`s whose calldata starts with `selector` answer `result` (ABI-encoded) instead. */
export const lieAboutCall =
  (selector: Hex, result: Hex) =>
  (call: Call, answer: Answer): Answer => {
    const [request] = (call.params ?? []) as [{ data?: string; input?: string }?]
    const data = request?.data ?? request?.input ?? ''
    return call.method === 'eth_call' && data.startsWith(selector) ? { ...answer, result } : answer
  }

/** The transaction `hash` is said to have been sent by `from`. */
export const lieAboutSender =
  (hash: string, from: string) =>
  (call: Call, answer: Answer): Answer => {
    const [asked] = (call.params ?? []) as [string?]
    const result = answer.result as Record<string, unknown> | null | undefined
    return call.method === 'eth_getTransactionByHash' && asked?.toLowerCase() === hash.toLowerCase() && result
      ? { ...answer, result: { ...result, from } }
      : answer
  }

/** Every log of the transaction `hash` is left out of `eth_getLogs` answers (a drain hidden from the owner). */
export const hideLogsOf =
  (hash: string) =>
  (call: Call, answer: Answer): Answer =>
    call.method === 'eth_getLogs' && Array.isArray(answer.result)
      ? {
          ...answer,
          result: (answer.result as { transactionHash?: string }[]).filter(
            (log) => log.transactionHash?.toLowerCase() !== hash.toLowerCase(),
          ),
        }
      : answer

type RpcProxy = Awaited<ReturnType<typeof startRpcProxy>>

/**
 * For a describe block: a lying endpoint (`rewrite`) and an honest one, both in front of the node
 * at `target()`, started before its tests and stopped after them.
 */
export function useLiarBeside(
  target: () => string,
  rewrite: (call: Call, answer: Answer) => Answer,
): { liar: () => RpcProxy; honest: () => RpcProxy } {
  let liar: RpcProxy | undefined
  let honest: RpcProxy | undefined
  beforeAll(async () => {
    ;[liar, honest] = await Promise.all([
      startRpcProxy({ target: target(), rewrite }),
      startRpcProxy({ target: target() }),
    ])
  })
  afterAll(async () => {
    await Promise.all([liar?.stop(), honest?.stop()])
  })
  const started = (proxy: RpcProxy | undefined) => {
    if (!proxy) throw new Error('the proxies start before the tests')
    return proxy
  }
  return { liar: () => started(liar), honest: () => started(honest) }
}
