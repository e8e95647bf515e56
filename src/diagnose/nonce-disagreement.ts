import { isBehind } from '../evidence/endpoint-views.js'
import type { EndpointView, TxEvidence } from '../evidence/schema.js'
import { judge, type Disagreement } from './judge.js'
import { atHead, trustedHead } from './trusted-head.js'

type NonceView = EndpointView & { nonces: NonNullable<EndpointView['nonces']> }

/** The endpoints that read the sender's nonce, each placed at the block it read it at. */
export const nonceReads = (views: readonly EndpointView[]): NonceView[] =>
  views.filter((v): v is NonceView => v.nonces !== null)

/**
 * The trusted head (trusted-head.ts) where the nonces were read: each endpoint at the block it read
 * the nonce at — in round two, some blocks past round one's heads on a fast chain — or at its
 * round-one head when that is later (a read "at" an earlier block does not take an endpoint back),
 * and one whose read failed at its round-one head, so that it still counts against a claim far beyond.
 */
export const nonceHead = (views: readonly EndpointView[], gatheredAt: string): bigint =>
  trustedHead(
    views.map((v) => ({
      chainId: v.chainId,
      headBlock: v.nonces && v.nonces.atBlock > v.headBlock ? v.nonces.atBlock : v.headBlock,
      headTimestamp: v.headTimestamp,
    })),
    gatheredAt,
  )

/**
 * Who votes on the count at the head: the endpoints that read it there, and one that read it
 * behind whose count leaves only its own among those given at the head — counts only rise, so 4 read
 * a few blocks back rules out 3 at the head, though it says nothing between 4 and 5. A stale count
 * that fits several head counts (3 beside a liar's 3 and an honest 4) takes no side.
 */
function headVotes(reads: readonly NonceView[], head: bigint): boolean[] {
  const here = reads.map((v) => atHead(v.nonces.atBlock, head))
  const headCounts = [...new Set(reads.filter((_, i) => here[i]).map((v) => v.nonces.latest))]
  return reads.map((v, i) => {
    if (here[i]) return true
    if (v.nonces.atBlock > head) return false
    const fits = headCounts.filter((count) => count >= v.nonces.latest)
    return fits.length === 1 && fits[0] === v.nonces.latest
  })
}

/**
 * Where the nonce a verdict rests on is disputed. Nonces move only forward with the head, so two
 * counts are in dispute where they cannot both be honest (the same block with another count, or a
 * later block with a lower one) — or where the evidence's own count was read behind the trusted head
 * and an endpoint at the head gives another. Only endpoints at the trusted head vote for a majority
 * (headVotes): a stale endpoint's older count must not side with a liar that gives the same count at
 * the head; nor does one that read it far beyond.
 */
export function nonceDisagreement(evidence: TxEvidence, views: readonly EndpointView[]): Disagreement | null {
  const context = evidence.context
  if (!context) return null
  const reads = nonceReads(views)
  const head = nonceHead(views, evidence.gatheredAt)
  const votes = headVotes(reads, head)
  const impossible = reads.some((a) =>
    reads.some(
      (b) =>
        a.nonces.atBlock <= b.nonces.atBlock &&
        (a.nonces.latest > b.nonces.latest ||
          (a.nonces.atBlock === b.nonces.atBlock && a.nonces.latest !== b.nonces.latest)),
    ),
  )
  const verdict = context.receipt === null ? context.nonces : null
  const outdated =
    verdict !== null &&
    isBehind({ headBlock: context.head.number }, head) &&
    reads.some((v, i) => votes[i] && v.nonces.latest !== verdict.latest)
  if (!impossible && !outdated) return null
  return judge(
    context.chainId,
    'nonce',
    reads.map((v) => ({
      endpoint: v.endpoint,
      said: `nonce ${v.nonces.latest} at block ${v.nonces.atBlock}`,
      reading: { kind: 'nonce', nonce: v.nonces.latest, atBlock: String(v.nonces.atBlock) },
    })),
    (said) => said.replace(/ at block \d+$/, ''),
    votes,
  )
}
