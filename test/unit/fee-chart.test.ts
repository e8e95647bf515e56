import { describe, expect, it } from 'vitest'
import { renderFeeChart } from '../../src/report/fee-chart.js'

const label = (wei: bigint) => `${wei}`

describe('the base fee chart', () => {
  it('draws one column per block, scaled to the highest value', () => {
    expect(renderFeeChart({ values: [2n, 4n, 8n], height: 2, formatValue: label })).toEqual(['8 ┤  █', '0 ┤▄██'])
  })

  it('draws the fee cap as a line across the empty cells, labelled', () => {
    const lines = renderFeeChart({ values: [2n, 8n, 2n], line: 6n, lineLabel: 'cap', height: 4, formatValue: label })
    // Rows stand for 0–2, 2–4, 4–6 and 6–8: a cap of 6 is drawn in the top one.
    expect(lines[0]).toBe('8 ┤─█─ ← cap 6')
    expect(lines.filter((l) => l.includes('cap'))).toHaveLength(1)
  })

  it('scales to the line when the cap is above every fee', () => {
    const lines = renderFeeChart({ values: [1n, 1n], line: 8n, height: 2, formatValue: label })
    expect(lines[0]).toBe('8 ┤── ← 8')
  })

  it('draws nothing without data', () => {
    expect(renderFeeChart({ values: [], formatValue: label })).toEqual([])
  })
})
