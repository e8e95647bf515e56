import type { TxEvidence } from '../../evidence/schema.js'
import { finding, type Finding } from '../finding.js'

/** `tx.confirmed` and `tx.reverted`: what a mined transaction did. */
export function outcomeRule(evidence: TxEvidence): Finding[] {
  const { context } = evidence
  if (!context?.receipt || !context.tx) return []
  const { receipt, tx, head, txBlock } = context
  if (receipt.status === 'reverted') {
    return [finding('tx.reverted', 'critical', {
      blockNumber: receipt.blockNumber.toString(),
      gasUsed: receipt.gasUsed.toString(),
      gasLimit: tx.gas.toString(),
    })]
  }
  return [finding('tx.confirmed', 'info', {
    blockNumber: receipt.blockNumber.toString(),
    confirmations: Number(head.number - receipt.blockNumber + 1n),
    gasUsed: receipt.gasUsed.toString(),
    minedAt: txBlock ? new Date(Number(txBlock.timestamp) * 1000).toISOString() : null,
  })]
}
