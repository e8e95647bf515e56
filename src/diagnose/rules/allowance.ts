import type { TxEvidence } from '../../evidence/schema.js'
import { decodeRevert, revertCategory, type DecodedRevert } from '../../decode/decode-revert.js'
import { finding, type Finding } from '../../findings/finding.js'
import { decodeSwapIntent, payingStep } from '../../decode/swap-intent/index.js'
import { tokenRef } from './token-ref.js'

/**
 * `token.insufficient-allowance` / `token.insufficient-balance`: a failed swap or token call whose
 * token could not be moved — not approved, or not held (routers that pull through Permit2: see
 * permit2.ts). Reads the decoded revert, the call's own arguments and the allowance and balance
 * read at the parent block.
 */
export function allowanceRule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context?.receipt || !context.tx || context.receipt.status !== 'reverted') return []
  const { tx, failure, swapState, tokens } = context
  const revert = decodeRevert(failure?.revertData)
  const category = revertCategory(revert)
  const paying = payingStep(decodeSwapIntent(tx.input, tx.value))
  // A router that pulls through Permit2 has its own rule: the approval that matters may be Permit2's.
  if (paying?.payer === 'permit2') return []
  const token = (address: string) => tokenRef(address, tokens)
  const findings: Finding[] = []

  const failingToken = failure?.failingCall?.to ?? tx.to
  if (category === 'allowance' || category === 'balance') {
    const fromError = errorArgs(revert)
    const needed = fromError.needed ?? paying?.amountIn ?? null
    const tokenAddress = paying?.path[0] ?? failingToken ?? ''
    const allowance = fromError.allowance ?? swapState?.allowance ?? null
    const balance = fromError.balance ?? swapState?.balance ?? null
    findings.push(
      lacksBalance(category, { allowance, balance, needed })
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

/**
 * TransferHelper's STF and TRANSFER_FROM_FAILED (and Permit2's) say only that transferFrom failed:
 * the state read at the parent block tells a missing approval from a missing balance.
 */
export const lacksBalance = (
  category: string | null,
  { allowance, balance, needed }: { allowance: bigint | null; balance: bigint | null; needed: bigint | null },
) =>
  category === 'balance' ||
  (allowance !== null && needed !== null && allowance >= needed && balance !== null && balance < needed)

function errorArgs(revert: DecodedRevert): { needed?: bigint; allowance?: bigint; balance?: bigint; spender?: string } {
  if (revert.kind !== 'custom') return {}
  const big = (name: string) => (revert.args[name] === undefined ? undefined : BigInt(revert.args[name]))
  return { needed: big('needed'), allowance: big('allowance'), balance: big('balance'), spender: revert.args.spender }
}
