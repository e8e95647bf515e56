import type { AddressEvidence } from '../evidence/address-schema.js'
import type { Finding } from '../findings/finding.js'
import { pendingTransactionsRule, tokenLocationRule } from './rules/address.js'

import type { AddressStatus } from './address-status.js'

export type AddressDiagnosis = { status: AddressStatus; chainId: number | null; findings: Finding[] }

/** Pure: where the address's tokens are, and what is stuck. */
export function diagnoseAddress(evidence: AddressEvidence): AddressDiagnosis {
  const findings: Finding[] = pendingTransactionsRule(evidence)
  const status = evidence.token
    ? tokenLocationRule(evidence, findings)
    : findings.length > 0
      ? 'pending-transactions'
      : 'ok'
  const held = findings.filter((f) => f.code === 'token.held')
  const chainId =
    evidence.requestedChainId ??
    (held.length === 1
      ? (held[0]?.data as { chainId: number }).chainId
      : evidence.chains.length === 1
        ? (evidence.chains[0]?.chainId ?? null)
        : null)
  return { status, chainId, findings }
}

export function addressExitCode(diagnosis: AddressDiagnosis): 0 | 1 {
  return diagnosis.findings.some((f) => f.severity !== 'info' && !f.code.startsWith('rpc.')) ? 1 : 0
}
