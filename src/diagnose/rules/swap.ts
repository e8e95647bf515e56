import type { TxEvidence } from '../../evidence/schema.js'
import { decodeRevert, revertCategory } from '../../decode/decode-revert.js'
import { finding, type Finding } from '../../findings/finding.js'
import { decodeSwapCall, type SwapCall } from '../../decode/swap-call.js'
import { tokenRef } from './token-ref.js'

/**
 * `swap.deadline-expired` / `swap.slippage`: a failed swap that ran out of time or out of price.
 * Reads the decoded revert, the swap's own arguments and the pool's quote at the parent block.
 */
export function swapRule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context?.receipt || !context.tx || context.receipt.status !== 'reverted') return []
  const { tx, failure, swapState, tokens, txBlock } = context
  const revert = decodeRevert(failure?.revertData)
  const category = revertCategory(revert)
  const swap = decodeSwapCall(tx.input, tx.value)
  const token = (address: string) => tokenRef(address, tokens)
  const findings: Finding[] = []

  const late = swap && txBlock ? Number(txBlock.timestamp - swap.deadline) : null
  if (category === 'deadline' || (late !== null && late > 0)) {
    findings.push(
      finding('swap.deadline-expired', {
        deadline: swap?.deadline.toString() ?? '',
        blockTimestamp: txBlock?.timestamp.toString() ?? '',
        lateBySeconds: late ?? 0,
      }),
    )
  }

  if (category === 'slippage' && swap && tx.to) {
    const quote = swapState?.amounts
      ? ((swap.mode === 'exact-in' ? swapState.amounts.at(-1) : swapState.amounts[0]) ?? null)
      : null
    findings.push(
      finding('swap.slippage', {
        router: tx.to,
        functionName: swap.functionName,
        mode: swap.mode,
        tokenIn: token(swap.path[0] as string),
        tokenOut: token(swap.path.at(-1) as string),
        amountIn: swap.amountIn.toString(),
        amountOut: swap.amountOut.toString(),
        poolQuote: quote?.toString() ?? null,
        shortfallPercent: quote === null ? null : shortfall(swap, quote),
      }),
    )
  }

  return findings
}

function shortfall(swap: SwapCall, quote: bigint): number | null {
  // exact-in: how much more output the user asked than the pool gave; exact-out: how much more input the pool wanted.
  const [limit, actual] = swap.mode === 'exact-in' ? [swap.amountOut, quote] : [quote, swap.amountIn]
  if (limit === 0n || actual >= limit) return 0
  return Number(((limit - actual) * 10_000n) / limit) / 100
}
