import { isBehind, receiptFacts } from '../evidence/endpoint-views.js'
import type { EndpointView, TxEvidence } from '../evidence/schema.js'
import type { EndpointReading } from '../findings/reading-data.js'
import { headDisagreement } from './head-disagreement.js'
import { judge, type Disagreement } from './judge.js'
import { nonceDisagreement } from './nonce-disagreement.js'
import { headAge, trustedHead } from './trusted-head.js'

export { judge, type Disagreement }

const viewsOf = (evidence: TxEvidence, chainId: number) => evidence.endpointViews.filter((v) => v.chainId === chainId)

/**
 * Endpoints more than a couple of blocks behind the trusted head of their chain (trusted-head.ts:
 * not one endpoint's word alone), with that head and, where it was read, the age of their own.
 */
export function behindViews(
  evidence: TxEvidence,
): { view: EndpointView; freshest: bigint; ageSeconds: number | null }[] {
  const chains = [...new Set(evidence.endpointViews.map((v) => v.chainId))]
  return chains.flatMap((chainId) => {
    const views = viewsOf(evidence, chainId)
    const freshest = trustedHead(views, evidence.gatheredAt)
    return views
      .filter((v) => isBehind(v, freshest))
      .map((view) => ({ view, freshest, ageSeconds: headAge(view, evidence.gatheredAt) }))
  })
}

/**
 * Where the endpoints disagree on what a verdict rests on: the receipt (mined or not, status, block,
 * logs), the sender's mined nonce, and the head those stand on. An endpoint that has not reached the
 * receipt's block is not counted as saying "not mined"; a nonce is compared only where it cannot have
 * moved honestly (the same head, or a later head with a lower count). Every endpoint of the chain is
 * compared, those behind the freshest head too: the freshest head is one endpoint's word, and one that
 * claimed a head far ahead would otherwise leave every other endpoint "behind" and its own receipt
 * unchallenged. A receipt or a nonce that moved on in blocks beyond the trusted head is that one
 * endpoint's word on blocks no other has reached: disputed, unless the others are shown stale.
 */
export function disagreements(evidence: TxEvidence): Disagreement[] {
  const chainId = evidence.context?.chainId
  if (chainId === undefined) return []
  const views = viewsOf(evidence, chainId)
  return [
    receiptDisagreement(chainId, views),
    nonceDisagreement(evidence, views),
    headDisagreement(evidence, views),
  ].filter((d): d is Disagreement => d !== null)
}

function receiptDisagreement(chainId: number, views: EndpointView[]): Disagreement | null {
  const mined = views.map((v) => v.receipt?.blockNumber).filter((b): b is bigint => b !== undefined)
  if (mined.length === 0) return null
  const earliest = mined.reduce((a, b) => (b < a ? b : a))
  const compared = views.filter((v) => v.receipt !== null || v.headBlock >= earliest)
  return judge(
    chainId,
    'receipt',
    compared.map((v) => ({ endpoint: v.endpoint, said: receiptFacts(v) ?? 'no receipt', reading: receiptReading(v) })),
  )
}

const receiptReading = ({ receipt }: EndpointView): EndpointReading =>
  receipt
    ? {
        kind: 'receipt',
        status: receipt.status,
        blockNumber: String(receipt.blockNumber),
        blockHash: receipt.blockHash,
        logCount: receipt.logCount,
        logsDigest: receipt.logsDigest,
      }
    : { kind: 'no-receipt' }

/** Logs over a range of blocks, as one answer gave them: how many, and their digest. */
export type LogsAnswered = { fromBlock: bigint; toBlock: bigint; count: number; digest: string }

/**
 * One answer about a range of logs (`security`'s owner logs, `address`'s token transfers), as the
 * disagreement finding holds it: `said` names what they are (`noun`), `reading` is the same as data.
 */
export const logsAnswer = (endpoint: string | null, logs: LogsAnswered, noun: string) => ({
  endpoint,
  said: `${logs.count} ${noun} in blocks ${logs.fromBlock}–${logs.toBlock} (${logs.digest.slice(0, 10)}…)`,
  reading: {
    kind: 'logs',
    fromBlock: String(logs.fromBlock),
    toBlock: String(logs.toBlock),
    count: logs.count,
    digest: logs.digest,
  } satisfies EndpointReading,
})

/**
 * The evidence's own answer stands against the majority: the receipt it took is the one most
 * endpoints served, and its nonce is the majority's. Otherwise no verdict can be given.
 */
export function verdictUndecided(evidence: TxEvidence): boolean {
  return disagreements(evidence).some((d) => {
    if (!d.majority) return true
    const context = evidence.context
    if (d.fact === 'nonce') return d.majoritySaid !== `nonce ${context?.nonces?.latest ?? -1}`
    return false
  })
}

/**
 * An endpoint gives the transaction with the block it was mined in, yet no endpoint gives its
 * receipt: the one asked has not caught up with its own answer (a load-balanced endpoint asks nodes
 * at different heights), and "waiting", "queued behind a gap" or "speed it up" would be advice on a
 * transaction that is already in a block.
 */
export function minedWithoutReceipt(evidence: TxEvidence): boolean {
  const tx = evidence.context?.tx
  return !!tx && tx.blockNumber !== null && !evidence.context?.receipt
}

/**
 * The tool saw this hash mined (its memory), yet no endpoint knows it now: the endpoints are behind,
 * pruned or wrong, and "not found", "dropped" or "replaced" would be advice built on their gap.
 */
export function seenMinedButUnknown(evidence: TxEvidence): boolean {
  const lastStatus = evidence.memory?.lastStatus
  const seenMined = lastStatus === 'confirmed' || lastStatus === 'failed'
  return seenMined && !evidence.context?.tx && !evidence.context?.receipt
}
