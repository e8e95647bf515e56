import type { ChainSearch, EndpointAnswer } from './ask-endpoints.js'
import { freshestHead, isBehind } from './endpoint-views.js'

/**
 * When each endpoint behind the freshest head of its chain made its own head block (its
 * timestamp, in seconds; null when the read failed). Only the clock can tell an endpoint that is
 * really stale (its head is old) from one that is current while another claims blocks far ahead —
 * a lying endpoint's word otherwise decides which one is "behind". Asked only where heads differ by
 * more than ordinary propagation, in parallel with the rest of the look: no extra round trip on an
 * ordinary day.
 */
export async function readLaggingHeadTimes(
  searches: readonly ChainSearch[],
): Promise<Map<EndpointAnswer, bigint | null>> {
  const lagging = searches.flatMap((search) => {
    const freshest = freshestHead(search.answers.map((a) => ({ headBlock: a.head })))
    return search.answers.filter((a) => isBehind({ headBlock: a.head }, freshest))
  })
  const times = await Promise.all(
    lagging.map((answer) =>
      answer.single.client.getBlock({ blockNumber: answer.head }).then(
        (block) => block.timestamp,
        () => null,
      ),
    ),
  )
  return new Map(lagging.map((answer, i) => [answer, times[i] ?? null]))
}
