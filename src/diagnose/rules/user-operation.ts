import { decodeRevert, revertCategory } from '../../decode/decode-revert.js'
import { tokenMovements } from '../../decode/token-movements.js'
import type { TxEvidence } from '../../evidence/schema.js'
import { finding, type Finding } from '../../findings/finding.js'
import { describeRevert } from './failure.js'
import { formatAmount, tokenRef } from './token-ref.js'

const ZERO = '0x0000000000000000000000000000000000000000'

/**
 * `aa.user-operation` for an ERC-4337 operation found by its hash, `aa.user-operation-failed` when
 * the account's call reverted (a bundle transaction can succeed while the operation in it fails),
 * and `token.transfer-found` for the tokens the operation itself moved.
 */
export function userOperationRule(evidence: TxEvidence): Finding[] {
  const op = evidence.userOperation
  if (!op) return []
  const bundleSucceeded = op.bundleStatus === 'success'
  const findings: Finding[] = [
    finding('aa.user-operation', {
      entryPoint: op.entryPoint,
      sender: op.sender,
      nonce: op.nonce.toString(),
      paymaster: op.paymaster === ZERO ? null : op.paymaster,
      success: op.success,
      actualGasCost: op.actualGasCost.toString(),
      actualGasUsed: op.actualGasUsed.toString(),
      transactionHash: op.transactionHash,
      blockNumber: op.blockNumber.toString(),
      bundleSucceeded,
    }),
  ]
  if (!op.success) {
    const revert = decodeRevert(op.revertReason)
    findings.push(
      finding('aa.user-operation-failed', {
        sender: op.sender,
        transactionHash: op.transactionHash,
        bundleSucceeded,
        reason: describeRevert(revert),
        errorName: revert.kind === 'custom' ? revert.name : revert.kind === 'string' ? 'Error' : null,
        errorSource: revert.kind === 'custom' || revert.kind === 'string' ? revert.source : null,
        category: revertCategory(revert),
        revertData: op.revertReason,
      }),
    )
  }
  for (const m of tokenMovements(op.logs)) {
    const token = tokenRef(m.token, op.tokens)
    findings.push(
      finding('token.transfer-found', {
        transactionHash: op.transactionHash,
        chainId: op.chainId,
        standard: m.standard,
        token,
        from: m.from,
        to: m.to,
        amount: m.amount.toString(),
        formattedAmount: m.standard === 'erc721' ? null : formatAmount(m.amount, token),
        tokenId: m.tokenId?.toString() ?? null,
      }),
    )
  }
  return findings
}
