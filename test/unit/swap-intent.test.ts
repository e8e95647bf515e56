import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { encodeAbiParameters, encodeFunctionData, parseAbi, parseEther, slice, toFunctionSelector } from 'viem'
import { decodeSwapIntent, intentEnds } from '../../src/decode/swap-intent/index.js'
import { commandBytes, input, permitSingle, v3Path } from '../support/uniswap-v3.js'

const require = createRequire(import.meta.url)
// The routers' own ABIs from their npm builds: the calldata is encoded as apps encode it.
const abiOf = (path: string) => (require(path) as { abi: any[] }).abi
const swapRouter = abiOf('@uniswap/v3-periphery/artifacts/contracts/SwapRouter.sol/SwapRouter.json')
const swapRouter02 = abiOf('@uniswap/swap-router-contracts/artifacts/contracts/SwapRouter02.sol/SwapRouter02.json')
const universalRouter = abiOf('@uniswap/universal-router/artifacts/contracts/UniversalRouter.sol/UniversalRouter.json')
const v2Router = abiOf('@uniswap/v2-periphery/build/UniswapV2Router02.json')

const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2'
const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48'
const DAI = '0x6b175474e89094c44da98b954eedeac495271d0f'
const USER = '0x1111111111111111111111111111111111111111'

describe('swap intent: Uniswap V2 Router02', () => {
  it('reads a V2 swap as one V2 step with its deadline', () => {
    const data = encodeFunctionData({
      abi: v2Router,
      functionName: 'swapExactTokensForETH',
      args: [parseEther('10'), 5n, [USDC, WETH], USER, 1_700_000_000n],
    })
    const intent = decodeSwapIntent(data, 0n)
    expect(intent).toMatchObject({
      router: 'uniswap-v2-router',
      deadline: 1_700_000_000n,
      receivesEth: true,
      steps: [{ protocol: 'v2', mode: 'exact-in', amountIn: parseEther('10'), amountOut: 5n, payer: 'approval' }],
    })
  })
})

describe('swap intent: Uniswap V3 SwapRouter and SwapRouter02', () => {
  it('SwapRouter exactInputSingle: tokens, fee, minimum, recipient and the deadline in the struct', () => {
    const data = encodeFunctionData({
      abi: swapRouter,
      functionName: 'exactInputSingle',
      args: [
        {
          tokenIn: USDC,
          tokenOut: WETH,
          fee: 500,
          recipient: USER,
          deadline: 1_700_000_100n,
          amountIn: 1_000_000n,
          amountOutMinimum: 123n,
          sqrtPriceLimitX96: 0n,
        },
      ],
    })
    const intent = decodeSwapIntent(data, 0n)
    expect(intent).toMatchObject({ router: 'uniswap-v3-swap-router', functionName: 'exactInputSingle' })
    expect(intent?.deadline).toBe(1_700_000_100n)
    expect(intent?.steps).toEqual([
      {
        protocol: 'v3',
        mode: 'exact-in',
        path: [USDC, WETH],
        fees: [500],
        amountIn: 1_000_000n,
        amountOut: 123n,
        recipient: USER,
        payer: 'approval',
      },
    ])
  })

  it('SwapRouter exactOutput: the reversed path read in trading order, paid with ETH', () => {
    const path = v3Path([DAI, USDC, WETH] as `0x${string}`[]) // exact-output paths run output first
    const data = encodeFunctionData({
      abi: swapRouter,
      functionName: 'exactOutput',
      args: [{ path, recipient: USER, deadline: 9n, amountOut: 50n, amountInMaximum: 70n }],
    })
    const intent = decodeSwapIntent(data, 70n)
    expect(intent?.steps[0]).toMatchObject({
      mode: 'exact-out',
      path: [WETH, USDC, DAI],
      fees: [3000, 3000],
      amountIn: 70n,
      amountOut: 50n,
      payer: 'eth',
    })
    expect(intent?.paysWithEth).toBe(true)
    expect(intentEnds(intent!)).toEqual({ tokenIn: WETH, tokenOut: DAI })
  })

  it('SwapRouter02 multicall with a deadline: exactInputSingle to the router, then unwrapWETH9', () => {
    const swap = encodeFunctionData({
      abi: swapRouter02,
      functionName: 'exactInputSingle',
      args: [
        {
          tokenIn: USDC,
          tokenOut: WETH,
          fee: 3000,
          recipient: '0x0000000000000000000000000000000000000002',
          amountIn: 5_000_000n,
          amountOutMinimum: 999n,
          sqrtPriceLimitX96: 0n,
        },
      ],
    })
    const unwrap = encodeFunctionData({
      abi: swapRouter02,
      functionName: 'unwrapWETH9',
      args: [999n, USER],
    })
    const data = encodeFunctionData({
      abi: swapRouter02,
      functionName: 'multicall',
      args: [1_800_000_000n, [swap, unwrap]],
    })
    const intent = decodeSwapIntent(data, 0n)
    expect(intent).toMatchObject({
      router: 'uniswap-swap-router-02',
      functionName: 'multicall: exactInputSingle, unwrapWETH9',
      deadline: 1_800_000_000n,
      receivesEth: true,
      finalMinimum: 999n,
      steps: [{ protocol: 'v3', recipient: 'router', amountOut: 999n }],
    })
  })

  it('SwapRouter02 multicall without a deadline, with a V2 swap paid from what the router holds', () => {
    const v2 = encodeFunctionData({
      abi: swapRouter02,
      functionName: 'swapExactTokensForTokens',
      args: [0n, 10n, [WETH, DAI], '0x0000000000000000000000000000000000000001'],
    })
    const data = encodeFunctionData({ abi: swapRouter02, functionName: 'multicall', args: [[v2]] })
    const intent = decodeSwapIntent(data, 0n)
    expect(intent?.router).toBe('uniswap-swap-router-02')
    expect(intent?.deadline).toBeNull()
    expect(intent?.steps[0]).toMatchObject({ protocol: 'v2', amountIn: null, payer: 'router', recipient: 'sender' })
  })

  it('SwapRouter02 exactOutputSingle: the most paid and the exact amount wanted', () => {
    const data = encodeFunctionData({
      abi: swapRouter02,
      functionName: 'exactOutputSingle',
      args: [
        {
          tokenIn: DAI,
          tokenOut: USDC,
          fee: 100,
          recipient: USER,
          amountOut: 1_000_000n,
          amountInMaximum: parseEther('1.01'),
          sqrtPriceLimitX96: 0n,
        },
      ],
    })
    expect(decodeSwapIntent(data, 0n)?.steps[0]).toMatchObject({
      mode: 'exact-out',
      path: [DAI, USDC],
      amountIn: parseEther('1.01'),
      amountOut: 1_000_000n,
    })
  })
})

