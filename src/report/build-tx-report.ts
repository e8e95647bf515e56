import type { TxDiagnosis } from '../diagnose/diagnose-tx.js'
import type { TxEvidence } from '../evidence/schema.js'
import { buildReport, type ReportContext } from './build-report.js'
import { chainName, explorerTxUrl } from './format.js'
import type { Report } from './schema.js'
import { summariseTxEvidence } from './summarise-evidence.js'

export function buildTxReport(evidence: TxEvidence, diagnosis: TxDiagnosis, context: ReportContext): Report {
  return buildReport({
    subject: { kind: 'tx', hash: evidence.hash.toLowerCase() },
    chain:
      diagnosis.chainId === null
        ? null
        : {
            id: diagnosis.chainId,
            name: chainName(diagnosis.chainId),
            explorerUrl: explorerTxUrl(diagnosis.chainId, evidence.hash),
          },
    status: diagnosis.status,
    findings: diagnosis.findings,
    evidence: summariseTxEvidence(evidence),
    context,
  })
}
