import type { Address } from 'viem'
import type { ChainConnection } from '../rpc/chain-connection.js'
import { readLogRange } from './read-log-range.js'
import { digestOfLogs } from './endpoint-views.js'
import { ownerLogFilters } from './read-owner-logs.js'
import type { ReadSideBySide } from './read-side-by-side.js'
import type { OwnerLogReading } from './security-schema.js'

/**
 * The owner's logs over the same blocks, as each endpoint of the chain returns them on its own (one
 * parallel round, a batch each): how many and their digest, beside the endpoint's head. The range
 * is asked whole: an endpoint that refuses it has no answer to compare and is left out. Undefined
 * with one endpoint (nothing to compare it with) or an empty range.
 */
export async function readOwnerLogsOnEachEndpoint(
  connection: ChainConnection,
  { owner, fromBlock, toBlock }: { owner: Address; fromBlock: bigint; toBlock: bigint },
  readSideBySide: ReadSideBySide,
): Promise<OwnerLogReading[] | undefined> {
  if (connection.endpoints.length < 2 || toBlock < fromBlock) return undefined
  const readings = await readSideBySide(connection, async (single) => {
    const [head, read] = await Promise.all([
      single.client.getBlockNumber({ cacheTime: 0 }),
      readLogRange(single.client, { filters: ownerLogFilters(owner), fromBlock, toBlock, maxRequests: 1 }),
    ])
    return { head, fromBlock, toBlock, count: read.logs.length, digest: digestOfLogs(read.logs) }
  })
  return readings.map(({ endpoint, value }) => ({ endpoint, ...value }))
}
