import type { AddressDiagnosis } from '../diagnose/diagnose-address.js'
import type { AddressEvidence } from '../evidence/address-schema.js'
import { buildReport, type ReportContext } from './build-report.js'
import { chainName, explorerAddressUrl } from './format.js'
import { planChainId } from './plan-steps.js'
import type { Report } from './schema.js'

const str = (value: bigint | null | undefined) => (value === null || value === undefined ? null : value.toString())

export function buildAddressReport(
  evidence: AddressEvidence,
  diagnosis: AddressDiagnosis,
  context: ReportContext,
): Report {
  // The explorer shows the address where its tokens are: on another network, that network's explorer.
  const explorerChainId = planChainId(diagnosis.findings, diagnosis.chainId)
  return buildReport({
    subject: { kind: 'address', address: evidence.address.toLowerCase(), token: evidence.token?.toLowerCase() ?? null },
    chain:
      diagnosis.chainId === null
        ? null
        : {
            id: diagnosis.chainId,
            name: chainName(diagnosis.chainId),
            explorerUrl: explorerAddressUrl(explorerChainId ?? diagnosis.chainId, evidence.address),
          },
    status: diagnosis.status,
    findings: diagnosis.findings,
    // An allow-list of facts per chain, as plain JSON values.
    evidence: {
      chains: evidence.chains.map((c) => ({
        chainId: c.chainId,
        head: str(c.head),
        balance: str(c.balance),
        nonces: c.nonces,
        isContract: c.isContract,
        token: c.token && {
          hasCode: c.token.hasCode,
          symbol: c.token.info?.symbol ?? null,
          decimals: c.token.info?.decimals ?? null,
          balance: str(c.token.balance),
        },
        transfers: c.transfers && {
          fromBlock: str(c.transfers.fromBlock),
          toBlock: str(c.transfers.toBlock),
          narrowed: c.transfers.narrowed,
          count: c.transfers.items.length,
        },
      })),
      unreachableChainIds: evidence.unreachableChainIds,
      rpc: evidence.rpc,
      gatheredAt: evidence.gatheredAt,
    },
    context,
  })
}
