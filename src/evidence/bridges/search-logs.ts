import type { AbiEvent, Address, Hex, Log } from 'viem'
import type { ReadClient } from '../../rpc/read-client.js'

/** Below this many blocks an endpoint that still refuses is failing, not limiting the range. */
const SMALLEST_RANGE = 100n
/** A follow-up asks at most this many eth_getLogs: enough for days of an L2's blocks, never a crawl. */
const MAX_REQUESTS = 60

/**
 * One event's logs from one contract, filtered by its indexed arguments, over [fromBlock, toBlock]:
 * asked as one range first and, when an endpoint refuses it (most limit the span), in halves walking
 * forward, as readOwnerLogs does. Throws when the range cannot be covered within MAX_REQUESTS: a
 * search that stopped part-way must not read as "there is no such log".
 */
export async function searchLogs<const event extends AbiEvent>(
  client: ReadClient,
  query: {
    address: Address
    event: event
    args: Record<string, Hex>
    fromBlock: bigint
    toBlock: bigint
    /** Stop at the first chunk with a match (the caller wants the earliest one). */
    firstOnly?: boolean
  },
): Promise<Log[]> {
  const found: Log[] = []
  let span = query.toBlock - query.fromBlock + 1n
  let from = query.fromBlock
  for (let requests = 0; from <= query.toBlock; requests++) {
    if (requests >= MAX_REQUESTS) throw new Error(`the log search stopped at block ${from}: too many blocks to search`)
    const to = from + span - 1n < query.toBlock ? from + span - 1n : query.toBlock
    try {
      const logs = await client.getLogs({
        address: query.address,
        event: query.event,
        args: query.args as never,
        fromBlock: from,
        toBlock: to,
        strict: true,
      })
      found.push(...(logs as Log[]))
      if (query.firstOnly && found.length) break
      from = to + 1n
    } catch (error) {
      if (span / 2n < SMALLEST_RANGE) throw error
      span /= 2n
    }
  }
  return found
}
