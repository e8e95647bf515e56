import { erc20Abi, parseAbi, type Address } from 'viem'
import { PERMIT2_ADDRESS, permit2Abi } from '../decode/permit2.js'
import { payingStep, type SwapIntent, type SwapStep } from '../decode/swap-intent/index.js'
import { v2RouterAbi } from '../decode/swap-call.js'
import { universalRouterAbi } from '../decode/swap-intent/universal-router.js'
import { optionalRead } from './optional-read.js'
import { quoteV3Step } from './read-quotes.js'
import type { SwapQuote, SwapState } from './schema.js'
import type { ReadClient } from '../rpc/read-client.js'

const factoryAbi = parseAbi(['function factory() view returns (address)'])

/**
 * What the router, the input token, Permit2 and the pools said at the parent block (eth_call):
 * the sender's balance and allowance of what it pays with (to the router, or to Permit2 and
 * Permit2's own allowance to the router), and what each swap step would have given. The first
 * round goes with the failure's trace or replay; V3 quotes need the factory first (one more round,
 * two for the Universal Router, which names only its position manager), then one call per hop.
 * Each read may fail (no historical state): that leaves a gap, not an error.
 */
export async function readSwapState(
  client: ReadClient,
  {
    router,
    sender,
    intent,
    blockNumber,
  }: { router: Address; sender: Address; intent: SwapIntent; blockNumber: bigint },
): Promise<SwapState> {
  const paying = payingStep(intent)
  const input = paying?.path[0] ?? null
  const viaPermit2 = paying?.payer === 'permit2'
  const spender = viaPermit2 ? (PERMIT2_ADDRESS as Address) : router
  const v2Step = intent.router === 'uniswap-v2-router' ? intent.steps[0] : undefined
  const read = <T>(promise: Promise<T>) => optionalRead(promise)
  const at = { blockNumber }

  const [amounts, allowance, balance, permit2, factory] = await Promise.all([
    v2Step ? read(v2Amounts(client, router, v2Step, blockNumber)) : null,
    input
      ? read(
          client.readContract({
            address: input,
            abi: erc20Abi,
            functionName: 'allowance',
            args: [sender, spender],
            ...at,
          }),
        )
      : null,
    input
      ? read(client.readContract({ address: input, abi: erc20Abi, functionName: 'balanceOf', args: [sender], ...at }))
      : read(client.getBalance({ address: sender, ...at })),
    viaPermit2 && input
      ? read(
          client.readContract({
            address: PERMIT2_ADDRESS,
            abi: permit2Abi,
            functionName: 'allowance',
            args: [sender, input, router],
            ...at,
          }),
        )
      : null,
    intent.steps.some((s) => s.protocol === 'v3') ? read(v3Factory(client, router, intent, blockNumber)) : null,
  ])

  const quotes: SwapQuote[] = []
  if (amounts) {
    const quoted = v2Step?.mode === 'exact-in' ? amounts.at(-1) : amounts[0]
    quotes.push({ step: 0, amount: quoted ?? null, method: 'router' })
  }
  if (factory) {
    const v3 = intent.steps.flatMap((step, index) => (step.protocol === 'v3' ? [{ step, index }] : []))
    const amountsOut = await Promise.all(v3.map(({ step }) => quoteV3Step(client, { factory, step, blockNumber })))
    v3.forEach(({ index }, i) => quotes.push({ step: index, amount: amountsOut[i] ?? null, method: 'pool-probe' }))
  }
  return {
    amounts: amounts ? [...amounts] : null,
    allowance,
    balance,
    spender: input ? (spender.toLowerCase() as Address) : null,
    permit2Allowance: permit2 ? { amount: permit2[0], expiration: permit2[1], nonce: permit2[2] } : null,
    quotes,
  }
}

const v2Amounts = (client: ReadClient, router: Address, step: SwapStep, blockNumber: bigint) =>
  client.readContract({
    address: router,
    abi: v2RouterAbi,
    functionName: step.mode === 'exact-in' ? 'getAmountsOut' : 'getAmountsIn',
    args: [(step.mode === 'exact-in' ? step.amountIn : step.amountOut) ?? 0n, step.path as Address[]],
    blockNumber,
  })

/** The V3 factory behind a router: SwapRouter and SwapRouter02 name it; the Universal Router names its position manager, which does. */
async function v3Factory(client: ReadClient, router: Address, intent: SwapIntent, blockNumber: bigint) {
  const named =
    intent.router === 'uniswap-universal-router'
      ? await client.readContract({
          address: router,
          abi: universalRouterAbi,
          functionName: 'V3_POSITION_MANAGER',
          blockNumber,
        })
      : router
  return client.readContract({ address: named, abi: factoryAbi, functionName: 'factory', blockNumber })
}
