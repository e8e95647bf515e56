import { describe, expect, it } from 'vitest'
import { readableUnits, tokenAmount } from '../../src/report/format.js'

describe('token amounts for people', () => {
  it('six decimals at 1 or more, six significant digits below, rounded half up', () => {
    expect(readableUnits(98_715803439706129885n, 18)).toBe('98.715803')
    expect(readableUnits(982222244225075991n, 18)).toBe('0.982222')
    expect(readableUnits(982222544225075991n, 18)).toBe('0.982223')
    expect(readableUnits(1234567890123n, 18)).toBe('0.00000123457')
    expect(readableUnits(999_9999999n, 7)).toBe('1000')
    expect(readableUnits(-98_715803439706129885n, 18)).toBe('-98.715803')
  })

  it('exact where there is nothing to round: few decimals, whole amounts, the smallest unit', () => {
    expect(readableUnits(1_500_000n, 6)).toBe('1.5')
    expect(readableUnits(123_456789n, 6)).toBe('123.456789')
    expect(readableUnits(5n * 10n ** 18n, 18)).toBe('5')
    expect(readableUnits(1n, 18)).toBe('0.000000000000000001')
    expect(readableUnits(0n, 18)).toBe('0')
    expect(readableUnits(42n, 0)).toBe('42')
  })

  it('with the token: its symbol, or its address when it has none; raw units when its decimals are unknown', () => {
    const token = { address: `0x${'12'.repeat(20)}`, symbol: 'DOC', decimals: 18 }
    expect(tokenAmount('98715803439706129885', token)).toBe('98.715803 DOC')
    expect(tokenAmount('98715803439706129885', { ...token, decimals: null })).toBe('98715803439706129885 DOC')
    expect(tokenAmount(null, token)).toBe('?')
  })
})

describe('two amounts compared in one sentence', () => {
  it('are shown with as many digits as tell them apart, and no more', () => {
    const approved = 99_9999999n * 10n ** 11n // 99.9999999 of 18 decimals
    const needed = 100n * 10n ** 18n
    expect(readableUnits(approved, 18)).toBe('100')
    expect(readableUnits(approved, 18, needed)).toBe('99.9999999')
    expect(readableUnits(needed, 18, approved)).toBe('100')
    // Already apart at six decimals: nothing added.
    expect(readableUnits(98_715803439706129885n, 18, 99_5n * 10n ** 17n)).toBe('98.715803')
    // One base unit apart: every decimal.
    expect(readableUnits(needed - 1n, 18, needed)).toBe('99.999999999999999999')
    const token = { address: `0x${'12'.repeat(20)}`, symbol: 'DOC', decimals: 18 }
    expect(tokenAmount(String(approved), token, String(needed))).toBe('99.9999999 DOC')
  })
})
