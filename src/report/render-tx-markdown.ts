import { translator } from '../i18n/translate.js'
import { escapeMarkdown as md } from '../io/sanitise.js'
import { groupFindings } from './group-findings.js'
import { explorerElsewhere } from './plan-steps.js'
import type { Report } from './schema.js'

/**
 * For ticket forms and chat: no colour, no box drawing, survives any paste. Every string that may
 * hold outside text (findings, steps, the user's words) is escaped, so no link, image or HTML forms.
 */
export function renderTxMarkdown(report: Report): string {
  const say = translator(report.lang)
  const out: string[] = [`## ${say('report.title')}`, '', `> ${say('report.noSecrets')}`, '']
  if (report.subject.kind === 'tx') out.push(`- **${say('report.transaction')}:** \`${report.subject.hash}\``)
  else if (report.subject.kind === 'nonEvm') out.push(`- **${say('report.id')}:** \`${report.subject.id}\``)
  else if (report.subject.kind === 'userOperation')
    out.push(`- **${say('report.userOperation')}:** \`${report.subject.hash}\``)
  else if (report.subject.kind === 'error') {
    for (const hash of report.subject.hashes) out.push(`- **${say('report.transaction')}:** \`${hash}\``)
    for (const address of report.subject.addresses) out.push(`- **${say('report.address')}:** \`${address}\``)
  } else {
    out.push(`- **${say('report.address')}:** \`${report.subject.address}\``)
    if (report.subject.token) out.push(`- **${say('report.token')}:** \`${report.subject.token}\``)
  }
  out.push(`- **${say('report.status')}:** ${say(`status.${report.status}`)}`)
  out.push(
    `- **${say('report.network')}:** ${report.chain ? `${report.chain.name} (chain id ${report.chain.id})` : say('report.unknownNetwork')}`,
  )
  if (report.chain?.explorerUrl) {
    const elsewhere = explorerElsewhere(report)
    out.push(`- **${say('report.explorer')}:** ${report.chain.explorerUrl}${elsewhere ? ` (${elsewhere})` : ''}`)
  }
  if (report.environment.wallet) out.push(`- **${say('report.wallet')}:** ${md(report.environment.wallet)}`)
  if (report.environment.browser) out.push(`- **${say('report.browser')}:** ${md(report.environment.browser)}`)
  if (report.environment.os) {
    out.push(
      `- **${say('report.environment')}:** ${report.environment.os}, ${report.environment.arch}, Node ${report.environment.node}, support-doctor ${report.tool.version}`,
    )
  }
  if (report.context.problem) out.push(`- **${say('report.problem')}:** ${report.context.problem}`)
  out.push(`- **${say('report.checkedAt')}:** ${report.checkedAt}`)
  if (report.context.note)
    out.push('', `### ${say('report.note')}`, '', ...report.context.note.split('\n').map((l) => `> ${md(l)}`))
  if (report.context.tried)
    out.push('', `### ${say('report.tried')}`, '', ...report.context.tried.split('\n').map((l) => `> ${md(l)}`))

  out.push('', `### ${say('report.findings')}`, '')
  if (report.findings.length === 0) out.push(say('report.noFindings'))
  for (const { head: f, details } of groupFindings(report.findings)) {
    const heading = `- **${md(f.title)}** (${say(`severity.${f.severity}`)}, \`${f.code}\``
    if (details.length === 1) out.push(`${heading}): ${md(f.detail)}`)
    // A detail that starts like a list item ("- x", "2. x") would open a list of its own.
    else out.push(`${heading} ×${details.length}):`, ...details.map((detail) => `  - ${notAListItem(md(detail))}`))
  }

  if (report.nextSteps.length > 0) {
    out.push('', `### ${say('report.nextSteps')}`, '')
    report.nextSteps.forEach((step, i) => out.push(`${i + 1}. ${md(step)}`))
  }
  out.push(
    '',
    '---',
    '',
    report.support ? say('report.sendTo', report.support) : say('report.sendToGeneric'),
    say('report.fakeSupport'),
  )
  return `${out.join('\n')}\n`
}

/** A line that starts like a list item ("- x", "2. x") escaped, so it stays text inside the item it is in. */
const notAListItem = (line: string) => line.replace(/^-(?= )/, '\\-').replace(/^(\d+)\.(?= )/, '$1\\.')
