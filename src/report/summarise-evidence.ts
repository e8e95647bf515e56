import type { TxEvidence } from '../evidence/schema.js'

const str = (value: bigint | null | undefined) => (value === null || value === undefined ? null : value.toString())

/**
 * The facts behind the findings, for the report: an allow-list of fields as plain JSON values,
 * never the evidence object dumped whole.
 */
export function summariseTxEvidence(evidence: TxEvidence): Record<string, unknown> {
  const context = evidence.context
  const tx = context?.tx
  return {
    searchedChainIds: evidence.searchedChainIds,
    foundOnChainIds: evidence.foundOnChainIds,
    unreachableChainIds: evidence.unreachableChainIds,
    transaction: tx
      ? {
          from: tx.from,
          to: tx.to,
          nonce: tx.nonce,
          type: tx.type,
          value: str(tx.value),
          gas: str(tx.gas),
          gasPrice: str(tx.gasPrice),
          maxFeePerGas: str(tx.maxFeePerGas),
          maxPriorityFeePerGas: str(tx.maxPriorityFeePerGas),
          blockNumber: str(tx.blockNumber),
        }
      : null,
    receipt: context?.receipt
      ? {
          status: context.receipt.status,
          blockNumber: str(context.receipt.blockNumber),
          gasUsed: str(context.receipt.gasUsed),
          effectiveGasPrice: str(context.receipt.effectiveGasPrice),
        }
      : null,
    sender: evidence.sender,
    nonces: context?.nonces ?? null,
    head: context
      ? {
          number: str(context.head.number),
          timestamp: str(context.head.timestamp),
          baseFeePerGas: str(context.head.baseFeePerGas),
        }
      : null,
    nextBaseFeePerGas: str(context?.feeHistory?.baseFeePerGas.at(-1)),
    rpc: evidence.rpc,
    gatheredAt: evidence.gatheredAt,
  }
}
