import type { ChainSearch, EndpointAnswer } from './ask-endpoints.js'
import { freshestHead, isBehind } from './endpoint-views.js'

/**
 * When each endpoint behind the freshest head of its chain made its own head block (its
 * timestamp, in seconds; null when the read failed or took longer than `graceMs`). Only the clock
 * and the chain's pace can tell an endpoint that is simply behind from one that is current while
 * another claims blocks far ahead — a lying endpoint's word otherwise decides which one is "behind".
 * Asked only where heads differ by more than ordinary propagation (on a fast chain, that is often),
 * in parallel with round two: no round trip of its own. One that is slow is not waited for; its age
 * is then unknown, which the rules read as "not shown to be simply behind".
 */
export async function readLaggingHeadTimes(
  searches: readonly ChainSearch[],
  graceMs: number,
): Promise<Map<EndpointAnswer, bigint | null>> {
  const lagging = searches.flatMap((search) => {
    const freshest = freshestHead(search.answers.map((a) => ({ headBlock: a.head })))
    return search.answers.filter((a) => isBehind({ headBlock: a.head }, freshest))
  })
  const times = await Promise.all(
    lagging.map((answer) =>
      within(
        answer.single.client.getBlock({ blockNumber: answer.head }).then((block) => block.timestamp),
        graceMs,
      ),
    ),
  )
  return new Map(lagging.map((answer, i) => [answer, times[i] ?? null]))
}

/** The value, or null when it failed or is not in by `ms`. */
function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))
  return Promise.race([work.catch(() => null), late]).finally(() => clearTimeout(timer))
}
