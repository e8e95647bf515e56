import { chainForId } from '../../chains/registry.js'
import type { TxEvidence } from '../../evidence/schema.js'
import { effectiveTip, nextBaseFee, recentTips, replacementFees, HEADROOM_BLOCKS } from '../fees.js'
import { finding, type Finding } from '../../findings/finding.js'
import { txStatus } from '../tx-status.js'

/** A nonce gap longer than this is listed by its ends only. */
const MAX_LISTED_NONCES = 20

/**
 * A transaction that waits in the pool: why (a missing earlier nonce, a fee cap under the base
 * fee, a tip under what recent blocks paid) and what a replacement must offer.
 */
export function stuckRule(evidence: TxEvidence): Finding[] {
  const status = txStatus(evidence)
  const context = evidence.context
  if ((status !== 'pending' && status !== 'queued') || !context?.tx) return []
  const { tx, nonces, head, feeHistory } = context
  const rules = chainForId(context.chainId).fees
  const baseFee = nextBaseFee(feeHistory, head)
  const tips = recentTips(feeHistory)
  // Pending, yet above the account's mined count: every nonce between waits in the pool too (the
  // pending count runs past this one), and the earliest of them is what holds this one back.
  const waitingBefore = status === 'pending' && nonces ? Math.max(0, tx.nonce - nonces.latest) : 0
  const findings: Finding[] = [
    finding('tx.pending', {
      from: tx.from,
      nonce: tx.nonce,
      firstSeenAt: evidence.memory?.firstSeenAt ?? null,
      // Behind a nonce gap, or behind earlier transactions still waiting, no fee of this one gets it
      // mined first: the advice is to fill the gap or move the earliest one, not to speed this one up.
      replacement:
        status === 'queued' || waitingBefore > 0
          ? null
          : { nonce: tx.nonce, fees: replacementFees(tx, rules, baseFee, tips), headroomBlocks: HEADROOM_BLOCKS.fast },
    }),
  ]
  if (waitingBefore > 0 && nonces) {
    findings.push(
      finding('tx.waiting-behind-earlier', {
        from: tx.from,
        nonce: tx.nonce,
        earliestNonce: nonces.latest,
        waitingCount: waitingBefore,
      }),
    )
  }

  if (status === 'queued' && nonces) {
    const missing = Array.from({ length: tx.nonce - nonces.pending }, (_, i) => nonces.pending + i)
    findings.push(
      finding('tx.nonce-gap', {
        from: tx.from,
        nonce: tx.nonce,
        accountNonce: nonces.latest,
        missingNonces: missing.length > MAX_LISTED_NONCES ? [missing[0] as number, missing.at(-1) as number] : missing,
        missingCount: missing.length,
      }),
    )
  }

  const feeCap = tx.maxFeePerGas ?? tx.gasPrice
  if (baseFee !== null && feeCap !== null && feeCap < baseFee) {
    findings.push(
      finding('tx.fee-cap-below-base-fee', {
        feeCap: feeCap.toString(),
        baseFee: baseFee.toString(),
        // Behind a gap or behind earlier transactions still waiting: its own fee is not what holds it first.
        behindGap: status === 'queued' || waitingBefore > 0,
      }),
    )
  } else if (tips && rules.model === 'eip1559' && rules.tipsMatter && effectiveTip(tx, baseFee) < tips.low) {
    findings.push(
      finding('tx.priority-fee-low', {
        priorityFee: effectiveTip(tx, baseFee).toString(),
        recentLowTip: tips.low.toString(),
        recentMedianTip: tips.median.toString(),
      }),
    )
  }
  return findings
}
