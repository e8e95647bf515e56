import { BEHIND_BLOCKS } from '../evidence/endpoint-views.js'
import type { EndpointView } from '../evidence/schema.js'
import { STALE_SECONDS } from './endpoint-health.js'

type HeadView = Pick<EndpointView, 'headBlock' | 'headTimestamp'>

/** How old an endpoint's head block was when the evidence was gathered, in seconds (null: its time was not read). */
export const headAge = (view: HeadView, gatheredAt: string): number | null =>
  view.headTimestamp === null ? null : Math.round(Date.parse(gatheredAt) / 1000 - Number(view.headTimestamp))

/** The endpoint's own head is older than a live chain allows: it is stale, whatever anyone else claims. */
const oldByTheClock = (view: HeadView, gatheredAt: string) => (headAge(view, gatheredAt) ?? 0) > STALE_SECONDS

/**
 * The freshest head of a chain that rests on more than one endpoint's word: the highest head that
 * another endpoint has come within a couple of blocks of, or beneath which every endpoint is shown
 * stale by the age of its own head. A head far beyond every other, while their heads are recent,
 * is one endpoint's claim — a lying endpoint would otherwise make every honest one "behind", and
 * its receipt or nonce at those blocks unchallengeable. With one endpoint, its head.
 */
export function trustedHead(views: readonly HeadView[], gatheredAt: string): bigint {
  const byHead = [...views].sort((a, b) => (b.headBlock > a.headBlock ? 1 : b.headBlock < a.headBlock ? -1 : 0))
  const trusted = byHead.find(
    (candidate) =>
      views.some((v) => v !== candidate && v.headBlock + BEHIND_BLOCKS >= candidate.headBlock) ||
      views.every((v) => v.headBlock + BEHIND_BLOCKS >= candidate.headBlock || oldByTheClock(v, gatheredAt)),
  )
  return trusted?.headBlock ?? 0n
}
