import { translator } from '../i18n/translate.js'
import type { Report } from './schema.js'

/** For ticket forms and chat: no colour, no box drawing, survives any paste. */
export function renderTxMarkdown(report: Report): string {
  const say = translator(report.lang)
  const out: string[] = [`## ${say('report.title')}`, '', `> ${say('report.noSecrets')}`, '']
  if (report.subject.kind === 'tx') out.push(`- **${say('report.transaction')}:** \`${report.subject.hash}\``)
  else {
    out.push(`- **${say('report.address')}:** \`${report.subject.address}\``)
    if (report.subject.token) out.push(`- **${say('report.token')}:** \`${report.subject.token}\``)
  }
  out.push(`- **${say('report.status')}:** ${say(`status.${report.status}`)}`)
  out.push(
    `- **${say('report.network')}:** ${report.chain ? `${report.chain.name} (chain id ${report.chain.id})` : say('report.unknownNetwork')}`,
  )
  if (report.chain?.explorerUrl) out.push(`- **${say('report.explorer')}:** ${report.chain.explorerUrl}`)
  if (report.environment.wallet) out.push(`- **${say('report.wallet')}:** ${report.environment.wallet}`)
  if (report.environment.browser) out.push(`- **${say('report.browser')}:** ${report.environment.browser}`)
  if (report.environment.os) {
    out.push(
      `- **${say('report.environment')}:** ${report.environment.os}, ${report.environment.arch}, Node ${report.environment.node}, support-doctor ${report.tool.version}`,
    )
  }
  if (report.context.problem) out.push(`- **${say('report.problem')}:** ${report.context.problem}`)
  out.push(`- **${say('report.checkedAt')}:** ${report.checkedAt}`)
  if (report.context.note)
    out.push('', `### ${say('report.note')}`, '', ...report.context.note.split('\n').map((l) => `> ${l}`))
  if (report.context.tried)
    out.push('', `### ${say('report.tried')}`, '', ...report.context.tried.split('\n').map((l) => `> ${l}`))

  out.push('', `### ${say('report.findings')}`, '')
  if (report.findings.length === 0) out.push(say('report.noFindings'))
  for (const f of report.findings)
    out.push(`- **${f.title}** (${say(`severity.${f.severity}`)}, \`${f.code}\`): ${f.detail}`)

  if (report.nextSteps.length > 0) {
    out.push('', `### ${say('report.nextSteps')}`, '')
    report.nextSteps.forEach((step, i) => out.push(`${i + 1}. ${step}`))
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
