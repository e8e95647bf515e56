import { decodeFunctionData, parseAbi, type Address, type Hex } from 'viem'
import type { RouterKind, SwapIntent, SwapStep } from './types.js'
import { decodeV3Path } from './v3-path.js'

/**
 * Uniswap V3's SwapRouter (v3-periphery: a deadline in every struct) and SwapRouter02
 * (swap-router-contracts: no deadline in the structs, one on `multicall` instead, V2 swaps too).
 * Their selectors differ, so one table reads both.
 */
export const v3RouterAbi = parseAbi([
  // SwapRouter (v3-periphery 1.x)
  'function exactInputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 deadline, uint256 amountIn, uint256 amountOutMinimum, uint160 sqrtPriceLimitX96) params) payable returns (uint256)',
  'function exactInput((bytes path, address recipient, uint256 deadline, uint256 amountIn, uint256 amountOutMinimum) params) payable returns (uint256)',
  'function exactOutputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 deadline, uint256 amountOut, uint256 amountInMaximum, uint160 sqrtPriceLimitX96) params) payable returns (uint256)',
  'function exactOutput((bytes path, address recipient, uint256 deadline, uint256 amountOut, uint256 amountInMaximum) params) payable returns (uint256)',
  // SwapRouter02 (swap-router-contracts 1.x)
  'function exactInputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 amountIn, uint256 amountOutMinimum, uint160 sqrtPriceLimitX96) params) payable returns (uint256)',
  'function exactInput((bytes path, address recipient, uint256 amountIn, uint256 amountOutMinimum) params) payable returns (uint256)',
  'function exactOutputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 amountOut, uint256 amountInMaximum, uint160 sqrtPriceLimitX96) params) payable returns (uint256)',
  'function exactOutput((bytes path, address recipient, uint256 amountOut, uint256 amountInMaximum) params) payable returns (uint256)',
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to) payable returns (uint256)',
  'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to) payable returns (uint256)',
  'function multicall(uint256 deadline, bytes[] data) payable returns (bytes[])',
  'function multicall(bytes32 previousBlockhash, bytes[] data) payable returns (bytes[])',
  'function multicall(bytes[] data) payable returns (bytes[])',
  // Payments, in both.
  'function unwrapWETH9(uint256 amountMinimum, address recipient) payable',
  'function unwrapWETH9(uint256 amountMinimum) payable',
  'function sweepToken(address token, uint256 amountMinimum, address recipient) payable',
  'function sweepToken(address token, uint256 amountMinimum) payable',
  'function wrapETH(uint256 value) payable',
  'function refundETH() payable',
  'function pull(address token, uint256 value) payable',
  'function factory() view returns (address)',
])

/** SwapRouter02's stand-ins for "the caller" and "the router itself" as a recipient. */
const MSG_SENDER = '0x0000000000000000000000000000000000000001'
const ADDRESS_THIS = '0x0000000000000000000000000000000000000002'

const recipientOf = (address: Address): SwapStep['recipient'] =>
  address === MSG_SENDER ? 'sender' : address === ADDRESS_THIS ? 'router' : (address.toLowerCase() as Address)

type Call = { functionName: string; args: readonly unknown[] }
type Parts = {
  steps: SwapStep[]
  deadline: bigint | null
  receivesEth: boolean
  finalMinimum: bigint | null
  v02: boolean
}

/** Parses a call to SwapRouter or SwapRouter02, `multicall` included; null for anything else. Pure. */
export function decodeV3RouterCall(input: Hex, value: bigint): SwapIntent | null {
  let call: Call
  try {
    call = decodeFunctionData({ abi: v3RouterAbi, data: input })
  } catch {
    return null
  }
  const parts: Parts = { steps: [], deadline: null, receivesEth: false, finalMinimum: null, v02: false }
  const names: string[] = []
  if (call.functionName === 'multicall') {
    const [first, data] = call.args.length === 2 ? call.args : [null, call.args[0]]
    if (typeof first === 'bigint') {
      parts.deadline = first
      parts.v02 = true
    } else if (typeof first === 'string') parts.v02 = true
    for (const inner of data as Hex[]) {
      try {
        const decoded = decodeFunctionData({ abi: v3RouterAbi, data: inner }) as Call
        if (decoded.functionName === 'multicall') return null
        names.push(decoded.functionName)
        readCall(decoded, parts)
      } catch {
        names.push('unknown')
      }
    }
  } else {
    names.push(call.functionName)
    readCall(call, parts)
  }
  if (parts.steps.length === 0) return null
  const paysWithEth = value > 0n
  for (const step of parts.steps) {
    if (step.payer === 'approval' && paysWithEth) step.payer = 'eth'
  }
  const router: RouterKind = parts.v02 ? 'uniswap-swap-router-02' : 'uniswap-v3-swap-router'
  return {
    router,
    functionName: call.functionName === 'multicall' ? `multicall: ${names.join(', ')}` : call.functionName,
    deadline: parts.deadline,
    steps: parts.steps,
    permits: [],
    paysWithEth,
    receivesEth: parts.receivesEth,
    finalMinimum: parts.finalMinimum,
    supportsFeeOnTransfer: false,
  }
}

function readCall(call: Call, parts: Parts): void {
  const name = call.functionName
  if (name.startsWith('exact')) {
    const p = call.args[0] as Record<string, unknown>
    const exactOut = name.startsWith('exactOutput')
    if ('deadline' in p) parts.deadline = p.deadline as bigint
    else parts.v02 = true
    const route = name.endsWith('Single')
      ? { tokens: [p.tokenIn, p.tokenOut].map((t) => (t as string).toLowerCase() as Address), fees: [Number(p.fee)] }
      : decodeV3Path(p.path as Hex, exactOut)
    if (!route) return
    const amountIn = (exactOut ? p.amountInMaximum : p.amountIn) as bigint
    // SwapRouter02 reads an amountIn of 0 as "what the router holds" (an earlier call's output).
    const fromRouter = parts.v02 && !exactOut && amountIn === 0n
    parts.steps.push({
      protocol: 'v3',
      mode: exactOut ? 'exact-out' : 'exact-in',
      path: route.tokens,
      fees: route.fees,
      amountIn: fromRouter ? null : amountIn,
      amountOut: (exactOut ? p.amountOut : p.amountOutMinimum) as bigint,
      recipient: recipientOf(p.recipient as Address),
      payer: fromRouter ? 'router' : 'approval',
    })
  } else if (name === 'swapExactTokensForTokens' || name === 'swapTokensForExactTokens') {
    parts.v02 = true
    const [a, b, path, to] = call.args as [bigint, bigint, Address[], Address]
    const exactOut = name === 'swapTokensForExactTokens'
    const fromRouter = !exactOut && a === 0n
    parts.steps.push({
      protocol: 'v2',
      mode: exactOut ? 'exact-out' : 'exact-in',
      path: path.map((t) => t.toLowerCase() as Address),
      fees: [],
      amountIn: exactOut ? b : fromRouter ? null : a,
      amountOut: exactOut ? a : b,
      recipient: recipientOf(to),
      payer: fromRouter ? 'router' : 'approval',
    })
  } else if (name === 'unwrapWETH9') {
    parts.receivesEth = true
    parts.finalMinimum = call.args[0] as bigint
    if (call.args.length === 1) parts.v02 = true
  } else if (name === 'sweepToken') {
    parts.finalMinimum = call.args[1] as bigint
    if (call.args.length === 2) parts.v02 = true
  } else if (name === 'wrapETH' || name === 'pull') {
    parts.v02 = true
  }
}
