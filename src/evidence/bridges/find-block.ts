import type { ReadClient } from '../../rpc/read-client.js'
/** Enough halvings for any chain's height (2^40 blocks); a search that has not converged by then gives up. */
const MAX_STEPS = 40

/**
 * The last block at or before `time` (unix seconds), or 0 when the chain starts later: where a
 * search for what happened after that moment can begin. A bisection over block timestamps, about
 * log2(head) reads; block times vary too much between chains (and over a chain's life) to guess.
 */
export async function blockAtOrBefore(client: ReadClient, time: bigint, head: bigint): Promise<bigint> {
  const headBlock = await client.getBlock({ blockNumber: head })
  if (headBlock.timestamp <= time) return head
  let low = 0n
  let high = head
  for (let step = 0; step < MAX_STEPS && high - low > 1n; step++) {
    const middle = (low + high) / 2n
    const block = await client.getBlock({ blockNumber: middle })
    if (block.timestamp <= time) low = middle
    else high = middle
  }
  return low
}
