import { decodeFunctionData, parseAbi, type Address, type Hex } from 'viem'

/** Uniswap V2 Router02's swap functions; PancakeSwap's and SushiSwap's V2 routers share them. */
export const v2RouterAbi = parseAbi([
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)',
  'function swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapTokensForExactETH(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)',
  'function swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapETHForExactTokens(uint256 amountOut, address[] path, address to, uint256 deadline)',
  'function swapExactTokensForTokensSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapExactETHForTokensSupportingFeeOnTransferTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapExactTokensForETHSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function getAmountsOut(uint256 amountIn, address[] path) view returns (uint256[] amounts)',
  'function getAmountsIn(uint256 amountOut, address[] path) view returns (uint256[] amounts)',
])

export type SwapCall = {
  functionName: string
  /** exact-in: the input is fixed and a minimum output asked; exact-out: the reverse. */
  mode: 'exact-in' | 'exact-out'
  /** Fixed input (exact-in) or most the user would pay (exact-out). */
  amountIn: bigint
  /** Least the user accepts (exact-in) or the fixed output (exact-out). */
  amountOut: bigint
  path: Address[]
  to: Address
  deadline: bigint
  paysWithEth: boolean
  supportsFeeOnTransfer: boolean
}

/** Parses a V2-router swap from a transaction's input; null for anything else. Pure. */
export function decodeSwapCall(input: Hex, value: bigint): SwapCall | null {
  let decoded
  try {
    decoded = decodeFunctionData({ abi: v2RouterAbi, data: input })
  } catch {
    return null
  }
  const name = decoded.functionName
  if (!name.startsWith('swap')) return null
  const args = decoded.args as readonly unknown[]
  const paysWithEth = name.startsWith('swapExactETH') || name.startsWith('swapETH')
  const exactOut =
    name === 'swapTokensForExactTokens' || name === 'swapTokensForExactETH' || name === 'swapETHForExactTokens'
  // Arguments by position, as the ABI lays them out: (amount, amount?, path, to, deadline).
  const [path, to, deadline] = args.slice(-3) as [Address[], Address, bigint]
  const amounts = args.slice(0, -3) as bigint[]
  const amountIn = paysWithEth ? value : exactOut ? (amounts[1] as bigint) : (amounts[0] as bigint)
  const amountOut = exactOut ? (amounts[0] as bigint) : (amounts[amounts.length - 1] as bigint)
  return {
    functionName: name,
    mode: exactOut ? 'exact-out' : 'exact-in',
    amountIn,
    amountOut,
    path,
    to,
    deadline,
    paysWithEth,
    supportsFeeOnTransfer: name.endsWith('SupportingFeeOnTransferTokens'),
  }
}
