import { decodeFunctionData, parseAbi, type Address, type Hex } from 'viem'
import type { RouterKind, SwapIntent } from './types.js'

/**
 * The aggregators' public entry points, from their published interfaces: enough to say which
 * router, which tokens and which minimum. Their routes (executor data, pools) are their own
 * encoding and are not read. The selectors are computed from these signatures; the unit tests pin
 * them to the ones seen on chain.
 */
const oneInchV5 = parseAbi([
  'function swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes permit, bytes data) payable returns (uint256, uint256)',
  'function unoswap(address srcToken, uint256 amount, uint256 minReturn, uint256[] pools) payable returns (uint256)',
  'function unoswapTo(address recipient, address srcToken, uint256 amount, uint256 minReturn, uint256[] pools) payable returns (uint256)',
  'function uniswapV3Swap(uint256 amount, uint256 minReturn, uint256[] pools) payable returns (uint256)',
  'function uniswapV3SwapTo(address recipient, uint256 amount, uint256 minReturn, uint256[] pools) payable returns (uint256)',
])
const oneInchV6 = parseAbi([
  'function swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes data) payable returns (uint256, uint256)',
  'function unoswap(uint256 token, uint256 amount, uint256 minReturn, uint256 dex) returns (uint256)',
  'function unoswapTo(uint256 to, uint256 token, uint256 amount, uint256 minReturn, uint256 dex) returns (uint256)',
  'function unoswap2(uint256 token, uint256 amount, uint256 minReturn, uint256 dex, uint256 dex2) returns (uint256)',
  'function unoswap3(uint256 token, uint256 amount, uint256 minReturn, uint256 dex, uint256 dex2, uint256 dex3) returns (uint256)',
  'function ethUnoswap(uint256 minReturn, uint256 dex) payable returns (uint256)',
  'function ethUnoswap2(uint256 minReturn, uint256 dex, uint256 dex2) payable returns (uint256)',
  'function ethUnoswap3(uint256 minReturn, uint256 dex, uint256 dex2, uint256 dex3) payable returns (uint256)',
])
const zeroEx = parseAbi([
  // Settler (0x API v2): the buy token and minimum are the "slippage" struct; the sell side is in the actions.
  'function execute((address recipient, address buyToken, uint256 minAmountOut) slippage, bytes[] actions, bytes32 zidAndAffiliate) payable returns (bool)',
  'function executeMetaTxn((address recipient, address buyToken, uint256 minAmountOut) slippage, bytes[] actions, bytes32 zidAndAffiliate, address msgSender, bytes sig) returns (bool)',
  // Exchange Proxy (0x API v1).
  'function transformERC20(address inputToken, address outputToken, uint256 inputTokenAmount, uint256 minOutputTokenAmount, (uint32 deploymentNonce, bytes data)[] transformations) payable returns (uint256)',
  'function sellToUniswap(address[] tokens, uint256 sellAmount, uint256 minBuyAmount, bool isSushi) payable returns (uint256)',
])
const SWAP_DATA =
  '(address srcToken, address destToken, uint256 fromAmount, uint256 toAmount, uint256 quotedAmount, bytes32 metadata, address beneficiary)'
const UNI_DATA =
  '(address srcToken, address destToken, uint256 fromAmount, uint256 toAmount, uint256 quotedAmount, bytes32 metadata, address beneficiary, bytes pools)'
