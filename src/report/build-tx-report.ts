import type { TxDiagnosis } from '../diagnose/diagnose-tx.js'
import type { TxEvidence } from '../evidence/schema.js'
import { buildReport, type ReportContext } from './build-report.js'
import { chainName, explorerTxUrl } from './format.js'
import type { Report } from './schema.js'
import { summariseTxEvidence } from './summarise-evidence.js'

export function buildTxReport(evidence: TxEvidence, diagnosis: TxDiagnosis, context: ReportContext): Report {
  return buildReport({
    subject: evidence.userOperation
      ? { kind: 'userOperation', hash: evidence.hash.toLowerCase() }
      : { kind: 'tx', hash: evidence.hash.toLowerCase() },
    chain:
      diagnosis.chainId === null
        ? null
        : {
            id: diagnosis.chainId,
            name: chainName(diagnosis.chainId),
            // A user operation is seen on the explorer through the bundle transaction that carried it.
            explorerUrl: explorerTxUrl(diagnosis.chainId, evidence.userOperation?.transactionHash ?? evidence.hash),
          },
    status: diagnosis.status,
    findings: diagnosis.findings,
    evidence: summariseTxEvidence(evidence),
    context,
  })
}
