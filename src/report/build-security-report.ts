import { chainForId } from '../chains/registry.js'
import type { SecurityDiagnosis } from '../diagnose/diagnose-security.js'
import type { SecurityEvidence } from '../evidence/security-schema.js'
import { buildReport, type ReportContext } from './build-report.js'
import { chainName } from './format.js'
import type { Report } from './schema.js'

/** The `security` report: subject kind `address`, one status for the address, facts per chain searched. */
export function buildSecurityReport(
  evidence: SecurityEvidence,
  diagnosis: SecurityDiagnosis,
  context: ReportContext,
): Report {
  const explorer = diagnosis.chainId === null ? undefined : chainForId(diagnosis.chainId).explorerUrl
  return buildReport({
    subject: { kind: 'address', address: evidence.address.toLowerCase(), token: null },
    chain:
      diagnosis.chainId === null
        ? null
        : {
            id: diagnosis.chainId,
            name: chainName(diagnosis.chainId),
            explorerUrl: explorer ? `${explorer}/address/${evidence.address}` : null,
          },
    status: diagnosis.status,
    findings: diagnosis.findings,
    // What was searched, per chain: enough to know what "nothing found" covers.
    evidence: {
      chains: evidence.chains.map((c) => ({
        chainId: c.chainId,
        fromBlock: c.fromBlock.toString(),
        toBlock: c.head.toString(),
        narrowed: c.narrowed,
        balance: c.balance.toString(),
        delegate: c.delegation?.delegate ?? null,
        logs: c.logs.length,
        logsDropped: c.logsDropped,
        transactions: c.transactions.length,
        approvalsChecked: c.allowances.length,
      })),
      unreachableChainIds: evidence.unreachableChainIds,
      rpc: evidence.rpc,
      gatheredAt: evidence.gatheredAt,
    },
    context,
  })
}
