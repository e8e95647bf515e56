import { coinRef } from '../../findings/coin-ref.js'
import type { TxEvidence } from '../../evidence/schema.js'
import { decodeRevert, revertCategory, type DecodedRevert } from '../../decode/decode-revert.js'
import { finding, type Finding } from '../../findings/finding.js'
import { decodeSwapIntent, routerNames, type SwapIntent, type SwapStep } from '../../decode/swap-intent/index.js'
import { tokenRef } from './token-ref.js'
import type { TokenRef } from '../../findings/data-types.js'

/**
 * `swap.deadline-expired` / `swap.slippage`: a failed swap that ran out of time or out of price.
 * Reads the decoded revert, what the calldata asked for (any router swap-intent reads) and the
 * pools' quotes at the parent block. Without a trace the revert comes from a replay and the
 * deadline from the calldata alone: the findings say they are approximate.
 */
export function swapRule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context?.receipt || !context.tx || context.receipt.status !== 'reverted') return []
  const { tx, failure, swapState, tokens, txBlock } = context
  const revert = decodeRevert(failure?.revertData)
  const category = revertCategory(revert)
  const intent = decodeSwapIntent(tx.input, tx.value)
  const token = (address: string | null) => (address === null ? null : tokenRef(address, tokens))
  // Paid in (or paid out as) the chain's own coin, which the router wraps: the person sent ETH, not
  // WETH. The address stays the wrapped token's, which the pool traded.
  const coinOr = (ref: TokenRef | null, isCoin: boolean): TokenRef | null =>
    ref && isCoin ? coinRef(context.chainId, ref.address) : ref
  const approximate = failure?.method !== 'trace'
  const routerName = intent ? routerNames[intent.router] : null
  const findings: Finding[] = []

  const late = intent?.deadline != null && txBlock ? Number(txBlock.timestamp - intent.deadline) : null
  if (category === 'deadline' || (late !== null && late > 0)) {
    findings.push(
      finding('swap.deadline-expired', {
        router: tx.to,
        routerName,
        deadline: intent?.deadline?.toString() ?? null,
        blockTimestamp: txBlock?.timestamp.toString() ?? null,
        lateBySeconds: late,
        approximate,
      }),
    )
    return findings
  }

  if (category === 'slippage' && intent && tx.to) {
    const index = fallingStep(intent, revert)
    const step = intent.steps[index]
    if (!step) return findings
    const quote = swapState?.quotes.find((q) => q.step === index) ?? null
    const poolQuote = quote?.amount ?? null
    const toPass = poolQuote === null ? null : toleranceToPass(step, poolQuote)
    findings.push(
      finding('swap.slippage', {
        router: tx.to,
        routerName,
        functionName: intent.functionName,
        protocol: step.protocol,
        mode: step.mode,
        tokenIn: coinOr(token(step.path[0] ?? null), intent.paysWithEth && index === 0),
        tokenOut: coinOr(token(step.path.at(-1) ?? null), intent.receivesEth && index === intent.steps.length - 1),
        amountIn: step.amountIn?.toString() ?? null,
        amountOut: step.amountOut.toString(),
        poolQuote: poolQuote?.toString() ?? null,
        quoteMethod: quote?.method ?? null,
        shortfallPercent: poolQuote === null ? null : shortfall(step, poolQuote),
        slippageToPassPercent: toPass,
        quoteFarOff: toPass !== null && toPass > FAR_OFF_PERCENT,
        approximate,
      }),
    )
  }
  return findings
}

/**
 * A tolerance above this would be needed: the limit was not missed by an ordinary price move (apps
 * offer 0.5–3%, and memecoin traders go to 10–15%), and raising the setting that far would only hand
 * the difference to whoever trades ahead.
 */
const FAR_OFF_PERCENT = 15

/**
 * Which step's limit failed: the error names the protocol (V2TooLittleReceived, "Too little
 * received" from V3, V4TooMuchRequested …); otherwise the last step with a limit.
 */
function fallingStep(intent: SwapIntent, revert: DecodedRevert): number {
  const said = revert.kind === 'custom' ? revert.name : revert.kind === 'string' ? revert.message : ''
  const source = revert.kind === 'custom' || revert.kind === 'string' ? (revert.source ?? '') : ''
  const protocol: SwapStep['protocol'] | null = /^V2|UniswapV2|Pancake/.test(said)
    ? 'v2'
    : /^V3|Too (little received|much requested)/.test(said)
      ? 'v3'
      : /^V4/.test(said)
        ? 'v4'
        : /1inch|0x|ParaSwap|Kyber|Sushi/.test(source)
          ? 'aggregator'
          : null
  const steps = intent.steps.map((step, index) => ({ step, index }))
  const matching = steps.filter(({ step }) => protocol === null || step.protocol === protocol)
  const limited = matching.filter(({ step }) => step.mode === 'exact-out' || step.amountOut > 0n)
  return (limited.at(-1) ?? matching.at(-1) ?? steps.at(-1))?.index ?? 0
}

function shortfall(step: SwapStep, quote: bigint): number | null {
  // exact-in: how much more output the user asked than the pool gave; exact-out: how much more input the pool wanted.
  const [limit, actual] = step.mode === 'exact-in' ? [step.amountOut, quote] : [quote, step.amountIn]
  if (actual === null || limit === 0n || actual >= limit) return 0
  return Number(((limit - actual) * 10_000n) / limit) / 100
}

/**
 * The tolerance that would have passed had the app quoted with the usual 0.5%: exact-in,
 * 1 − quote × 0.995 ÷ minimum; exact-out, quote × 1.005 ÷ maximum − 1. In percent, rounded up to
 * 0.1, never under the 0.5% it assumes.
 */
function toleranceToPass(step: SwapStep, quote: bigint): number | null {
  let perMille: bigint
  if (step.mode === 'exact-in') {
    if (step.amountOut === 0n) return null
    perMille = 1000n - (quote * 995n) / step.amountOut
  } else {
    if (!step.amountIn) return null
    perMille = (quote * 1005n + step.amountIn - 1n) / step.amountIn - 1000n
  }
  return Number(perMille < 5n ? 5n : perMille) / 10
}
