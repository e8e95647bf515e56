import type { Address, Hex } from 'viem'
import { decodeSwapCall, type SwapCall } from '../swap-call.js'
import { decodeAggregatorCall } from './aggregators.js'
import type { SwapIntent } from './types.js'
import { decodeUniversalRouterCall } from './universal-router.js'
import { decodeV3RouterCall } from './v3-routers.js'

export * from './types.js'

/** A V2 Router02 swap as an intent: one V2 step, the deadline its last argument. */
export function v2Intent(swap: SwapCall): SwapIntent {
  return {
    router: 'uniswap-v2-router',
    functionName: swap.functionName,
    deadline: swap.deadline,
    steps: [
      {
        protocol: 'v2',
        mode: swap.mode,
        path: swap.path.map((t) => t.toLowerCase() as Address),
        fees: [],
        amountIn: swap.amountIn,
        amountOut: swap.amountOut,
        recipient: swap.to.toLowerCase() as Address,
        payer: swap.paysWithEth ? 'eth' : 'approval',
      },
    ],
    permits: [],
    paysWithEth: swap.paysWithEth,
    receivesEth: swap.functionName.includes('ForETH') || swap.functionName.includes('ForExactETH'),
    finalMinimum: null,
    supportsFeeOnTransfer: swap.supportsFeeOnTransfer,
  }
}

/**
 * What a transaction's calldata asks a swap router for — V2 Router02, V3 SwapRouter and
 * SwapRouter02, the Universal Router, the main aggregators — or null when it is no swap these
 * read. Pure: the router is recognised by its function, not its address, so forks and new
 * deployments are read too.
 */
export function decodeSwapIntent(input: Hex, value: bigint): SwapIntent | null {
  const v2 = decodeSwapCall(input, value)
  if (v2) return v2Intent(v2)
  return decodeV3RouterCall(input, value) ?? decodeUniversalRouterCall(input) ?? decodeAggregatorCall(input, value)
}
