import { chainForId } from '../chains/registry.js'
import type { FeeState } from '../evidence/read-fee-state.js'
import { HEADROOM_BLOCKS, nextBaseFee, recentTips, suggestFees } from './fees.js'
import type { FeeSuggestion } from '../findings/data-types.js'

export type FeeAdvice = {
  chainId: number
  headBlock: string
  headTimestamp: string
  baseFee: string | null
  nextBaseFee: string | null
  gasPrice: string | null
  tips: { low: string; median: string; high: string } | null
  suggested: { slow: FeeSuggestion; normal: FeeSuggestion; fast: FeeSuggestion }
  feeModel: 'eip1559' | 'legacy'
  baseFeeMaxRisePercent: number | null
  tipsMatter: boolean
  /** Base fee per block, oldest first, the next block last. */
  baseFeeHistory: string[]
}

/** Pure: fee state → what to pay, slow to fast, with the head-room that each speed buys. */
export function adviseFees(state: FeeState): FeeAdvice {
  const rules = chainForId(state.chainId).fees
  const next = nextBaseFee(state.feeHistory, state.head)
  const tips = recentTips(state.feeHistory)
  // A legacy chain's node knows its going price best; an EIP-1559 chain's is base fee + tip.
  const legacyBase = rules.model === 'legacy' ? (state.gasPrice ?? next) : next
  const suggest = (tip: bigint | undefined, blocks: number) => suggestFees(rules, legacyBase, tip ?? 0n, blocks)
  return {
    chainId: state.chainId,
    headBlock: state.head.number.toString(),
    headTimestamp: state.head.timestamp.toString(),
    baseFee: state.head.baseFeePerGas?.toString() ?? null,
    nextBaseFee: next?.toString() ?? null,
    gasPrice: state.gasPrice?.toString() ?? null,
    tips: tips && { low: tips.low.toString(), median: tips.median.toString(), high: tips.high.toString() },
    suggested: {
      slow: suggest(rules.model === 'legacy' ? 0n : tips?.low, HEADROOM_BLOCKS.slow),
      normal: suggest(rules.model === 'legacy' ? 0n : tips?.median, HEADROOM_BLOCKS.normal),
      fast: suggest(rules.model === 'legacy' ? 0n : tips?.high, HEADROOM_BLOCKS.fast),
    },
    feeModel: rules.model,
    baseFeeMaxRisePercent: rules.model === 'eip1559' ? rules.baseFeeMaxRiseBps / 100 : null,
    tipsMatter: rules.model === 'eip1559' && rules.tipsMatter,
    baseFeeHistory: (state.feeHistory?.baseFeePerGas ?? []).map(String),
  }
}
