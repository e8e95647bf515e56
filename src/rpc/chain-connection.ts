import type { Chain } from 'viem'
import type { KnownChain } from '../chains/registry.js'
import { chainTransport } from './chain-transport.js'
import { createReadClient, type ReadClient } from './read-client.js'
import type { Endpoint, EndpointProblem, RpcStats } from './endpoint.js'
import type { EndpointPool } from './endpoint-http.js'

export type ChainConnection = {
  chain: KnownChain
  /** The chain as viem's client knows it, formatters included. */
  viemChain: Chain
  client: ReadClient
  endpoints: readonly Endpoint[]
}

export type ConnectionContext = {
  requestTimeoutMs: number
  problems: EndpointProblem[]
  stats: RpcStats
  pool?: EndpointPool | undefined
  /**
   * This connection is one of several asked side by side (src/rpc/endpoint-connections.ts): a call
   * it refuses is named even though nothing else in it answered, since another endpoint may.
   */
  sideBySide?: boolean | undefined
}

/**
 * A read client for one chain. `viemChain` is the chain with its stack's formatters
 * (chains/viem-chain.ts `viemChainFor`), resolved once per chain by whoever connects first.
 */
export function connectChain(
  chain: KnownChain,
  viemChain: Chain,
  endpoints: readonly Endpoint[],
  context: ConnectionContext,
): ChainConnection {
  const client = createReadClient({
    chain: viemChain,
    transport: chainTransport({ chainId: chain.id, endpoints, ...context }),
    // Every call of one round leaves as one batch: the endpoint client batches, and viem's own
    // multicall/caching layers would only add round trips or stale answers here.
    cacheTime: 0,
  })
  return { chain, viemChain, client, endpoints }
}
