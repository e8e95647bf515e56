// @ts-check
/**
 * The routers people swap through today, real and unmodified, for tests and the demo: Uniswap V3
 * core and periphery (factory, NonfungiblePositionManager, SwapRouter, QuoterV2) from
 * @uniswap/v3-core and @uniswap/v3-periphery, SwapRouter02 from @uniswap/swap-router-contracts,
 * the Universal Router 2.0.0 from @uniswap/universal-router, and Permit2 at its canonical address
 * with the runtime code that package ships (lib/permit2/test/utils/DeployPermit2.sol, which puts
 * it there with vm.etch, as anvil_setCode does here). Transactions are built as apps build them:
 * a QuoterV2 quote less 0.5% slippage, EIP-712 Permit2 permits signed with viem, command lists.
 * Test-side code: the tool itself never sends.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { concat, encodeAbiParameters, encodePacked, erc20Abi, maxUint256, numberToHex, parseAbi } from 'viem'
import { artifact, deploy } from './devnode.js'

const require = createRequire(import.meta.url)

/** Permit2 lives at the same address on every chain. */
export const PERMIT2 = /** @type {`0x${string}`} */ ('0x000000000022D473030F116dDEE9F6B43aC78BA3')
export const FEE = 3000
const TICK_SPACING = 60
const FULL_RANGE = 887220 - (887220 % TICK_SPACING)
/** The Universal Router's placeholders for "the caller" and "the router itself". */
export const MSG_SENDER = /** @type {`0x${string}`} */ ('0x0000000000000000000000000000000000000001')
export const ADDRESS_THIS = /** @type {`0x${string}`} */ ('0x0000000000000000000000000000000000000002')

const v3 = {
  factory: () => artifact('@uniswap/v3-core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json'),
  pool: () => artifact('@uniswap/v3-core/artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json'),
  positionManager: () =>
    artifact(
      '@uniswap/v3-periphery/artifacts/contracts/NonfungiblePositionManager.sol/NonfungiblePositionManager.json',
    ),
  swapRouter: () => artifact('@uniswap/v3-periphery/artifacts/contracts/SwapRouter.sol/SwapRouter.json'),
  quoterV2: () => artifact('@uniswap/v3-periphery/artifacts/contracts/lens/QuoterV2.sol/QuoterV2.json'),
  swapRouter02: () => artifact('@uniswap/swap-router-contracts/artifacts/contracts/SwapRouter02.sol/SwapRouter02.json'),
  universalRouter: () =>
    artifact('@uniswap/universal-router/artifacts/contracts/UniversalRouter.sol/UniversalRouter.json'),
}
export const v3Abis = {
  positionManager: v3.positionManager().abi,
  swapRouter: v3.swapRouter().abi,
  swapRouter02: v3.swapRouter02().abi,
  quoterV2: v3.quoterV2().abi,
  universalRouter: v3.universalRouter().abi,
  pool: v3.pool().abi,
}

/**
 * Permit2's runtime code as @uniswap/universal-router ships it. Its two immutables are what its
 * constructor wrote in the forge test that built it: chain id 31337 and the domain separator of
 * another address. On a chain whose id differs, Permit2 computes the separator for its own
 * address instead; so that it does here too (anvil's id is 31337), the cached chain id is set to
 * 0 — the only change, and one no real deployment's signatures can tell from the original.
 * @returns {`0x${string}`}
 */
export function permit2Code() {
  const file = require.resolve('@uniswap/universal-router/lib/permit2/test/utils/DeployPermit2.sol')
  const match = /hex"([0-9a-f]+)"/.exec(readFileSync(file, 'utf8'))
  if (!match?.[1]) throw new Error('no Permit2 bytecode in DeployPermit2.sol')
  const cachedChainId = `467f${(31337).toString(16).padStart(64, '0')}` // CHAINID PUSH32 <immutable>
  if (match[1].split(cachedChainId).length !== 2) throw new Error('Permit2 code: cached chain id not found once')
  return `0x${match[1].replace(cachedChainId, `467f${'0'.repeat(64)}`)}`
}

export const permit2Abi = parseAbi([
  'function approve(address token, address spender, uint160 amount, uint48 expiration)',
  'function allowance(address owner, address token, address spender) view returns (uint160 amount, uint48 expiration, uint48 nonce)',
])

/**
 * V3 factory, position manager, SwapRouter, QuoterV2, SwapRouter02, Permit2 and the Universal
 * Router, beside an existing V2 factory and WETH9.
 * @param {import('./devnode.js').DevWallet} wallet
 * @param {{ request: (method: string, params?: unknown[]) => Promise<any> }} node
 * @param {{ weth: `0x${string}`, factory: `0x${string}` }} v2
 */