describe('swap intent: Universal Router', () => {
  const execute = (commands: number[], inputs: `0x${string}`[], deadline?: bigint) =>
    encodeFunctionData({
      abi: universalRouter,
      functionName: 'execute',
      args: deadline === undefined ? [commandBytes(commands), inputs] : [commandBytes(commands), inputs, deadline],
    })

  it('PERMIT2_PERMIT then V3_SWAP_EXACT_IN: the permit, the swap paid through Permit2, the deadline', () => {
    const permit = permitSingle({
      token: USDC,
      amount: 2n ** 160n - 1n,
      expiration: 1_702_000_000,
      nonce: 3,
      spender: USER,
      sigDeadline: 1_700_001_800n,
    })
    const data = execute(
      [0x0a, 0x00],
      [
        input.permit2Permit(permit, `0x${'ab'.repeat(65)}`),
        input.v3ExactIn('0x0000000000000000000000000000000000000001', 5_000_000n, 77n, v3Path([USDC, WETH]), true),
      ],
      1_700_001_800n,
    )
    const intent = decodeSwapIntent(data, 0n)
    expect(intent).toMatchObject({
      router: 'uniswap-universal-router',
      functionName: 'execute: PERMIT2_PERMIT, V3_SWAP_EXACT_IN',
      deadline: 1_700_001_800n,
      permits: [{ token: USDC, nonce: 3, expiration: 1_702_000_000, spender: USER, commandIndex: 0 }],
      steps: [{ protocol: 'v3', path: [USDC, WETH], amountIn: 5_000_000n, amountOut: 77n, payer: 'permit2' }],
    })
  })

  it('WRAP_ETH, V2_SWAP_EXACT_IN from the router’s balance, PAY_PORTION and SWEEP; no deadline', () => {
    const data = execute(
      [0x0b, 0x08, 0x06, 0x04],
      [
        input.wrapEth('0x0000000000000000000000000000000000000002', parseEther('1')),
        input.v2ExactIn('0x0000000000000000000000000000000000000002', 1n << 255n, 0n, [WETH, DAI], false),
        input.payPortion(DAI, USER, 25n),
        input.sweep(DAI, '0x0000000000000000000000000000000000000001', 1_900n),
      ],
    )
    const intent = decodeSwapIntent(data, parseEther('1'))
    expect(intent).toMatchObject({
      functionName: 'execute: WRAP_ETH, V2_SWAP_EXACT_IN, PAY_PORTION, SWEEP',
      deadline: null,
      paysWithEth: true,
      finalMinimum: 1_900n,
      steps: [{ protocol: 'v2', amountIn: null, payer: 'router', recipient: 'router' }],
    })
  })

  it('a sub-plan’s commands are read too, UNWRAP_WETH sets the ETH minimum', () => {
    const sub = input.subPlan(
      [0x00],
      [input.v3ExactIn('0x0000000000000000000000000000000000000002', 10n, 9n, v3Path([DAI, WETH]), true)],
    )
    const data = execute([0x21, 0x0c], [sub, input.unwrapWeth(USER, 8n)], 1n)
    const intent = decodeSwapIntent(data, 0n)
    expect(intent?.functionName).toBe('execute: EXECUTE_SUB_PLAN, sub-plan V3_SWAP_EXACT_IN, UNWRAP_WETH')
    expect(intent).toMatchObject({ receivesEth: true, finalMinimum: 8n, steps: [{ path: [DAI, WETH] }] })
  })

  it('a V4_SWAP with SWAP_EXACT_IN_SINGLE: native ETH in, the pool key’s fee, the minimum', () => {
    const poolKey = {
      currency0: '0x0000000000000000000000000000000000000000',
      currency1: USDC,
      fee: 500,
      tickSpacing: 10,
      hooks: '0x0000000000000000000000000000000000000000',
    } as const
    const single = encodeAbiParameters(
      [
        {
          type: 'tuple',
          components: [
            {
              type: 'tuple',
              name: 'poolKey',
              components: [
                { type: 'address', name: 'currency0' },
                { type: 'address', name: 'currency1' },
                { type: 'uint24', name: 'fee' },
                { type: 'int24', name: 'tickSpacing' },
                { type: 'address', name: 'hooks' },
              ],
            },
            { type: 'bool', name: 'zeroForOne' },
            { type: 'uint128', name: 'amountIn' },
            { type: 'uint128', name: 'amountOutMinimum' },
            { type: 'bytes', name: 'hookData' },
          ],
        },
      ],
      [{ poolKey, zeroForOne: true, amountIn: parseEther('1'), amountOutMinimum: 3_000_000_000n, hookData: '0x' }],
    )
    const v4 = encodeAbiParameters([{ type: 'bytes' }, { type: 'bytes[]' }], ['0x060c0f', [single, '0x', '0x']])
    const intent = decodeSwapIntent(execute([0x10], [v4], 5n), parseEther('1'))
    expect(intent?.steps).toEqual([
      {
        protocol: 'v4',
        mode: 'exact-in',
        path: ['0x0000000000000000000000000000000000000000', USDC],
        fees: [500],
        amountIn: parseEther('1'),
        amountOut: 3_000_000_000n,
        recipient: 'router',
        payer: 'permit2',
      },
    ])
  })
})

