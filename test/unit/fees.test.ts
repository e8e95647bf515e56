import { describe, expect, it } from 'vitest'
import { ethereumFees, opStackFees } from '../../src/chains/fee-rules.js'
import {
  baseFeeAfter,
  bumped,
  effectiveTip,
  recentTips,
  replacementFees,
  suggestFees,
} from '../../src/diagnose/fees.js'
import { spread } from '../../src/evidence/find-replacement.js'
import { feeHistory, gwei, tx } from '../support/evidence.js'

describe('fee arithmetic', () => {
  it('bumps by 10% rounding up, so the node’s integer check can never fall one wei short', () => {
    expect(bumped(100n)).toBe(110n)
    expect(bumped(101n)).toBe(112n) // 111.1 → 112
    expect(bumped(0n)).toBe(0n)
  })

  it('base fee after full blocks: +12.5% each on Ethereum, +2% on the OP Stack', () => {
    expect(baseFeeAfter(gwei(8), 1250, 1)).toBe(gwei(9))
    expect(baseFeeAfter(gwei(100), 1250, 6)).toBe(202_728_652_955n) // 1.125^6 ≈ 2.027, rounded up at each block
    expect(baseFeeAfter(gwei(100), 200, 1)).toBe(gwei(102))
  })

  it('recent tips are per-percentile medians over busy blocks; empty blocks are left out', () => {
    const history = feeHistory(gwei(10), [gwei(1), gwei(2), gwei(3)], 3)
    history.gasUsedRatio = [0.5, 0, 0.7]
    history.reward = [
      [gwei(1), gwei(2), gwei(3)],
      [0n, 0n, 0n],
      [gwei(3), gwei(4), gwei(9)],
    ]
    expect(recentTips(history)).toEqual({ low: gwei(3), median: gwei(4), high: gwei(9) })
    expect(recentTips(null)).toBeNull()
  })

  it('suggests cap = base fee after N blocks + tip, with the chain’s minimum tip', () => {
    expect(suggestFees(ethereumFees, gwei(8), gwei(1), 1)).toEqual({
      kind: 'eip1559',
      maxFeePerGas: gwei(10).toString(),
      maxPriorityFeePerGas: gwei(1).toString(),
    })
    expect(
      suggestFees(
        { model: 'eip1559', baseFeeMaxRiseBps: 1250, tipsMatter: true, minPriorityFeeWei: gwei(25) },
        gwei(8),
        gwei(1),
        1,
      ),
    ).toMatchObject({ maxPriorityFeePerGas: gwei(25).toString() })
    expect(suggestFees({ model: 'legacy' }, gwei(3), gwei(1), 6)).toEqual({
      kind: 'legacy',
      gasPrice: gwei(4).toString(),
    })
  })

  it('a replacement beats both old fees by 10% even when the market is cheaper', () => {
    const stuck = tx({ maxFeePerGas: gwei(100), maxPriorityFeePerGas: gwei(5) })
    expect(replacementFees(stuck, opStackFees, gwei(1), { low: 0n, median: 0n, high: gwei(1) })).toEqual({
      kind: 'eip1559',
      maxFeePerGas: gwei(110).toString(),
      maxPriorityFeePerGas: gwei(5.5).toString(),
    })
  })

  it('a legacy transaction is replaced with a legacy gas price', () => {
    const stuck = tx({ type: 'legacy', gasPrice: gwei(10), maxFeePerGas: null, maxPriorityFeePerGas: null })
    expect(replacementFees(stuck, ethereumFees, gwei(5), null)).toEqual({
      kind: 'legacy',
      gasPrice: gwei(11).toString(),
    })
  })

  it('effective tip: the tip, or the room between cap and base fee when smaller', () => {
    expect(effectiveTip(tx({ maxFeePerGas: gwei(30), maxPriorityFeePerGas: gwei(2) }), gwei(20))).toBe(gwei(2))
    expect(effectiveTip(tx({ maxFeePerGas: gwei(21), maxPriorityFeePerGas: gwei(2) }), gwei(20))).toBe(gwei(1))
    expect(effectiveTip(tx({ maxFeePerGas: gwei(19), maxPriorityFeePerGas: gwei(2) }), gwei(20))).toBe(0n)
  })
})

describe('spreading probes for the nonce search', () => {
  it('places up to n points strictly inside the range, in order', () => {
    expect(spread(-1n, 100n, 3)).toEqual([24n, 49n, 74n])
    expect(spread(10n, 13n, 8)).toEqual([11n, 12n])
    expect(spread(10n, 11n, 8)).toEqual([])
  })
})
