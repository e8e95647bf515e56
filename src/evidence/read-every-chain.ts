import type { ChainConnection } from '../rpc/chain-connection.js'
import { noEndpointAnsweredError, type EndpointFault } from '../errors/rpc-errors.js'

/**
 * Reads every chain with endpoints at once. A chain that fails is listed as unreachable and the
 * others stand; when none answers at all, the command could not look (exit 3).
 */
export async function readEveryChain<T>(
  connections: readonly ChainConnection[],
  read: (connection: ChainConnection) => Promise<T>,
  /** What the endpoints did on the way, for the error to name when none answered. */
  problems: readonly EndpointFault[] = [],
): Promise<{ chains: T[]; unreachable: number[] }> {
  const unreachable: number[] = []
  const results: ({ value: T } | null)[] = await Promise.all(
    connections.map(async (connection) => {
      try {
        return { value: await read(connection) }
      } catch {
        unreachable.push(connection.chain.id)
        return null
      }
    }),
  )
  const chains = results.flatMap((r) => (r ? [r.value] : []))
  if (chains.length === 0) throw noEndpointAnsweredError(problems)
  return { chains, unreachable }
}
