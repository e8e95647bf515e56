import type { TxEvidence } from '../../evidence/schema.js'
import { decodeRevert, revertCategory, type DecodedRevert } from '../../decode/decode-revert.js'
import { finding, type Finding } from '../../findings/finding.js'
import { decodeSwapCall } from '../../decode/swap-call.js'
import { tokenRef } from './token-ref.js'

/**
 * `token.insufficient-allowance` / `token.insufficient-balance`: a failed swap or token call whose
 * token could not be moved — not approved, or not held. Reads the decoded revert, the call's own
 * arguments and the allowance and balance read at the parent block.
 */
export function allowanceRule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context?.receipt || !context.tx || context.receipt.status !== 'reverted') return []
  const { tx, failure, swapState, tokens } = context
  const revert = decodeRevert(failure?.revertData)
  const category = revertCategory(revert)
  const swap = decodeSwapCall(tx.input, tx.value)
  const token = (address: string) => tokenRef(address, tokens)
  const findings: Finding[] = []

  const failingToken = failure?.failingCall?.to ?? tx.to
  if (category === 'allowance' || category === 'balance') {
    const fromError = errorArgs(revert)
    const needed = fromError.needed ?? (swap ? swap.amountIn : null)
    const tokenAddress = swap && !swap.paysWithEth ? (swap.path[0] as string) : (failingToken ?? '')
    const allowance = fromError.allowance ?? swapState?.allowance ?? null
    const balance = fromError.balance ?? swapState?.balance ?? null
    // TransferHelper's TRANSFER_FROM_FAILED says only that transferFrom failed: the state read
    // at the parent block tells a missing approval from a missing balance.
    const lacksBalance =
      category === 'balance' ||
      (allowance !== null && needed !== null && allowance >= needed && balance !== null && balance < needed)
    findings.push(
      lacksBalance
        ? finding('token.insufficient-balance', {
            token: token(tokenAddress),
            owner: tx.from,
            balance: balance?.toString() ?? null,
            needed: needed?.toString() ?? null,
          })
        : finding('token.insufficient-allowance', {
            token: token(tokenAddress),
            owner: tx.from,
            spender: fromError.spender ?? tx.to ?? '',
            allowance: allowance?.toString() ?? null,
            needed: needed?.toString() ?? null,
          }),
    )
  }

  return findings
}

function errorArgs(revert: DecodedRevert): { needed?: bigint; allowance?: bigint; balance?: bigint; spender?: string } {
  if (revert.kind !== 'custom') return {}
  const big = (name: string) => (revert.args[name] === undefined ? undefined : BigInt(revert.args[name]))
  return { needed: big('needed'), allowance: big('allowance'), balance: big('balance'), spender: revert.args.spender }
}
