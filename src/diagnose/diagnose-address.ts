import type { AddressEvidence } from '../evidence/address-schema.js'
import type { Finding } from '../findings/finding.js'
import { addressDisagreements } from './rules/address-cross-check.js'
import { disagreementFinding } from './rules/cross-check.js'
import { endpointRule } from './rules/network.js'
import { accountRule, pendingTransactionsRule, tokenLocationRule } from './rules/address.js'

import type { AddressStatus } from './address-status.js'
import { unplacedEndpoints } from './endpoint-health.js'

export type AddressDiagnosis = { status: AddressStatus; chainId: number | null; findings: Finding[] }

/**
 * Pure: where the address's tokens are, and what is stuck — unless a chain's endpoints, each asked
 * at the same block, disagree (on what it holds or on the token's transfers): then no verdict on
 * their word (`undetermined`, exit 3), only who said what. Nothing found anywhere is no verdict
 * either while a --rpc URL never said which network it serves.
 */
export function diagnoseAddress(evidence: AddressEvidence): AddressDiagnosis {
  const disagreements = evidence.chains.flatMap(addressDisagreements)
  if (disagreements.length > 0) {
    const findings = [...disagreements.map((d) => disagreementFinding(d, 'critical')), ...endpointRule(evidence)]
    const chains = [...new Set(disagreements.map((d) => d.chainId))]
    const only = chains.length === 1 ? (chains[0] ?? null) : null
    return { status: 'undetermined', chainId: evidence.requestedChainId ?? only, findings }
  }
  const findings: Finding[] = pendingTransactionsRule(evidence)
  const status = evidence.token
    ? tokenLocationRule(evidence, findings)
    : findings.length > 0
      ? 'pending-transactions'
      : 'ok'
  findings.push(...accountRule(evidence))
  // Endpoints that failed, or were left out of the comparison: said, as for a transaction.
  findings.push(...endpointRule(evidence))
  const held = findings.filter((f) => f.code === 'token.held')
  // "Nothing here" and "not a token anywhere" speak for every network; a --rpc URL that never
  // said which network it serves may serve the very one that would say otherwise.
  const nothingFound = status === 'not-a-token' || findings.some((f) => f.code === 'address.unused')
  if (nothingFound && unplacedEndpoints(evidence).length > 0) return { status: 'undetermined', chainId: null, findings }
  const chainId =
    evidence.requestedChainId ??
    (held.length === 1
      ? (held[0]?.data as { chainId: number }).chainId
      : evidence.chains.length === 1
        ? (evidence.chains[0]?.chainId ?? null)
        : null)
  return { status, chainId, findings }
}

export function addressExitCode(diagnosis: AddressDiagnosis): 0 | 1 | 3 {
  // The endpoints contradict each other, or one the user gave could not be placed: no verdict.
  if (diagnosis.status === 'undetermined') return 3
  return diagnosis.findings.some((f) => f.severity !== 'info' && !f.code.startsWith('rpc.')) ? 1 : 0
}
