import { erc20Abi, type Address, type PublicClient } from 'viem'
import { v2RouterAbi, type SwapCall } from '../decode/swap-call.js'
import type { SwapState } from './schema.js'
import { optionalRead } from './optional-read.js'

/**
 * What the router and the input token said at the parent block (eth_call): what the pool would
 * have given for the amount asked, and the sender's allowance and balance of what it pays with.
 * Each read may fail (no historical state): that leaves a gap, not an error.
 */
export async function readSwapState(
  client: PublicClient,
  { router, sender, swap, blockNumber }: { router: Address; sender: Address; swap: SwapCall; blockNumber: bigint },
): Promise<SwapState> {
  const input = swap.path[0] as Address
  const [amounts, allowance, balance] = await Promise.all([
    optionalRead(
      client.readContract({
        address: router,
        abi: v2RouterAbi,
        functionName: swap.mode === 'exact-in' ? 'getAmountsOut' : 'getAmountsIn',
        args: [swap.mode === 'exact-in' ? swap.amountIn : swap.amountOut, swap.path],
        blockNumber,
      }),
    ),
    swap.paysWithEth
      ? null
      : optionalRead(
          client.readContract({
            address: input,
            abi: erc20Abi,
            functionName: 'allowance',
            args: [sender, router],
            blockNumber,
          }),
        ),
    swap.paysWithEth
      ? optionalRead(client.getBalance({ address: sender, blockNumber }))
      : optionalRead(
          client.readContract({
            address: input,
            abi: erc20Abi,
            functionName: 'balanceOf',
            args: [sender],
            blockNumber,
          }),
        ),
  ])
  return { amounts: amounts ? [...amounts] : null, allowance, balance }
}
