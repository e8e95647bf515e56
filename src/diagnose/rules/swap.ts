import { decodeAbiParameters, slice } from 'viem'
import type { CallFrame, TxEvidence } from '../../evidence/schema.js'
import { decodeRevert, revertCategory, type DecodedRevert } from '../../decode/decode-revert.js'
import { finding, type Finding } from '../finding.js'
import { decodeSwapCall, type SwapCall } from '../../decode/swap-call.js'
import { tokenRef } from './token-ref.js'

const SELECTOR = { transferFrom: '0x23b872dd', balanceOf: '0x70a08231', getReserves: '0x0902f1ac' } as const

/**
 * What a failed swap or token call ran into: slippage, an expired deadline, a missing approval,
 * too small a balance, or a fee-on-transfer token sent through a function that cannot take it.
 * Reads the decoded revert, the swap's own arguments and the state read at the parent block.
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
      finding('swap.deadline-expired', 'critical', {
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
      finding('swap.slippage', 'critical', {
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
        ? finding('token.insufficient-balance', 'critical', {
            token: token(tokenAddress),
            owner: tx.from,
            balance: balance?.toString() ?? null,
            needed: needed?.toString() ?? null,
          })
        : finding('token.insufficient-allowance', 'critical', {
            token: token(tokenAddress),
            owner: tx.from,
            spender: fromError.spender ?? tx.to ?? '',
            allowance: allowance?.toString() ?? null,
            needed: needed?.toString() ?? null,
          }),
    )
  }

  if (category === 'fee-on-transfer' && swap && !swap.supportsFeeOnTransfer) {
    const delivered = deliveredToPair(failure?.calls ?? [], swap)
    findings.push(
      finding('token.fee-on-transfer', 'critical', {
        token: token(swap.path[0] as string),
        functionName: swap.functionName,
        supportingFunction: supportingName(swap.functionName),
        asked: delivered?.asked.toString() ?? null,
        received: delivered?.received.toString() ?? null,
        feePercent:
          delivered && delivered.asked > 0n
            ? Number(((delivered.asked - delivered.received) * 10_000n) / delivered.asked) / 100
            : null,
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

function errorArgs(revert: DecodedRevert): { needed?: bigint; allowance?: bigint; balance?: bigint; spender?: string } {
  if (revert.kind !== 'custom') return {}
  const big = (name: string) => (revert.args[name] === undefined ? undefined : BigInt(revert.args[name]))
  return { needed: big('needed'), allowance: big('allowance'), balance: big('balance'), spender: revert.args.spender }
}

/**
 * The evidence a fee-on-transfer token leaves in a trace: the router asked it to move `asked`
 * into the pair, and the pair then saw its balance rise by less (balanceOf against getReserves).
 */
export function deliveredToPair(
  calls: readonly CallFrame[],
  swap: SwapCall,
): { asked: bigint; received: bigint } | null {
  const tokenIn = (swap.path[0] as string).toLowerCase()
  const other = (swap.path[1] as string | undefined)?.toLowerCase()
  const pull = calls.find((c) => c.to === tokenIn && c.input.startsWith(SELECTOR.transferFrom))
  if (!pull || !other) return null
  try {
    const [, pair, asked] = decodeAbiParameters(
      [{ type: 'address' }, { type: 'address' }, { type: 'uint256' }],
      slice(pull.input, 4),
    )
    const pairAddress = pair.toLowerCase()
    const reserves = calls.find((c) => c.to === pairAddress && c.input.startsWith(SELECTOR.getReserves) && c.output)
    const balance = calls.find(
      (c) => c.from === pairAddress && c.to === tokenIn && c.input.startsWith(SELECTOR.balanceOf) && c.output,
    )
    if (!reserves?.output || !balance?.output) return null
    const [reserve0, reserve1] = decodeAbiParameters(
      [{ type: 'uint112' }, { type: 'uint112' }, { type: 'uint32' }],
      reserves.output,
    )
    const [pairBalance] = decodeAbiParameters([{ type: 'uint256' }], balance.output)
    const reserveIn = tokenIn < other ? reserve0 : reserve1
    return { asked, received: pairBalance - reserveIn }
  } catch {
    return null
  }
}

const supportingName = (name: string) =>
  name.startsWith('swapExact') && !name.endsWith('SupportingFeeOnTransferTokens')
    ? `${name}SupportingFeeOnTransferTokens`
    : 'swapExactTokensForTokensSupportingFeeOnTransferTokens'
