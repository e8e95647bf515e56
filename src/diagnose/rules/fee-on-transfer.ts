import { decodeAbiParameters, slice } from 'viem'
import type { CallFrame, TxEvidence } from '../../evidence/schema.js'
import { decodeRevert, revertCategory } from '../../decode/decode-revert.js'
import { finding, type Finding } from '../../findings/finding.js'
import { decodeSwapCall, type SwapCall } from '../../decode/swap-call.js'
import { tokenRef } from './token-ref.js'

const SELECTOR = { transferFrom: '0x23b872dd', balanceOf: '0x70a08231', getReserves: '0x0902f1ac' } as const

/** `token.fee-on-transfer`: a token that keeps part of each transfer, swapped through a function that cannot take it. */
export function feeOnTransferRule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context?.receipt || !context.tx || context.receipt.status !== 'reverted') return []
  const { tx, failure, tokens } = context
  const revert = decodeRevert(failure?.revertData)
  const category = revertCategory(revert)
  const swap = decodeSwapCall(tx.input, tx.value)
  const token = (address: string) => tokenRef(address, tokens)
  const findings: Finding[] = []

  if (category === 'fee-on-transfer' && swap && !swap.supportsFeeOnTransfer) {
    const delivered = deliveredToPair(failure?.calls ?? [], swap)
    findings.push(
      finding('token.fee-on-transfer', {
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