export async function deployUniswapV3(wallet, node, v2) {
  const zero = '0x0000000000000000000000000000000000000000'
  const factory = await deploy(wallet, v3.factory())
  const positionManager = await deploy(wallet, v3.positionManager(), [factory, v2.weth, zero])
  const swapRouter = await deploy(wallet, v3.swapRouter(), [factory, v2.weth])
  const quoterV2 = await deploy(wallet, v3.quoterV2(), [factory, v2.weth])
  const swapRouter02 = await deploy(wallet, v3.swapRouter02(), [v2.factory, factory, positionManager, v2.weth])
  await node.request('anvil_setCode', [PERMIT2, permit2Code()])
  const universalRouter = await deploy(wallet, v3.universalRouter(), [
    {
      permit2: PERMIT2,
      weth9: v2.weth,
      v2Factory: v2.factory,
      v3Factory: factory,
      // The init code hashes of the npm builds, which are those of the mainnet deployments.
      pairInitCodeHash: '0x96e8ac4277198ff8b6f785478aa9a39f403cb768dd02cbee326c3e7da348845f',
      poolInitCodeHash: '0xe34f199b19b2b4f47f68442619d555527d244f78a3297ea89325f843f87b8b54',
      v4PoolManager: zero,
      v3NFTPositionManager: positionManager,
      v4PositionManager: zero,
    },
  ])
  return { factory, positionManager, swapRouter, quoterV2, swapRouter02, universalRouter, weth: v2.weth }
}

/** @typedef {Awaited<ReturnType<typeof deployUniswapV3>>} UniswapV3 */

/** @param {bigint} n */
function sqrt(n) {
  if (n < 2n) return n
  let x = n
  let y = (x + 1n) / 2n
  while (y < x) [x, y] = [y, (y + n / y) / 2n]
  return x
}

/**
 * A 0.3% pool for two tokens at the price their amounts set, with full-range liquidity minted
 * through the NonfungiblePositionManager, as the Uniswap app adds it. Returns the mint's hash.
 * @param {import('./devnode.js').DevWallet} wallet
 * @param {UniswapV3} world
 * @param {{ token: `0x${string}`, amount: bigint }} a
 * @param {{ token: `0x${string}`, amount: bigint }} b
 */
export async function addLiquidityV3(wallet, world, a, b) {
  const [first, second] = a.token.toLowerCase() < b.token.toLowerCase() ? [a, b] : [b, a]
  const send = async (/** @type {any} */ request) => {
    const hash = await wallet.writeContract({ chain: null, ...request })
    const receipt = await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
    if (receipt.status !== 'success') throw new Error(`${request.functionName} failed`)
    return hash
  }
  for (const { token } of [first, second]) {
    await send({
      address: token,
      abi: erc20Abi,
      functionName: 'approve',
      args: [world.positionManager, maxUint256],
    })
  }
  const price = sqrt((second.amount << 192n) / first.amount)
  await send({
    address: world.positionManager,
    abi: v3Abis.positionManager,
    functionName: 'createAndInitializePoolIfNecessary',
    args: [first.token, second.token, FEE, price],
  })
  return send({
    // A gas limit of its own, not the estimate: a pool's first touch in a new block writes an oracle
    // observation, so a mint estimated within the second of the pool's initialisation and mined in
    // the next one needs more gas than estimated (it ran out, now and then, on a busy machine).
    gas: 2_000_000n,
    address: world.positionManager,
    abi: v3Abis.positionManager,
    functionName: 'mint',
    args: [
      {
        token0: first.token,
        token1: second.token,
        fee: FEE,
        tickLower: -FULL_RANGE,
        tickUpper: FULL_RANGE,
        amount0Desired: first.amount,
        amount1Desired: second.amount,
        amount0Min: 0n,
        amount1Min: 0n,
        recipient: wallet.account.address,
        deadline: 2n ** 40n,
      },
    ],
  })
}

/** A V3 path: token, fee, token, … packed. @param {`0x${string}`[]} tokens */
export const v3Path = (tokens) =>
  concat(tokens.flatMap((token, i) => (i === 0 ? [token] : [encodePacked(['uint24'], [FEE]), token])))

/**
 * What the app shows before a swap: QuoterV2's amount out (an eth_call), and the minimum it sends
 * with 0.5% slippage.
 * @param {import('./devnode.js').DevWallet} wallet
 * @param {UniswapV3} world
 * @param {{ tokenIn: `0x${string}`, tokenOut: `0x${string}`, amountIn: bigint }} swap
 */
export async function quoteWithSlippage(wallet, world, swap) {
  const { result } = await wallet.simulateContract({
    address: world.quoterV2,
    abi: v3Abis.quoterV2,
    functionName: 'quoteExactInputSingle',
    args: [
      { tokenIn: swap.tokenIn, tokenOut: swap.tokenOut, amountIn: swap.amountIn, fee: FEE, sqrtPriceLimitX96: 0n },
    ],
  })
  const quoted = /** @type {readonly [bigint, ...unknown[]]} */ (result)[0]
  return { quoted, minimum: (quoted * 995n) / 1000n }
}