describe('swap intent: aggregators, to "which router, which tokens, which minimum"', () => {
  const cases: {
    name: string
    selector: string
    signature: string
    args: unknown[]
    value?: bigint
    expect: object
  }[] = [
    {
      name: '1inch v5 swap',
      selector: '0x12aa3caf',
      signature:
        'function swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes permit, bytes data)',
      args: [
        USER,
        {
          srcToken: USDC,
          dstToken: DAI,
          srcReceiver: USER,
          dstReceiver: USER,
          amount: 10n,
          minReturnAmount: 9n,
          flags: 0n,
        },
        '0x',
        '0x',
      ],
      expect: { router: '1inch-v5', steps: [{ path: [USDC, DAI], amountIn: 10n, amountOut: 9n, recipient: USER }] },
    },
    {
      name: '1inch v5 unoswap',
      selector: '0x0502b1c5',
      signature: 'function unoswap(address srcToken, uint256 amount, uint256 minReturn, uint256[] pools)',
      args: [USDC, 10n, 9n, [1n]],
      expect: { router: '1inch-v5', steps: [{ path: [USDC, null], amountOut: 9n }] },
    },
    {
      name: '1inch v6 swap',
      selector: '0x07ed2379',
      signature:
        'function swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes data)',
      args: [
        USER,
        {
          srcToken: '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
          dstToken: DAI,
          srcReceiver: USER,
          dstReceiver: USER,
          amount: 10n,
          minReturnAmount: 9n,
          flags: 0n,
        },
        '0x',
      ],
      value: 10n,
      expect: { router: '1inch-v6', paysWithEth: true, steps: [{ amountOut: 9n, payer: 'eth' }] },
    },
    {
      name: '1inch v6 unoswap (token as a uint256 with flags above the address)',
      selector: '0x83800a8e',
      signature: 'function unoswap(uint256 token, uint256 amount, uint256 minReturn, uint256 dex)',
      args: [(1n << 200n) | BigInt(USDC), 10n, 9n, 0n],
      expect: { router: '1inch-v6', steps: [{ path: [USDC, null], amountIn: 10n, amountOut: 9n }] },
    },
    {
      name: '0x Settler execute',
      selector: '0x1fff991f',
      signature:
        'function execute((address recipient, address buyToken, uint256 minAmountOut) slippage, bytes[] actions, bytes32 zid)',
      args: [{ recipient: USER, buyToken: DAI, minAmountOut: 42n }, [], `0x${'00'.repeat(32)}`],
      expect: { router: '0x-settler', steps: [{ path: [null, DAI], amountOut: 42n, recipient: USER }] },
    },
    {
      name: '0x Exchange Proxy transformERC20',
      selector: '0x415565b0',
      signature:
        'function transformERC20(address inputToken, address outputToken, uint256 inputTokenAmount, uint256 minOutputTokenAmount, (uint32 deploymentNonce, bytes data)[] transformations)',
      args: [USDC, DAI, 10n, 9n, []],
      expect: { router: '0x-exchange-proxy', steps: [{ path: [USDC, DAI], amountIn: 10n, amountOut: 9n }] },
    },
    {
      name: 'ParaSwap v6 swapExactAmountIn',
      selector: '0xe3ead59e',
      signature:
        'function swapExactAmountIn(address executor, (address srcToken, address destToken, uint256 fromAmount, uint256 toAmount, uint256 quotedAmount, bytes32 metadata, address beneficiary) swapData, uint256 partnerAndFee, bytes permit, bytes executorData)',
      args: [
        USER,
        {
          srcToken: USDC,
          destToken: DAI,
          fromAmount: 10n,
          toAmount: 9n,
          quotedAmount: 10n,
          metadata: `0x${'00'.repeat(32)}`,
          beneficiary: USER,
        },
        0n,
        '0x',
        '0x',
      ],
      expect: { router: 'paraswap-v6', steps: [{ mode: 'exact-in', path: [USDC, DAI], amountOut: 9n }] },
    },
    {
      name: 'ParaSwap v6 swapExactAmountInOnUniswapV3',
      selector: '0x876a02f6',
      signature:
        'function swapExactAmountInOnUniswapV3((address srcToken, address destToken, uint256 fromAmount, uint256 toAmount, uint256 quotedAmount, bytes32 metadata, address beneficiary, bytes pools) uniData, uint256 partnerAndFee, bytes permit)',
      args: [
        {
          srcToken: USDC,
          destToken: DAI,
          fromAmount: 10n,
          toAmount: 9n,
          quotedAmount: 10n,
          metadata: `0x${'00'.repeat(32)}`,
          beneficiary: USER,
          pools: '0x',
        },
        0n,
        '0x',
      ],
      expect: { router: 'paraswap-v6', steps: [{ path: [USDC, DAI], amountIn: 10n, amountOut: 9n }] },
    },
    {
      name: 'KyberSwap swap',
      selector: '0xe21fd0e9',
      signature:
        'function swap((address callTarget, address approveTarget, bytes targetData, (address srcToken, address dstToken, address[] srcReceivers, uint256[] srcAmounts, address[] feeReceivers, uint256[] feeAmounts, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags, bytes permit) desc, bytes clientData) execution)',
      args: [
        {
          callTarget: USER,
          approveTarget: USER,
          targetData: '0x',
          desc: {
            srcToken: USDC,
            dstToken: DAI,
            srcReceivers: [],
            srcAmounts: [],
            feeReceivers: [],
            feeAmounts: [],
            dstReceiver: USER,
            amount: 10n,
            minReturnAmount: 9n,
            flags: 0n,
            permit: '0x',
          },
          clientData: '0x',
        },
      ],
      expect: { router: 'kyberswap', steps: [{ path: [USDC, DAI], amountOut: 9n }] },
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const abi = parseAbi([c.signature])
      // The selector seen on chain for this entry point.
      expect(toFunctionSelector(abi[0])).toBe(c.selector)
      const data = encodeFunctionData({ abi, args: c.args } as never)
      expect(slice(data, 0, 4)).toBe(c.selector)
      expect(decodeSwapIntent(data, c.value ?? 0n)).toMatchObject(c.expect)
    })
  }

  it('anything else is no swap', () => {
    expect(decodeSwapIntent(('0xa9059cbb' + '00'.repeat(64)) as `0x${string}`, 0n)).toBeNull()
    expect(decodeSwapIntent('0x', 0n)).toBeNull()
  })
})
