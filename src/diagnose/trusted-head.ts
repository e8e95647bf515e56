import { knownChainById } from '../chains/registry.js'
import { BEHIND_BLOCKS } from '../evidence/endpoint-views.js'
import type { EndpointView } from '../evidence/schema.js'
import { STALE_SECONDS } from './endpoint-health.js'

type HeadView = Pick<EndpointView, 'chainId' | 'headBlock' | 'headTimestamp'>

/**
 * Time between an endpoint's head being read and the others' reads, and ordinary clock drift:
 * added to a head's age before counting the blocks the chain can have made since.
 */
const SLACK_SECONDS = 2

/** How old an endpoint's head block was when the evidence was gathered, in seconds (null: its time is not known). */
export function headAge(view: Pick<HeadView, 'headTimestamp'>, gatheredAt: string): number | null {
  if (view.headTimestamp === null) return null
  const age = Math.round(Date.parse(gatheredAt) / 1000 - Number(view.headTimestamp))
  return Number.isFinite(age) ? age : null
}

/**
 * An endpoint whose head is `head` or lower may simply be behind: its own head is older than a live
 * chain allows, or the blocks it lacks fit in the time since its head was made, at the chain's
 * fastest pace. Otherwise someone claims more blocks than the chain can have made since — it, or
 * they, are wrong — or the endpoint's head time is not known, and nothing shows it is only behind.
 * The age is the machine's clock against the block's time: a clock ten minutes fast makes every
 * endpoint behind look stale (and the freshest is believed), a slow one makes them look current.
 */
function simplyBehind(view: HeadView, head: bigint, gatheredAt: string): boolean {
  if (view.headBlock + BEHIND_BLOCKS >= head) return true
  const age = headAge(view, gatheredAt)
  if (age === null) return false
  if (age > STALE_SECONDS) return true
  const known = knownChainById(view.chainId)
  const pace = known ? known.fastestBlockSeconds : UNLISTED_PACE
  if (pace === null) return false
  return head - view.headBlock <= BigInt(Math.floor((Math.max(0, age) + SLACK_SECONDS) / pace)) + BEHIND_BLOCKS
}

/** A chain the registry does not list may be any L2, some making several blocks a second. */
const UNLISTED_PACE = 0.1

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

/** Within a couple of blocks of `head`, either side: an endpoint that read there speaks for it. */
export const atHead = (block: bigint, head: bigint) => block + BEHIND_BLOCKS >= head && block <= head + BEHIND_BLOCKS
