import { knownChainById } from '../chains/registry.js'
import { BEHIND_BLOCKS } from '../evidence/endpoint-views.js'
import type { EndpointView } from '../evidence/schema.js'
import { STALE_SECONDS } from './endpoint-health.js'

type HeadView = Pick<EndpointView, 'chainId' | 'headBlock' | 'headTimestamp'>

/** How old an endpoint's head block was when the evidence was gathered, in seconds (null: its time was not read). */
export const headAge = (view: Pick<HeadView, 'headTimestamp'>, gatheredAt: string): number | null =>
  view.headTimestamp === null ? null : Math.round(Date.parse(gatheredAt) / 1000 - Number(view.headTimestamp))

/**
 * An endpoint whose head is `head` or lower may simply be behind: its own head is older than a live
 * chain allows, or the blocks it lacks fit in the time since its head was made, at the chain's
 * fastest pace. Otherwise someone claims more blocks than the chain can have made since: it, or
 * they, are wrong.
 */
function simplyBehind(view: HeadView, head: bigint, gatheredAt: string): boolean {
  if (view.headBlock + BEHIND_BLOCKS >= head) return true
  const age = headAge(view, gatheredAt)
  if (age === null) return false
  if (age > STALE_SECONDS) return true
  const pace = knownChainById(view.chainId)?.fastestBlockSeconds ?? null
  if (pace === null) return false
  return head - view.headBlock <= BigInt(Math.floor(Math.max(0, age) / pace)) + BEHIND_BLOCKS
}

/**
 * The freshest head of a chain that rests on more than one endpoint's word: the highest head that
 * another endpoint has come within a couple of blocks of, or beneath which every endpoint may simply
 * be behind (simplyBehind). A head far beyond every other, while their heads are too recent for the
 * chain to have made those blocks since, is one endpoint's claim — a lying endpoint would otherwise
 * make every honest one "behind", and its receipt or nonce at those blocks unchallengeable. With one
 * endpoint, its head.
 */
export function trustedHead(views: readonly HeadView[], gatheredAt: string): bigint {
  const byHead = [...views].sort((a, b) => (b.headBlock > a.headBlock ? 1 : b.headBlock < a.headBlock ? -1 : 0))
  const trusted = byHead.find(
    (candidate) =>
      views.some((v) => v !== candidate && v.headBlock + BEHIND_BLOCKS >= candidate.headBlock) ||
      views.every((v) => simplyBehind(v, candidate.headBlock, gatheredAt)),
  )
  return trusted?.headBlock ?? 0n
}
