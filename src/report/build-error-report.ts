import type { ErrorTextFacts } from '../decode/error-text/parse-error-text.js'
import type { ErrorDiagnosis } from '../diagnose/diagnose-error.js'
import { translator } from '../i18n/translate.js'
import { buildReport, type ReportContext } from './build-report.js'
import type { Report } from './schema.js'

/**
 * The report of a pasted error. The hashes and addresses it named are kept (they are public), and
 * the first next steps are the literal commands that look them up on chain.
 */
export function buildErrorReport(
  facts: ErrorTextFacts,
  diagnosis: ErrorDiagnosis,
  context: ReportContext,
  removed: Record<string, number>,
): Report {
  const report = buildReport({
    subject: { kind: 'error', hashes: facts.ids.hashes, addresses: facts.ids.addresses },
    chain: null,
    status: diagnosis.status,
    findings: diagnosis.findings,
    evidence: { codes: facts.codes, stage: facts.stage, redacted: removed },
    context,
  })
  return { ...report, nextSteps: [...lookUpSteps(facts, context), ...report.nextSteps] }
}

/** `support-doctor tx 0x…` for the first hash, `support-doctor address 0x…` for the person's own address. */
export function lookUpSteps(facts: ErrorTextFacts, context: Pick<ReportContext, 'lang'>): string[] {
  const say = translator(context.lang)
  const hash = facts.ids.hashes[0]
  const address = facts.ids.ownAddress ?? facts.ids.addresses[0]
  return [
    ...(hash ? [say('explain.stepTx', { command: lookUpCommand('tx', hash) })] : []),
    ...(address ? [say('explain.stepAddress', { command: lookUpCommand('address', address) })] : []),
  ]
}

export const lookUpCommand = (kind: 'tx' | 'address', id: string) => `support-doctor ${kind} ${id}`
