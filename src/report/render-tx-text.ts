import type { ChalkInstance } from 'chalk'
import { labelColumn, padLabel } from '../ui/text-width.js'
import { explorerElsewhere } from './plan-steps.js'
import { translator } from '../i18n/translate.js'
import { renderFeeChart } from './fee-chart.js'
import { gwei } from './format.js'
import { groupFindings, type FindingGroup } from './group-findings.js'
import type { Report } from './schema.js'

import type { FeeChartData } from './report-view.js'

const icon = { critical: '✖', warning: '!', info: '✓' } as const

/** The readable default: a few labelled lines, findings with their detail, numbered next steps. */
export function renderTxText(report: Report, chart: FeeChartData | null, style: ChalkInstance): string {
  const say = translator(report.lang)
  const colour = { critical: style.red, warning: style.yellow, info: style.green }
  const statusColour = ['confirmed', 'ok', 'held', 'clean'].includes(report.status)
    ? style.green
    : ['pending', 'pending-transactions', 'no-balance', 'at-risk'].includes(report.status)
      ? style.yellow
      : style.red
  const out: string[] = [style.bold(say('report.title')), style.dim(say('report.noSecrets')), '']

  const rows: [label: string, value: string][] = []
  if (report.subject.kind === 'tx') rows.push([say('report.transaction'), report.subject.hash])
  else if (report.subject.kind === 'nonEvm') rows.push([say('report.id'), report.subject.id])
  else if (report.subject.kind === 'userOperation') rows.push([say('report.userOperation'), report.subject.hash])
  else if (report.subject.kind === 'error') {
    for (const hash of report.subject.hashes) rows.push([say('report.transaction'), hash])
    for (const address of report.subject.addresses) rows.push([say('report.address'), address])
  } else {
    rows.push([say('report.address'), report.subject.address])
    if (report.subject.token) rows.push([say('report.token'), report.subject.token])
  }
  rows.push([say('report.status'), statusColour.bold(say(`status.${report.status}`))])
  rows.push([
    say('report.network'),
    report.chain ? `${report.chain.name} (${report.chain.id})` : say('report.unknownNetwork'),
  ])
  if (report.chain?.explorerUrl) {
    const elsewhere = explorerElsewhere(report)
    rows.push([
      say('report.explorer'),
      `${style.underline(report.chain.explorerUrl)}${elsewhere ? style.dim(` (${elsewhere})`) : ''}`,
    ])
  }
  if (report.environment.wallet) rows.push([say('report.wallet'), report.environment.wallet])
  if (report.context.problem) rows.push([say('report.problem'), report.context.problem])
  if (report.context.note) rows.push([say('report.note'), report.context.note])
  if (report.context.tried) rows.push([say('report.tried'), report.context.tried])
  // One column for every label, as wide as the widest (エクスプローラー takes 16 columns).
  const labelWidth = labelColumn(
    rows.map(([label]) => label),
    14,
  )
  for (const [label, value] of rows) out.push(`${style.dim(padLabel(label, labelWidth))}${value}`)

  out.push('', style.bold(say('report.findings')))
  if (report.findings.length === 0) out.push(`  ${say('report.noFindings')}`)
  for (const group of groupFindings(report.findings))
    out.push(...findingLines(group, colour[group.head.severity], say(`severity.${group.head.severity}`), style))

  if (chart && chart.values.length > 0) {
    out.push('', style.bold(say('report.feeChart', { blocks: chart.values.length })))
    const lines = renderFeeChart({
      values: chart.values,
      line: chart.feeCap,
      lineLabel: say('report.feeCapLine'),
      formatValue: gwei,
      paint: { bar: style.cyan, line: style.red, axis: style.dim },
    })
    out.push(...lines.map((l) => `  ${l}`))
  }

  if (report.nextSteps.length > 0) {
    out.push('', style.bold(say('report.nextSteps')))
    report.nextSteps.forEach((step, i) => out.push(`  ${i + 1}. ${step}`))
  }
  const rpc = report.evidence.rpc as { httpRequests: number; calls: number } | undefined
  const footer = [`${say('report.checkedAt')} ${report.checkedAt}`]
  if (rpc) footer.push(say('report.requests', { http: rpc.httpRequests, calls: rpc.calls }))
  out.push('', style.dim(footer.join(' · ')))
  out.push(
    style.dim(report.support ? say('report.sendTo', report.support) : say('report.sendToGeneric')),
    style.dim(say('report.fakeSupport')),
  )
  return `${out.join('\n')}\n`
}

function findingLines(group: FindingGroup, paint: ChalkInstance, severity: string, style: ChalkInstance): string[] {
  const { head: f, details } = group
  const code = details.length > 1 ? `${f.code} ×${details.length}` : f.code
  return [
    `  ${paint(`${icon[f.severity]} ${severity}`)}  ${style.bold(f.title)}  ${style.dim(code)}`,
    ...details.map((detail) => (details.length > 1 ? `     • ${detail}` : `     ${detail}`)),
  ]
}
