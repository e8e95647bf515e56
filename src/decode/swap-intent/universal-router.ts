import { decodeAbiParameters, decodeFunctionData, hexToBytes, parseAbi, type Address, type Hex } from 'viem'
import type { Permit2Permit, SwapIntent, SwapStep } from './types.js'
import { decodeV3Path } from './v3-path.js'

export const universalRouterAbi = parseAbi([
  'function execute(bytes commands, bytes[] inputs, uint256 deadline) payable',
  'function execute(bytes commands, bytes[] inputs) payable',
  'function V3_POSITION_MANAGER() view returns (address)',
])

/** The Universal Router's command types (Commands.sol, v1.x and v2.x); the top bit allows a command to fail. */
export const urCommands: Record<number, string> = {
  0x00: 'V3_SWAP_EXACT_IN',
  0x01: 'V3_SWAP_EXACT_OUT',
  0x02: 'PERMIT2_TRANSFER_FROM',
  0x03: 'PERMIT2_PERMIT_BATCH',
  0x04: 'SWEEP',
  0x05: 'TRANSFER',
  0x06: 'PAY_PORTION',
  0x08: 'V2_SWAP_EXACT_IN',
  0x09: 'V2_SWAP_EXACT_OUT',
  0x0a: 'PERMIT2_PERMIT',
  0x0b: 'WRAP_ETH',
  0x0c: 'UNWRAP_WETH',
  0x0d: 'PERMIT2_TRANSFER_FROM_BATCH',
  0x0e: 'BALANCE_CHECK_ERC20',
  0x10: 'V4_SWAP',
  0x11: 'V3_POSITION_MANAGER_PERMIT',
  0x12: 'V3_POSITION_MANAGER_CALL',
  0x13: 'V4_INITIALIZE_POOL',
  0x14: 'V4_POSITION_MANAGER_CALL',
  0x21: 'EXECUTE_SUB_PLAN',
}

const MSG_SENDER = '0x0000000000000000000000000000000000000001'
const ADDRESS_THIS = '0x0000000000000000000000000000000000000002'
/** An amount of 2^255 means "the router's whole balance of the token". */
const CONTRACT_BALANCE = 1n << 255n

const recipientOf = (address: Address): SwapStep['recipient'] =>
  address === MSG_SENDER ? 'sender' : address === ADDRESS_THIS ? 'router' : (address.toLowerCase() as Address)

const V3_SWAP = [
  { type: 'address' },
  { type: 'uint256' },
  { type: 'uint256' },
  { type: 'bytes' },
  { type: 'bool' },
] as const
const V2_SWAP = [
  { type: 'address' },
  { type: 'uint256' },
  { type: 'uint256' },
  { type: 'address[]' },
  { type: 'bool' },
] as const
const PERMIT_DETAILS = {
  type: 'tuple',
  components: [
    { type: 'address', name: 'token' },
    { type: 'uint160', name: 'amount' },
    { type: 'uint48', name: 'expiration' },
    { type: 'uint48', name: 'nonce' },
  ],
} as const
const PERMIT_SINGLE = [
  {
    type: 'tuple',
    components: [
      { ...PERMIT_DETAILS, name: 'details' },
      { type: 'address', name: 'spender' },
      { type: 'uint256', name: 'sigDeadline' },
    ],
  },
  { type: 'bytes' },
] as const
const PERMIT_BATCH = [
  {
    type: 'tuple',
    components: [
      { type: 'tuple[]', name: 'details', components: PERMIT_DETAILS.components },
      { type: 'address', name: 'spender' },
      { type: 'uint256', name: 'sigDeadline' },
    ],
  },
  { type: 'bytes' },
] as const
const TOKEN_RECIPIENT_AMOUNT = [{ type: 'address' }, { type: 'address' }, { type: 'uint256' }] as const
const RECIPIENT_AMOUNT = [{ type: 'address' }, { type: 'uint256' }] as const
const SUB_PLAN = [{ type: 'bytes' }, { type: 'bytes[]' }] as const

type Plan = {
  names: string[]
  steps: SwapStep[]
  permits: Permit2Permit[]
  wrapsEth: boolean
  receivesEth: boolean
  finalMinimum: bigint | null
}