/** The Universal Router's command bytes. */
export const Command = {
  V3_SWAP_EXACT_IN: 0x00,
  V3_SWAP_EXACT_OUT: 0x01,
  PERMIT2_TRANSFER_FROM: 0x02,
  SWEEP: 0x04,
  TRANSFER: 0x05,
  PAY_PORTION: 0x06,
  V2_SWAP_EXACT_IN: 0x08,
  V2_SWAP_EXACT_OUT: 0x09,
  PERMIT2_PERMIT: 0x0a,
  WRAP_ETH: 0x0b,
  UNWRAP_WETH: 0x0c,
  EXECUTE_SUB_PLAN: 0x21,
}

const PERMIT_SINGLE = {
  type: 'tuple',
  components: [
    {
      type: 'tuple',
      name: 'details',
      components: [
        { type: 'address', name: 'token' },
        { type: 'uint160', name: 'amount' },
        { type: 'uint48', name: 'expiration' },
        { type: 'uint48', name: 'nonce' },
      ],
    },
    { type: 'address', name: 'spender' },
    { type: 'uint256', name: 'sigDeadline' },
  ],
}

/** Each command's input, ABI-encoded as the Universal Router reads it. */
export const input = {
  /** @param {`0x${string}`} recipient @param {bigint} amountIn @param {bigint} amountOutMin @param {`0x${string}`} path @param {boolean} payerIsUser */
  v3ExactIn: (recipient, amountIn, amountOutMin, path, payerIsUser) =>
    encodeAbiParameters(
      [{ type: 'address' }, { type: 'uint256' }, { type: 'uint256' }, { type: 'bytes' }, { type: 'bool' }],
      [recipient, amountIn, amountOutMin, path, payerIsUser],
    ),
  /** @param {`0x${string}`} recipient @param {bigint} amountIn @param {bigint} amountOutMin @param {`0x${string}`[]} path @param {boolean} payerIsUser */
  v2ExactIn: (recipient, amountIn, amountOutMin, path, payerIsUser) =>
    encodeAbiParameters(
      [{ type: 'address' }, { type: 'uint256' }, { type: 'uint256' }, { type: 'address[]' }, { type: 'bool' }],
      [recipient, amountIn, amountOutMin, path, payerIsUser],
    ),
  /** @param {`0x${string}`} recipient @param {bigint} amount */
  wrapEth: (recipient, amount) => encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [recipient, amount]),
  /** @param {`0x${string}`} recipient @param {bigint} amountMin */
  unwrapWeth: (recipient, amountMin) =>
    encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [recipient, amountMin]),
  /** @param {`0x${string}`} token @param {`0x${string}`} recipient @param {bigint} amountMin */
  sweep: (token, recipient, amountMin) =>
    encodeAbiParameters([{ type: 'address' }, { type: 'address' }, { type: 'uint256' }], [token, recipient, amountMin]),
  /** @param {`0x${string}`} token @param {`0x${string}`} recipient @param {bigint} bips */
  payPortion: (token, recipient, bips) =>
    encodeAbiParameters([{ type: 'address' }, { type: 'address' }, { type: 'uint256' }], [token, recipient, bips]),
  /** @param {ReturnType<typeof permitSingle>} permit @param {`0x${string}`} signature */
  permit2Permit: (permit, signature) =>
    encodeAbiParameters(/** @type {any} */ ([PERMIT_SINGLE, { type: 'bytes' }]), [permit, signature]),
  /** @param {number[]} commands @param {`0x${string}`[]} inputs */
  subPlan: (commands, inputs) =>
    encodeAbiParameters([{ type: 'bytes' }, { type: 'bytes[]' }], [commandBytes(commands), inputs]),
}

/** @param {number[]} commands */
export const commandBytes = (commands) => concat(commands.map((c) => numberToHex(c, { size: 1 })))

/**
 * A Permit2 PermitSingle as the Uniswap app asks a wallet to sign it: the router may spend
 * `amount` until `expiration`, the signature valid until `sigDeadline`.
 * @param {{ token: `0x${string}`, amount: bigint, expiration: number, nonce: number, spender: `0x${string}`, sigDeadline: bigint }} p
 */
export const permitSingle = (p) => ({
  details: { token: p.token, amount: p.amount, expiration: p.expiration, nonce: p.nonce },
  spender: p.spender,
  sigDeadline: p.sigDeadline,
})

/**
 * The EIP-712 signature a wallet makes for a PermitSingle (eth_signTypedData_v4).
 * @param {import('./devnode.js').DevWallet} wallet
 * @param {number} chainId
 * @param {ReturnType<typeof permitSingle>} permit
 */
export const signPermit = (wallet, chainId, permit) =>
  wallet.signTypedData({
    domain: { name: 'Permit2', chainId, verifyingContract: PERMIT2 },
    types: {
      PermitSingle: [
        { name: 'details', type: 'PermitDetails' },
        { name: 'spender', type: 'address' },
        { name: 'sigDeadline', type: 'uint256' },
      ],
      PermitDetails: [
        { name: 'token', type: 'address' },
        { name: 'amount', type: 'uint160' },
        { name: 'expiration', type: 'uint48' },
        { name: 'nonce', type: 'uint48' },
      ],
    },
    primaryType: 'PermitSingle',
    message: permit,
  })
