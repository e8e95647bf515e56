import { chainForId } from '../../chains/registry.js'
import type { TxEvidence } from '../../evidence/schema.js'
import { HEADROOM_BLOCKS, nextBaseFee, recentTips, suggestFees } from '../fees.js'
import { finding, type Finding } from '../../findings/finding.js'
import { unplacedEndpoints } from '../endpoint-health.js'
import { requestedChainUnsearched, txStatus } from '../tx-status.js'

/** `tx.dropped`, `tx.replaced`, `tx.not-found`: a hash that no node (or no longer any node) has. */
export function lostRule(evidence: TxEvidence): Finding[] {
  const status = txStatus(evidence)
  const { context, sender } = evidence
  const requestedUnsearched = status === 'undetermined' && !context && requestedChainUnsearched(evidence)
  const unplaced = status === 'undetermined' && !context ? unplacedEndpoints(evidence) : []
  if (status === 'not-found' || requestedUnsearched || unplaced.length > 0) {
    return [
      finding('tx.not-found', {
        searchedChainIds: evidence.searchedChainIds,
        unreachableChainIds: evidence.unreachableChainIds,
        requestedChainId: requestedUnsearched ? evidence.requestedChainId : null,
        unplacedEndpoints: unplaced,
      }),
    ]
  }
  if (status === 'replaced' && sender) {
    const replacement = context?.replacement
    return [
      finding('tx.replaced', {
        from: sender.from,
        nonce: sender.nonce,
        replacementHash: replacement?.hash ?? null,
        replacementBlock: replacement?.blockNumber?.toString() ?? null,
        foundBy: replacement?.foundBy ?? null,
      }),
    ]
  }
  if (status === 'dropped' && sender && context) {
    const tips = recentTips(context.feeHistory)
    const fees = suggestFees(
      chainForId(context.chainId).fees,
      nextBaseFee(context.feeHistory, context.head),
      tips?.median ?? 0n,
      HEADROOM_BLOCKS.normal,
    )
    return [
      finding('tx.dropped', {
        from: sender.from,
        nonce: sender.nonce,
        source: sender.source,
        resend: { nonce: sender.nonce, fees, headroomBlocks: HEADROOM_BLOCKS.normal },
        earliestUnmined: context.nonces && context.nonces.latest < sender.nonce ? context.nonces.latest : null,
        nonceConfirmedBy: evidence.endpointViews.filter(
          (v) => v.chainId === context.chainId && v.nonces !== null && v.nonces.latest === context.nonces?.latest,
        ).length,
      }),
    ]
  }
  return []
}