/** Parses a Universal Router `execute` (sub-plans included); null for anything else. Pure. */
export function decodeUniversalRouterCall(input: Hex): SwapIntent | null {
  let call
  try {
    call = decodeFunctionData({ abi: universalRouterAbi, data: input })
  } catch {
    return null
  }
  if (call.functionName !== 'execute') return null
  const [commands, inputs, deadline] = call.args as readonly [Hex, readonly Hex[], bigint?]
  const plan: Plan = { names: [], steps: [], permits: [], wrapsEth: false, receivesEth: false, finalMinimum: null }
  readPlan(commands, inputs, plan, '')
  return {
    router: 'uniswap-universal-router',
    functionName: `execute: ${plan.names.join(', ')}`,
    deadline: deadline ?? null,
    steps: plan.steps,
    permits: plan.permits,
    paysWithEth: plan.wrapsEth,
    receivesEth: plan.receivesEth,
    finalMinimum: plan.finalMinimum,
    supportsFeeOnTransfer: false,
  }
}

function readPlan(commands: Hex, inputs: readonly Hex[], plan: Plan, prefix: string): void {
  hexToBytes(commands).forEach((byte, index) => {
    const type = byte & 0x3f
    const name = urCommands[type] ?? `0x${type.toString(16).padStart(2, '0')}`
    plan.names.push(`${prefix}${name}`)
    const data = inputs[index]
    if (!data) return
    try {
      readCommand(type, data, plan, prefix ? -1 : index)
    } catch {
      // A command whose input does not decode is named, not read.
    }
  })
}

function readCommand(type: number, data: Hex, plan: Plan, index: number): void {
  switch (type) {
    case 0x00:
    case 0x01: {
      const [recipient, a, b, path, payerIsUser] = decodeAbiParameters(V3_SWAP, data)
      const exactOut = type === 0x01
      const route = decodeV3Path(path, exactOut)
      if (!route) return
      plan.steps.push(step('v3', exactOut, route.tokens, route.fees, a, b, recipient, payerIsUser))
      return
    }
    case 0x08:
    case 0x09: {
      const [recipient, a, b, path, payerIsUser] = decodeAbiParameters(V2_SWAP, data)
      const tokens = path.map((t) => t.toLowerCase() as Address)
      plan.steps.push(step('v2', type === 0x09, tokens, [], a, b, recipient, payerIsUser))
      return
    }
    case 0x0a: {
      const [permit] = decodeAbiParameters(PERMIT_SINGLE, data)
      plan.permits.push(toPermit(permit.details, permit.spender, permit.sigDeadline, index))
      return
    }
    case 0x03: {
      const [batch] = decodeAbiParameters(PERMIT_BATCH, data)
      for (const details of batch.details) plan.permits.push(toPermit(details, batch.spender, batch.sigDeadline, index))
      return
    }
    case 0x0b:
      plan.wrapsEth = true
      return
    case 0x0c: {
      const [, amountMin] = decodeAbiParameters(RECIPIENT_AMOUNT, data)
      plan.receivesEth = true
      plan.finalMinimum = amountMin
      return
    }
    case 0x04: {
      const [, , amountMin] = decodeAbiParameters(TOKEN_RECIPIENT_AMOUNT, data)
      plan.finalMinimum = amountMin
      return
    }
    case 0x21: {
      const [commands, inputs] = decodeAbiParameters(SUB_PLAN, data)
      readPlan(commands, inputs, plan, 'sub-plan ')
      return
    }
    case 0x10:
      plan.steps.push(...decodeV4Swap(data))
      return
  }
}

function step(
  protocol: 'v2' | 'v3',
  exactOut: boolean,
  tokens: Address[],
  fees: number[],
  a: bigint,
  b: bigint,
  recipient: Address,
  payerIsUser: boolean,
): SwapStep {
  const amountIn = exactOut ? b : a
  return {
    protocol,
    mode: exactOut ? 'exact-out' : 'exact-in',
    path: tokens,
    fees,
    amountIn: amountIn === CONTRACT_BALANCE ? null : amountIn,
    amountOut: exactOut ? a : b,
    recipient: recipientOf(recipient),
    payer: payerIsUser ? 'permit2' : 'router',
  }
}