const paraswapV6 = parseAbi([
  `function swapExactAmountIn(address executor, ${SWAP_DATA} swapData, uint256 partnerAndFee, bytes permit, bytes executorData) payable returns (uint256, uint256, uint256)`,
  `function swapExactAmountOut(address executor, ${SWAP_DATA} swapData, uint256 partnerAndFee, bytes permit, bytes executorData) payable returns (uint256, uint256, uint256, uint256)`,
  `function swapExactAmountInOnUniswapV2(${UNI_DATA} uniData, uint256 partnerAndFee, bytes permit) payable returns (uint256, uint256, uint256)`,
  `function swapExactAmountInOnUniswapV3(${UNI_DATA} uniData, uint256 partnerAndFee, bytes permit) payable returns (uint256, uint256, uint256)`,
  `function swapExactAmountOutOnUniswapV2(${UNI_DATA} uniData, uint256 partnerAndFee, bytes permit) payable returns (uint256, uint256, uint256, uint256)`,
  `function swapExactAmountOutOnUniswapV3(${UNI_DATA} uniData, uint256 partnerAndFee, bytes permit) payable returns (uint256, uint256, uint256, uint256)`,
])
const KYBER_DESC =
  '(address srcToken, address dstToken, address[] srcReceivers, uint256[] srcAmounts, address[] feeReceivers, uint256[] feeAmounts, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags, bytes permit)'
const kyberSwap = parseAbi([
  `function swap((address callTarget, address approveTarget, bytes targetData, ${KYBER_DESC} desc, bytes clientData) execution) payable returns (uint256, uint256)`,
  `function swapGeneric((address callTarget, address approveTarget, bytes targetData, ${KYBER_DESC} desc, bytes clientData) execution) payable returns (uint256, uint256)`,
  `function swapSimpleMode(address caller, ${KYBER_DESC} desc, bytes executorData, bytes clientData) returns (uint256, uint256)`,
])

/** The "native coin" placeholder most aggregators use for ETH. */
const NATIVE = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'
const ZERO = '0x0000000000000000000000000000000000000000'

type Ends = {
  tokenIn: string | null
  tokenOut: string | null
  amountIn: bigint | null
  amountOut: bigint
  exactOut?: boolean
  recipient?: string | null
}

const asAddress = (value: bigint | string): Address =>
  (typeof value === 'bigint'
    ? `0x${(value & ((1n << 160n) - 1n)).toString(16).padStart(40, '0')}`
    : value.toLowerCase()) as Address

type Desc = { srcToken: string; dstToken: string; amount: bigint; minReturnAmount: bigint; dstReceiver: string }
type SwapData = { srcToken: string; destToken: string; fromAmount: bigint; toAmount: bigint; beneficiary: string }
type Slippage = { recipient: string; buyToken: string; minAmountOut: bigint }
/** The decoded arguments by position; each reader casts them to the types its ABI gives. */
type Args = readonly unknown[]
const big = (args: Args, i: number) => args[i] as bigint
const str = (args: Args, i: number) => args[i] as string

