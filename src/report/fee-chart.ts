const EIGHTHS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']

export type FeeChartOptions = {
  /** Base fee per block, oldest first. */
  values: readonly bigint[]
  /** A level drawn across the chart (a transaction's fee cap), if any. */
  line?: bigint | null
  lineLabel?: string
  height?: number
  formatValue: (wei: bigint) => string
  paint?: { bar: (s: string) => string; line: (s: string) => string; axis: (s: string) => string }
}

const plain = (s: string) => s

/**
 * A bar chart of the base fee over recent blocks, in block characters, with an optional
 * horizontal line (the fee cap): a person sees at a glance whether the cap is under the fees.
 * Pure: returns lines, colour is the caller's choice.
 */
export function renderFeeChart(options: FeeChartOptions): string[] {
  const height = options.height ?? 8
  const paint = options.paint ?? { bar: plain, line: plain, axis: plain }
  const values = options.values
  if (values.length === 0) return []
  const top = [...values, options.line ?? 0n].reduce((a, b) => (b > a ? b : a), 1n)
  const eighths = (v: bigint) => Number((v * BigInt(height * 8)) / top)
  const lineRow =
    options.line === null || options.line === undefined
      ? -1
      : Math.min(height - 1, Math.floor(eighths(options.line) / 8))

  const topLabel = options.formatValue(top)
  const bottomLabel = '0'
  const axisWidth = Math.max(topLabel.length, bottomLabel.length)
  const lines: string[] = []
  for (let row = height - 1; row >= 0; row--) {
    let cells = ''
    for (const value of values) {
      const fill = eighths(value) - row * 8
      const bar = EIGHTHS[Math.max(0, Math.min(8, fill))] as string
      cells += row === lineRow && bar === ' ' ? paint.line('─') : paint.bar(bar)
    }
    const label = row === height - 1 ? topLabel : row === 0 ? bottomLabel : ''
    const suffix =
      row === lineRow && options.line
        ? paint.line(` ← ${[options.lineLabel, options.formatValue(options.line)].filter(Boolean).join(' ')}`)
        : ''
    lines.push(`${paint.axis(label.padStart(axisWidth))} ${paint.axis('┤')}${cells}${suffix}`)
  }
  return lines
}