const toPermit = (
  details: { token: Address; amount: bigint; expiration: number; nonce: number },
  spender: Address,
  sigDeadline: bigint,
  commandIndex: number,
): Permit2Permit => ({
  token: details.token.toLowerCase() as Address,
  amount: details.amount,
  expiration: Number(details.expiration),
  nonce: Number(details.nonce),
  spender: spender.toLowerCase() as Address,
  sigDeadline,
  commandIndex,
})

/** V4Router actions that swap (v4-periphery Actions.sol). */
const V4 = { SWAP_EXACT_IN_SINGLE: 0x06, SWAP_EXACT_IN: 0x07, SWAP_EXACT_OUT_SINGLE: 0x08, SWAP_EXACT_OUT: 0x09 }
const POOL_KEY = {
  type: 'tuple',
  components: [
    { type: 'address', name: 'currency0' },
    { type: 'address', name: 'currency1' },
    { type: 'uint24', name: 'fee' },
    { type: 'int24', name: 'tickSpacing' },
    { type: 'address', name: 'hooks' },
  ],
} as const
const PATH_KEY = {
  type: 'tuple[]',
  components: [
    { type: 'address', name: 'intermediateCurrency' },
    { type: 'uint24', name: 'fee' },
    { type: 'int24', name: 'tickSpacing' },
    { type: 'address', name: 'hooks' },
    { type: 'bytes', name: 'hookData' },
  ],
} as const

/** A V4_SWAP command: its swap actions' tokens and limits (native ETH is the zero address in V4). */
function decodeV4Swap(data: Hex): SwapStep[] {
  const [actions, params] = decodeAbiParameters([{ type: 'bytes' }, { type: 'bytes[]' }], data)
  const steps: SwapStep[] = []
  hexToBytes(actions).forEach((action, i) => {
    const param = params[i]
    if (!param) return
    const v4Step = (exactOut: boolean, path: Address[], fees: number[], amountIn: bigint, amountOut: bigint) =>
      steps.push({
        protocol: 'v4',
        mode: exactOut ? 'exact-out' : 'exact-in',
        path: path.map((t) => t.toLowerCase() as Address),
        fees,
        amountIn: amountIn === 0n && !exactOut ? null : amountIn,
        amountOut,
        recipient: 'router',
        payer: 'permit2',
      })
    if (action === V4.SWAP_EXACT_IN_SINGLE || action === V4.SWAP_EXACT_OUT_SINGLE) {
      const [p] = decodeAbiParameters(
        [
          {
            type: 'tuple',
            components: [
              { ...POOL_KEY, name: 'poolKey' },
              { type: 'bool', name: 'zeroForOne' },
              { type: 'uint128', name: 'amountA' },
              { type: 'uint128', name: 'amountB' },
              { type: 'bytes', name: 'hookData' },
            ],
          },
        ],
        param,
      )
      const { currency0, currency1, fee } = p.poolKey
      const path = p.zeroForOne ? [currency0, currency1] : [currency1, currency0]
      const exactOut = action === V4.SWAP_EXACT_OUT_SINGLE
      // exact-in: (amountIn, amountOutMinimum); exact-out: (amountOut, amountInMaximum).
      v4Step(exactOut, path, [fee], exactOut ? p.amountB : p.amountA, exactOut ? p.amountA : p.amountB)
    } else if (action === V4.SWAP_EXACT_IN || action === V4.SWAP_EXACT_OUT) {
      const exactOut = action === V4.SWAP_EXACT_OUT
      const [p] = decodeAbiParameters(
        [
          {
            type: 'tuple',
            components: [
              { type: 'address', name: 'currency' },
              { ...PATH_KEY, name: 'path' },
              { type: 'uint128', name: 'amountA' },
              { type: 'uint128', name: 'amountB' },
            ],
          },
        ],
        param,
      )
      const hops = p.path.map((k) => k.intermediateCurrency)
      // exact-in: currencyIn then the path's currencies; exact-out: the path leads back to currencyOut.
      const path = exactOut ? [...hops, p.currency] : [p.currency, ...hops]
      v4Step(
        exactOut,
        path,
        p.path.map((k) => k.fee),
        exactOut ? p.amountB : p.amountA,
        exactOut ? p.amountA : p.amountB,
      )
    }
  })
  return steps
}
