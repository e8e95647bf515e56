import type { TxEvidence } from '../../evidence/schema.js'
import { finding, type Finding } from '../../findings/finding.js'
import {
  behindViews,
  disagreements,
  minedWithoutReceipt,
  seenMinedButUnknown,
  type Disagreement,
} from '../cross-check.js'

/**
 * `rpc.stale` for an endpoint behind the others of its chain whose "I don't know it" was not
 * counted. One that knew the transaction is not named: its answer was used, and on a fast chain an
 * endpoint that answered a few seconds before a slow one is "behind" it by those seconds' blocks.
 */
export function behindRule(evidence: TxEvidence): Finding[] {
  return behindViews(evidence)
    .filter(({ view }) => !view.knowsTx)
    .map(({ view, freshest, ageSeconds }) =>
      finding('rpc.stale', {
        chainId: view.chainId,
        endpoint: view.endpoint,
        headBlock: view.headBlock.toString(),
        ageSeconds,
        freshestBlock: freshest.toString(),
      }),
    )
}

/** `rpc.disagreement`: which endpoints said what; critical when no majority can be formed (no verdict). */
export function disagreementRule(evidence: TxEvidence): Finding[] {
  return disagreements(evidence).map((d) => disagreementFinding(d, d.majority ? 'warning' : 'critical'))
}

/** The finding for any comparison of endpoints (a receipt, a gateway, a transfer, an outflow, a balance). */
export const disagreementFinding = (
  { chainId, fact, answers, majority }: Disagreement,
  severity: 'warning' | 'critical',
): Finding => finding('rpc.disagreement', { chainId, fact, answers, majority }, severity)

/** `tx.seen-mined`: the tool's memory saw it mined; the endpoints' not knowing it is no verdict. */
export function seenMinedRule(evidence: TxEvidence): Finding[] {
  const memory = evidence.memory
  if (!memory || !seenMinedButUnknown(evidence)) return []
  return [
    finding('tx.seen-mined', {
      chainId: memory.chainId,
      lastStatus: memory.lastStatus,
      firstSeenAt: memory.firstSeenAt,
    }),
  ]
}

/** `tx.mined-no-receipt`: given in a block, with no receipt to say how it went: no verdict yet. */
export function minedNoReceiptRule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context?.tx || context.tx.blockNumber === null || !minedWithoutReceipt(evidence)) return []
  return [
    finding('tx.mined-no-receipt', {
      chainId: context.chainId,
      blockNumber: context.tx.blockNumber.toString(),
      headBlock: context.head?.number.toString() ?? null,
    }),
  ]
}
