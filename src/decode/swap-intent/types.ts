import type { Address } from 'viem'

/** The routers whose calldata says what the user asked for. */
export type RouterKind =
  | 'uniswap-v2-router'
  | 'uniswap-v3-swap-router'
  | 'uniswap-swap-router-02'
  | 'uniswap-universal-router'
  | '1inch-v5'
  | '1inch-v6'
  | '0x-settler'
  | '0x-exchange-proxy'
  | 'paraswap-v6'
  | 'kyberswap'

export const routerNames: Record<RouterKind, string> = {
  'uniswap-v2-router': 'Uniswap V2 Router02',
  'uniswap-v3-swap-router': 'Uniswap V3 SwapRouter',
  'uniswap-swap-router-02': 'Uniswap SwapRouter02',
  'uniswap-universal-router': 'Uniswap Universal Router',
  '1inch-v5': '1inch Aggregation Router v5',
  '1inch-v6': '1inch Aggregation Router v6',
  '0x-settler': '0x Settler',
  '0x-exchange-proxy': '0x Exchange Proxy',
  'paraswap-v6': 'ParaSwap (Velora) Augustus v6',
  kyberswap: 'KyberSwap Meta Aggregation Router v2',
}

/**
 * Who pays a swap's input. `approval`: the router pulls it with transferFrom (an ERC-20 approval to
 * the router). `permit2`: the router pulls it through Permit2 (an approval to Permit2, then a Permit2
 * allowance to the router). `router`: the router pays from what an earlier step left it (wrapped
 * ETH, another swap's output). `eth`: the transaction's value.
 */
export type Payer = 'approval' | 'permit2' | 'router' | 'eth'

/** One swap the calldata asks for: a V2 path, a V3 path, or an aggregator's whole route. */
export type SwapStep = {
  protocol: 'v2' | 'v3' | 'v4' | 'aggregator'
  /** exact-in: the input is fixed and a minimum output asked; exact-out: the reverse. */
  mode: 'exact-in' | 'exact-out'
  /** Tokens in trading order (input first). An aggregator's route names only its ends; null where the calldata does not say. */
  path: (Address | null)[]
  /** V3 pool fees between the tokens (hundredths of a bip: 3000 = 0.3%). */
  fees: number[]
  /** exact-in: the amount paid in, null for "all the router holds"; exact-out: the most the user would pay. */
  amountIn: bigint | null
  /** exact-in: the least accepted; exact-out: the amount wanted. */
  amountOut: bigint
  /** Who receives the output: an address, or `router` (kept for a later step) / `sender`. */
  recipient: Address | 'router' | 'sender'
  payer: Payer
}

/** A Permit2 permit signed by the user and carried in the calldata (Universal Router's PERMIT2_PERMIT). */
export type Permit2Permit = {
  token: Address
  amount: bigint
  /** When the allowance it grants ends (unix seconds). */
  expiration: number
  nonce: number
  spender: Address
  /** When the signature stops being valid (unix seconds). */
  sigDeadline: bigint
  /** Which command of the plan it is. */
  commandIndex: number
}

/** What a swap transaction asked for, read from its calldata alone. */
export type SwapIntent = {
  router: RouterKind
  /** The function or command list called: `exactInputSingle`, `execute: PERMIT2_PERMIT, V3_SWAP_EXACT_IN`. */
  functionName: string
  /** Unix seconds, when the calldata carries one. */
  deadline: bigint | null
  steps: SwapStep[]
  permits: Permit2Permit[]
  /** The user pays with the native coin (the router wraps it). */
  paysWithEth: boolean
  /** The user gets the native coin (the router unwraps WETH). */
  receivesEth: boolean
  /** The least the user accepts of the final output, when the calldata says it apart from the steps (UNWRAP_WETH, SWEEP). */
  finalMinimum: bigint | null
  /** V2 Router02's `…SupportingFeeOnTransferTokens` functions. */
  supportsFeeOnTransfer: boolean
}

/** The token the user pays with and the one they get, as the steps name them. */
export function intentEnds(intent: SwapIntent): { tokenIn: Address | null; tokenOut: Address | null } {
  const first = intent.steps[0]
  const last = intent.steps.at(-1)
  return { tokenIn: first?.path[0] ?? null, tokenOut: last?.path.at(-1) ?? null }
}

/** The step the user pays for from their own tokens (by approval or through Permit2), if any. */
export const payingStep = (intent: SwapIntent | null): SwapStep | undefined =>
  intent?.steps.find((step) => step.payer === 'approval' || step.payer === 'permit2')
