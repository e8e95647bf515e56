import { createPublicClient, type PublicClient } from 'viem'
import type { KnownChain } from '../chains/registry.js'
import { chainTransport } from './chain-transport.js'
import type { Endpoint, EndpointProblem, RpcStats } from './endpoint.js'
import type { EndpointPool } from './endpoint-http.js'

export type ChainConnection = { chain: KnownChain; client: PublicClient; endpoints: readonly Endpoint[] }

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

export function connectChain(
  chain: KnownChain,
  endpoints: readonly Endpoint[],
  context: ConnectionContext,
): ChainConnection {
  const client = createPublicClient({
    chain: chain.viemChain,
    transport: chainTransport({ chainId: chain.id, endpoints, ...context }),
    // Every call of one round leaves as one batch: the endpoint client batches, and viem's own
    // multicall/caching layers would only add round trips or stale answers here.
    cacheTime: 0,
  }) as PublicClient
  return { chain, client, endpoints }
}
