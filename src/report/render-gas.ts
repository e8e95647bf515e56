import type { ChalkInstance } from 'chalk'
import type { FeeAdvice } from '../diagnose/fee-advice.js'
import type { Lang } from '../i18n/catalog.js'
import { labelColumn, padLabel } from '../ui/text-width.js'
import { translator } from '../i18n/translate.js'
import { renderFeeChart } from './fee-chart.js'
import { headTooOld } from '../diagnose/endpoint-health.js'
import { age, chainName, feeText, gwei } from './format.js'

export function renderGasText(advice: readonly FeeAdvice[], lang: Lang, style: ChalkInstance, now: Date): string {
  const say = translator(lang)
  const blocks = advice.map((a) => {
    // One column for the labels, as wide as the widest ("Recent tips (p10 / p50 / p90)", Japanese ones).
    const labels = [say('gas.baseFeeNow'), say('gas.baseFeeNext'), say('gas.tips'), say('gas.gasPrice')]
    const width = labelColumn(labels, 28)
    const label = (text: string) => style.dim(padLabel(text, width))
    const out = [style.bold(say('gas.title', { chain: `${chainName(a.chainId)} (${a.chainId})` }))]
    const headAge = now.getTime() / 1000 - Number(a.headTimestamp)
    out.push(style.dim(say('gas.head', { block: a.headBlock, age: age(headAge, lang) })))
    // Fees read from a head the chain has long left behind are not today's fees.
    if (headTooOld(a.chainId, headAge)) out.push(style.yellow(say('gas.stale', { age: age(headAge, lang) })))
    if (a.feeModel === 'eip1559') {
      out.push(`${label(say('gas.baseFeeNow'))}${a.baseFee ? gwei(a.baseFee) : say('gas.noData')}`)
      out.push(`${label(say('gas.baseFeeNext'))}${a.nextBaseFee ? gwei(a.nextBaseFee) : say('gas.noData')}`)
      out.push(
        `${label(say('gas.tips'))}${a.tips ? `${gwei(a.tips.low)} / ${gwei(a.tips.median)} / ${gwei(a.tips.high)}` : say('gas.noData')}`,
      )
    } else {
      out.push(`${label(say('gas.gasPrice'))}${a.gasPrice ? gwei(a.gasPrice) : say('gas.noData')}`)
    }
    out.push('', style.bold(say('gas.suggested')))
    for (const speed of ['slow', 'normal', 'fast'] as const)
      out.push(`  ${padLabel(say(`gas.${speed}`), 8)}${feeText(say, a.suggested[speed])}`)
    const history = a.baseFeeHistory.map(BigInt)
    if (history.length > 0 && a.feeModel === 'eip1559') {
      out.push('', style.bold(say('report.feeChart', { blocks: history.length })))
      out.push(
        ...renderFeeChart({
          values: history,
          formatValue: gwei,
          paint: { bar: style.cyan, line: style.red, axis: style.dim },
        }).map((l) => `  ${l}`),
      )
    }
    out.push(
      '',
      style.dim(
        a.feeModel === 'eip1559'
          ? say('gas.replaceRule', { rise: `${a.baseFeeMaxRisePercent}%` })
          : say('gas.legacyRule'),
      ),
    )
    if (a.feeModel === 'eip1559' && !a.tipsMatter) out.push(style.dim(say('gas.tipsIgnored')))
    return out.join('\n')
  })
  return `${blocks.join('\n\n')}\n`
}
