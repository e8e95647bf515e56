import { connectChain, type ChainConnection, type ConnectionContext } from './chain-connection.js'
import type { Endpoint } from './endpoint.js'

/**
 * One chain's endpoints, each addressed on its own: the chain's usual connection falls through to
 * the next endpoint only when one fails, so it can never tell that two endpoints *disagree*, or
 * that the one answering is behind the others. Each connection here has a single endpoint (with
 * the same read-only guard, chain-id check and answer validation), so a gatherer can ask several
 * in parallel — one HTTP request each, in the same round trip — and compare what they say. A
 * call one of them refuses is named in the problems (the transport's `sideBySide`).
 */
export function connectEachEndpoint(connection: ChainConnection, context: ConnectionContext): ChainConnection[] {
  return connection.endpoints.map((endpoint) =>
    connectChain(connection.chain, connection.viemChain, [endpoint], { ...context, sideBySide: true }),
  )
}

/**
 * The chain's connection again, with `preferred` asked first and only `others` behind it: after a
 * cross-check the freshest endpoint that knows the transaction reads the rest of the evidence, and
 * an endpoint found behind is not fallen back to. An endpoint whose chain id was already checked
 * is not asked again.
 */
export function connectPreferring(
  connection: ChainConnection,
  preferred: Endpoint,
  others: readonly Endpoint[],
  context: ConnectionContext,
): ChainConnection {
  return connectChain(
    connection.chain,
    connection.viemChain,
    // Each endpoint once: `others` may hold the preferred one again, and copies marked verified.
    [preferred, ...onceEach(others.filter((e) => e.url !== preferred.url))],
    context,
  )
}

/** The endpoint with its chain id marked as checked (it answered correctly for this chain). */
export const verified = (endpoint: Endpoint): Endpoint => ({ ...endpoint, verifiedChainId: endpoint.chainId })

/** Each URL once, in first-seen order, the copy whose chain id was checked kept (no second eth_chainId). */
function onceEach(endpoints: readonly Endpoint[]): Endpoint[] {
  const byUrl = new Map<string, Endpoint>()
  for (const endpoint of endpoints) {
    const seen = byUrl.get(endpoint.url)
    if (!seen || (seen.verifiedChainId === undefined && endpoint.verifiedChainId !== undefined))
      byUrl.set(endpoint.url, endpoint)
  }
  return [...byUrl.values()]
}
