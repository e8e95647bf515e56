import { REPLACEMENT_BUMP_PERCENT, type FeeRules } from '../chains/fee-rules.js'
import type { BlockData, FeeHistoryData, TxData } from '../evidence/schema.js'
import type { FeeSuggestion } from '../findings/data-types.js'

/** How many full blocks in a row a suggested fee cap survives: 1.125^6 ≈ 2× the base fee on Ethereum. */
export const HEADROOM_BLOCKS = { slow: 1, normal: 3, fast: 6 } as const

export type RecentTips = { low: bigint; median: bigint; high: bigint }

/** The next block's base fee: fee history's last entry, else the head's (a legacy chain has none). */
export function nextBaseFee(feeHistory: FeeHistoryData | null, head: BlockData): bigint | null {
  return feeHistory?.baseFeePerGas.at(-1) ?? head.baseFeePerGas
}

/**
 * The tips recent blocks paid at the 10th, 50th and 90th percentile, each the median over the
 * blocks. Empty blocks report a tip of 0 and would drag every figure down, so they are left out.
 */
export function recentTips(feeHistory: FeeHistoryData | null): RecentTips | null {
  if (!feeHistory || feeHistory.reward.length === 0) return null
  const used = feeHistory.reward.filter((_, i) => (feeHistory.gasUsedRatio[i] ?? 0) > 0)
  if (used.length === 0) return { low: 0n, median: 0n, high: 0n }
  const column = (i: number) => median(used.map((row) => row[i] ?? 0n))
  return { low: column(0), median: column(1), high: column(2) }
}

export function median(values: bigint[]): bigint {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return sorted[Math.floor(sorted.length / 2)] ?? 0n
}

/** The base fee after `blocks` full blocks in a row, rounded up. */
export function baseFeeAfter(baseFee: bigint, riseBps: number, blocks: number): bigint {
  let fee = baseFee
  for (let i = 0; i < blocks; i++) fee = ceilDiv(fee * BigInt(10_000 + riseBps), 10_000n)
  return fee
}

/** At least +10% (geth's price bump), rounded up so the node's integer check cannot fall short. */
export const bumped = (fee: bigint) => ceilDiv(fee * (100n + REPLACEMENT_BUMP_PERCENT), 100n)

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b
const max = (...values: bigint[]) => values.reduce((a, b) => (b > a ? b : a))

/** Fees that get a new transaction mined within about `headroomBlocks` blocks even as the base fee rises. */
export function suggestFees(
  rules: FeeRules,
  baseFee: bigint | null,
  tip: bigint,
  headroomBlocks: number,
): FeeSuggestion {
  if (rules.model === 'legacy' || baseFee === null) {
    return { kind: 'legacy', gasPrice: ((baseFee ?? 0n) + tip).toString() }
  }
  const priority = max(tip, rules.minPriorityFeeWei ?? 0n)
  const cap = baseFeeAfter(baseFee, rules.baseFeeMaxRiseBps, headroomBlocks) + priority
  return { kind: 'eip1559', maxFeePerGas: cap.toString(), maxPriorityFeePerGas: priority.toString() }
}

/**
 * Fees for a transaction that replaces `tx` (same nonce): both fields at least 10% over the old
 * ones — or the node rejects it as "replacement transaction underpriced" — and high enough to be
 * mined within a few blocks at today's prices.
 */
export function replacementFees(
  tx: TxData,
  rules: FeeRules,
  baseFee: bigint | null,
  tips: RecentTips | null,
): FeeSuggestion {
  const fresh = suggestFees(rules, baseFee, tips?.high ?? 0n, HEADROOM_BLOCKS.fast)
  if (fresh.kind === 'legacy' || tx.maxFeePerGas === null) {
    const old = tx.gasPrice ?? tx.maxFeePerGas ?? 0n
    const current = fresh.kind === 'legacy' ? BigInt(fresh.gasPrice) : BigInt(fresh.maxFeePerGas)
    return { kind: 'legacy', gasPrice: max(bumped(old), current).toString() }
  }
  const tip = max(bumped(tx.maxPriorityFeePerGas ?? 0n), BigInt(fresh.maxPriorityFeePerGas))
  const cap = max(bumped(tx.maxFeePerGas), BigInt(fresh.maxFeePerGas), tip)
  return { kind: 'eip1559', maxFeePerGas: cap.toString(), maxPriorityFeePerGas: tip.toString() }
}

/** What the transaction actually offers a block producer over `baseFee`. */
export function effectiveTip(tx: TxData, baseFee: bigint | null): bigint {
  const cap = tx.maxFeePerGas ?? tx.gasPrice ?? 0n
  const tip = tx.maxPriorityFeePerGas ?? cap
  if (baseFee === null) return tip
  const room = cap - baseFee
  return room < tip ? (room > 0n ? room : 0n) : tip
}
