import type { TxEvidence } from '../../evidence/schema.js'
import { finding, type Finding } from '../../findings/finding.js'
import { tokenMovements } from '../../decode/token-movements.js'

/** `tx.confirmed`: a mined transaction that succeeded (failures: failure.ts). */
export function outcomeRule(evidence: TxEvidence): Finding[] {
  const { context } = evidence
  if (!context?.receipt || !context.tx || context.receipt.status !== 'success') return []
  const { receipt, head, txBlock } = context
  return [
    finding('tx.confirmed', {
      blockNumber: receipt.blockNumber.toString(),
      confirmations: Number(head.number - receipt.blockNumber + 1n),
      gasUsed: receipt.gasUsed.toString(),
      minedAt: txBlock ? new Date(Number(txBlock.timestamp) * 1000).toISOString() : null,
      // "Add the token in your wallet" is advice only for a transaction that moved tokens.
      movedTokens: tokenMovements(receipt.logs).length > 0,
    }),
  ]
}