const tables: {
  router: RouterKind
  abi: readonly unknown[]
  read: (name: string, args: Args, value: bigint) => Ends | null
}[] = [
  {
    router: '1inch-v5',
    abi: oneInchV5,
    read: (name, args, value) => {
      const eth = value > 0n ? NATIVE : null
      if (name === 'swap') return descEnds(args[1] as Desc)
      if (name === 'unoswap')
        return { tokenIn: str(args, 0), tokenOut: null, amountIn: big(args, 1), amountOut: big(args, 2) }
      if (name === 'unoswapTo')
        return {
          tokenIn: str(args, 1),
          tokenOut: null,
          amountIn: big(args, 2),
          amountOut: big(args, 3),
          recipient: str(args, 0),
        }
      if (name === 'uniswapV3Swap')
        return { tokenIn: eth, tokenOut: null, amountIn: big(args, 0), amountOut: big(args, 1) }
      if (name === 'uniswapV3SwapTo')
        return {
          tokenIn: eth,
          tokenOut: null,
          amountIn: big(args, 1),
          amountOut: big(args, 2),
          recipient: str(args, 0),
        }
      return null
    },
  },
  {
    router: '1inch-v6',
    abi: oneInchV6,
    read: (name, args, value) => {
      if (name === 'swap') return descEnds(args[1] as Desc)
      if (name.startsWith('ethUnoswap'))
        return { tokenIn: NATIVE, tokenOut: null, amountIn: value, amountOut: big(args, 0) }
      if (name === 'unoswapTo')
        return {
          tokenIn: asAddress(big(args, 1)),
          tokenOut: null,
          amountIn: big(args, 2),
          amountOut: big(args, 3),
          recipient: asAddress(big(args, 0)),
        }
      if (name.startsWith('unoswap'))
        return { tokenIn: asAddress(big(args, 0)), tokenOut: null, amountIn: big(args, 1), amountOut: big(args, 2) }
      return null
    },
  },
  {
    router: '0x-settler',
    abi: zeroEx.slice(0, 2),
    read: (_name, args) => {
      const slippage = args[0] as Slippage
      return {
        tokenIn: null,
        tokenOut: slippage.buyToken,
        amountIn: null,
        amountOut: slippage.minAmountOut,
        recipient: slippage.recipient,
      }
    },
  },
  {
    router: '0x-exchange-proxy',
    abi: zeroEx.slice(2),
    read: (name, args) => {
      if (name === 'transformERC20')
        return { tokenIn: str(args, 0), tokenOut: str(args, 1), amountIn: big(args, 2), amountOut: big(args, 3) }
      const tokens = args[0] as string[]
      return {
        tokenIn: tokens[0] ?? null,
        tokenOut: tokens.at(-1) ?? null,
        amountIn: big(args, 1),
        amountOut: big(args, 2),
      }
    },
  },
  {
    router: 'paraswap-v6',
    abi: paraswapV6,
    read: (name, args) => {
      // swapExactAmountIn/Out take the executor first; the …OnUniswapV2/V3 forms start with the data.
      const data = (name.endsWith('Out') || name.endsWith('In') ? args[1] : args[0]) as SwapData
      return {
        tokenIn: data.srcToken,
        tokenOut: data.destToken,
        // exact-in: fromAmount paid, toAmount the minimum; exact-out: fromAmount the most paid, toAmount wanted.
        amountIn: data.fromAmount,
        amountOut: data.toAmount,
        exactOut: name.startsWith('swapExactAmountOut'),
        recipient: data.beneficiary,
      }
    },
  },
  {
    router: 'kyberswap',
    abi: kyberSwap,
    read: (name, args) => descEnds(name === 'swapSimpleMode' ? (args[1] as Desc) : (args[0] as { desc: Desc }).desc),
  },
]

function descEnds(desc: Desc): Ends {
  return {
    tokenIn: desc.srcToken,
    tokenOut: desc.dstToken,
    amountIn: desc.amount,
    amountOut: desc.minReturnAmount,
    recipient: desc.dstReceiver,
  }
}

/** Parses an aggregator's swap entry point; null for anything else. Pure. */
export function decodeAggregatorCall(input: Hex, value: bigint): SwapIntent | null {
  for (const table of tables) {
    let call
    try {
      call = decodeFunctionData({ abi: table.abi as never, data: input }) as {
        functionName: string
        args: readonly unknown[]
      }
    } catch {
      continue
    }
    const ends = table.read(call.functionName, call.args, value)
    if (!ends) continue
    const token = (t: string | null) => (t === null ? null : (t.toLowerCase() as Address))
    const tokenIn = token(ends.tokenIn)
    const tokenOut = token(ends.tokenOut)
    const native = (t: Address | null) => t === NATIVE || (t === ZERO && table.router !== '1inch-v6')
    const recipient = ends.recipient ? token(ends.recipient) : null
    return {
      router: table.router,
      functionName: call.functionName,
      deadline: null,
      steps: [
        {
          protocol: 'aggregator',
          mode: ends.exactOut ? 'exact-out' : 'exact-in',
          path: [tokenIn, tokenOut],
          fees: [],
          amountIn: ends.amountIn,
          amountOut: ends.amountOut,
          recipient: recipient && recipient !== ZERO ? recipient : 'sender',
          payer: native(tokenIn) || value > 0n ? 'eth' : 'approval',
        },
      ],
      permits: [],
      paysWithEth: native(tokenIn) || value > 0n,
      receivesEth: native(tokenOut),
      finalMinimum: null,
      supportsFeeOnTransfer: false,
    }
  }
  return null
}
