import {
  concat,
  decodeAbiParameters,
  encodeAbiParameters,
  encodeFunctionData,
  getContractAddress,
  keccak256,
  parseAbi,
  size,
  type Address,
  type Hex,
} from 'viem'
import type { SwapStep } from '../decode/swap-intent/index.js'
import { revertDataOf } from './read-failure.js'
import type { ReadClient } from '../rpc/read-client.js'

/** The init code hash of Uniswap V3 pools: the same for the canonical factory on every chain that has it. */
const V3_POOL_INIT_CODE_HASH = '0xe34f199b19b2b4f47f68442619d555527d244f78a3297ea89325f843f87b8b54'
const MIN_SQRT_RATIO_PLUS_ONE = 4295128740n
const MAX_SQRT_RATIO_MINUS_ONE = 1461446703485210103287273952203159835406415637n

const poolAbi = parseAbi([
  'function swap(address recipient, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, bytes data) returns (int256, int256)',
])

/**
 * A probe that exists only inside one eth_call, through a state override: it calls the pool whose
 * address leads its calldata with the rest, and when the pool calls back for payment it reverts
 * with the two amounts the pool computed — QuoterV2's method, without QuoterV2, so it works on
 * any chain and at any block. Hand-assembled, 66 bytes:
 *   selector == uniswapV3SwapCallback ? revert(calldata[4:68])
 *   : (call(pool = calldata[0:20], calldata[20:]), revert(returndata))
 */
export const QUOTE_PROBE_CODE: Hex =
  '0x60003560e01c63fa461e3314603557366014900380601460003760006000826000600060003560601c5af13d600060003e3d6000fd5b6040600460003760406000fd'
/** An address with no code on any chain, where the probe is placed for the call. */
export const QUOTE_PROBE_ADDRESS: Address = '0x5d0c7000000000000000000000000000005d0c70'

export const v3PoolAddress = (factory: Address, a: Address, b: Address, fee: number): Address => {
  const [token0, token1] = a.toLowerCase() < b.toLowerCase() ? [a, b] : [b, a]
  const salt = keccak256(
    encodeAbiParameters([{ type: 'address' }, { type: 'address' }, { type: 'uint24' }], [token0, token1, fee]),
  )
  return getContractAddress({
    from: factory,
    salt,
    bytecodeHash: V3_POOL_INIT_CODE_HASH,
    opcode: 'CREATE2',
  }).toLowerCase() as Address
}

/** The two amounts a V3 pool would move for one swap at `blockNumber`: positive into the pool, negative out. */
async function probeSwap(
  client: ReadClient,
  pool: Address,
  zeroForOne: boolean,
  amountSpecified: bigint,
  blockNumber: bigint,
): Promise<readonly [bigint, bigint] | null> {
  const swap = encodeFunctionData({
    abi: poolAbi,
    functionName: 'swap',
    args: [
      QUOTE_PROBE_ADDRESS,
      zeroForOne,
      amountSpecified,
      zeroForOne ? MIN_SQRT_RATIO_PLUS_ONE : MAX_SQRT_RATIO_MINUS_ONE,
      '0x',
    ],
  })
  try {
    await client.call({
      to: QUOTE_PROBE_ADDRESS,
      data: concat([pool, swap]),
      blockNumber,
      stateOverride: [{ address: QUOTE_PROBE_ADDRESS, code: QUOTE_PROBE_CODE }],
    })
    return null
  } catch (error) {
    const data = revertDataOf(error)
    if (!data || size(data) !== 64) return null
    return decodeAbiParameters([{ type: 'int256' }, { type: 'int256' }], data)
  }
}

/**
 * What a V3 step's pools would have given for its input (exact-in), or asked for its output
 * (exact-out), at `blockNumber`: hop by hop, each hop one eth_call. Null when a pool does not
 * answer (no such pool, no liquidity, a fork with other pool addresses).
 */
export async function quoteV3Step(
  client: ReadClient,
  { factory, step, blockNumber }: { factory: Address; step: SwapStep; blockNumber: bigint },
): Promise<bigint | null> {
  const tokens = step.path
  if (tokens.some((t) => t === null) || tokens.length !== step.fees.length + 1) return null
  const path = tokens as Address[]
  const exactIn = step.mode === 'exact-in'
  let amount = exactIn ? step.amountIn : step.amountOut
  if (amount === null) return null
  const hops = step.fees.map((fee, i) => ({ tokenIn: path[i] as Address, tokenOut: path[i + 1] as Address, fee }))
  for (const hop of exactIn ? hops : hops.reverse()) {
    const zeroForOne = hop.tokenIn.toLowerCase() < hop.tokenOut.toLowerCase()
    const pool = v3PoolAddress(factory, hop.tokenIn, hop.tokenOut, hop.fee)
    const deltas = await probeSwap(client, pool, zeroForOne, exactIn ? amount : -amount, blockNumber)
    if (!deltas) return null
    const [amount0, amount1] = deltas
    amount = exactIn ? -(zeroForOne ? amount1 : amount0) : zeroForOne ? amount0 : amount1
    if (amount <= 0n) return null
  }
  return amount
}
