import { BEHIND_BLOCKS } from '../evidence/endpoint-views.js'
import type { EndpointView, TxEvidence } from '../evidence/schema.js'
import type { EndpointReading } from '../findings/reading-data.js'
import { formatDuration } from '../i18n/duration.js'
import type { Disagreement } from './judge.js'
import { nonceHead, nonceReads } from './nonce-disagreement.js'
import { atHead, headAge, trustedHead } from './trusted-head.js'

type HeadReading = Extract<EndpointReading, { kind: 'head' }>

/**
 * The verdict would rest on blocks more than a couple beyond the trusted head (trusted-head.ts),
 * which the other endpoints are not simply behind: the receipt the evidence took, or — for a
 * transaction not mined — the sender's nonce it took, read there, showing the nonce moved on past
 * what the endpoints at the head say (or with none of them to say it). Which endpoint is right cannot
 * be told, so there is no majority. A receipt or nonce beyond the head that the verdict does not use
 * is left to the receipt and nonce comparisons.
 */
export function headDisagreement(evidence: TxEvidence, views: readonly EndpointView[]): Disagreement | null {
  const context = evidence.context
  // One endpoint (or evidence without the endpoints' views): its word is all there is.
  if (!context || views.length < 2) return null
  const limit = trustedHead(views, evidence.gatheredAt) + BEHIND_BLOCKS
  const reads = nonceReads(views)
  const head = nonceHead(views, evidence.gatheredAt)
  const counted = reads.filter((v) => atHead(v.nonces.atBlock, head)).map((v) => v.nonces.latest)
  const highestAtHead = counted.length > 0 ? Math.max(...counted) : null
  const nonceBeyond = (nonces: EndpointView['nonces']) =>
    nonces !== null &&
    nonces.atBlock > head + BEHIND_BLOCKS &&
    (highestAtHead === null || nonces.latest > highestAtHead)

  const receiptClaimed = context.receipt !== null && context.receipt.blockNumber > limit
  const nonceClaimed =
    context.receipt === null &&
    context.nonces !== null &&
    nonceBeyond({ latest: context.nonces.latest, atBlock: context.head.number })
  if (!receiptClaimed && !nonceClaimed) return null

  const answers = views.map((v) => {
    const reading: HeadReading = {
      kind: 'head',
      headBlock: String(v.headBlock),
      ageSeconds: headAge(v, evidence.gatheredAt),
      receiptBlock: receiptClaimed && v.receipt && v.receipt.blockNumber > limit ? String(v.receipt.blockNumber) : null,
      nonce: nonceClaimed && nonceBeyond(v.nonces) ? v.nonces!.latest : null,
    }
    return { endpoint: v.endpoint, said: headSaid(reading), reading }
  })
  return { chainId: context.chainId, fact: 'head', answers, majority: false, majoritySaid: null }
}

const headSaid = ({ headBlock, ageSeconds, receiptBlock, nonce }: HeadReading) =>
  [
    `head at block ${headBlock}`,
    ageSeconds === null ? '' : ` (${formatDuration(Math.max(0, ageSeconds), 'en')} old)`,
    receiptBlock === null ? '' : `, with the transaction mined in block ${receiptBlock}`,
    nonce === null ? '' : `, with the sender's nonce at ${nonce}`,
  ].join('')
