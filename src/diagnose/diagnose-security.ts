import type { SecurityEvidence } from '../evidence/security-schema.js'
import type { Finding } from '../findings/finding.js'
import { delegationRule } from './rules/security/delegation.js'
import { drainRule } from './rules/security/drains.js'
import { securityFacts } from './rules/security/facts.js'
import { openApprovalRule } from './rules/security/open-approvals.js'
import { endpointRule } from './rules/network.js'
import { outflowDisagreementRule } from './rules/security/outflow-check.js'
import { ownerLogsDisagreement } from './rules/security/logs-check.js'
import { nativeDisagreement } from './rules/security/native-check.js'
import { disagreementFinding } from './rules/cross-check.js'
import { disagreementScope } from '../findings/disagreement-facts.js'
import { ownKeyOutflowRule } from './rules/security/own-key.js'
import { poisoningRule } from './rules/security/poisoning.js'
import { sweeperRule } from './rules/security/sweeps.js'
import { searchedRule } from './rules/security/searched.js'
import type { SecurityStatus } from './security-status.js'

export type SecurityDiagnosis = { status: SecurityStatus; chainId: number | null; findings: Finding[] }

/** The order a support engineer goes through it: stop the bleeding (a key or a live approval), what was taken, then the traps. */
const ORDER: Finding['code'][] = [
  'security.sweeper',
  'security.delegated',
  // A live approval of a spender that already took funds: revoking it is the first thing to do.
  'security.open-approval',
  'security.approval-drain',
  'security.permit-drain',
  'security.address-poisoning',
  'security.own-key-outflow',
  'security.searched',
]
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const

/** Pure: every chain's evidence → findings and one status for the address. */
export function diagnoseSecurity(evidence: SecurityEvidence): SecurityDiagnosis {
  const findings = evidence.chains.flatMap((chain) => {
    const facts = securityFacts(evidence.address, chain)
    // Every finding below is read from the owner's logs and coin history: when the endpoints say
    // different things of them, none is given for this chain (not even "nothing found"), only who
    // said what and what was searched.
    const disputed = [ownerLogsDisagreement(chain), nativeDisagreement(chain)].filter((d) => d !== null)
    if (disputed.length > 0) return [...disputed.map((d) => disagreementFinding(d, 'critical')), searchedRule(facts)]
    const drains = drainRule(facts)
    const sweeps = sweeperRule(facts)
    const poisoning = poisoningRule(facts)
    return [
      ...drains.findings,
      ...delegationRule(facts, drains.throughDelegation),
      ...sweeps.findings,
      ...poisoning.findings,
      ...ownKeyOutflowRule(facts, new Set([...sweeps.explained, ...poisoning.explained])),
      ...openApprovalRule(facts, drains.drainers),
      ...outflowDisagreementRule(facts.chain),
      searchedRule(facts),
    ]
  })
  // Endpoints that failed, or were left out of a comparison: said, as for a transaction.
  findings.push(...endpointRule(evidence))
  findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || ORDER.indexOf(a.code) - ORDER.indexOf(b.code),
  )
  const chainIds = [...new Set(findings.map((f) => (f.data as { chainId: number }).chainId))]
  return {
    status: securityStatus(findings),
    chainId:
      evidence.requestedChainId ??
      (chainIds.length === 1 ? chainIds[0]! : evidence.chains.length === 1 ? evidence.chains[0]!.chainId : null),
    findings,
  }
}

/**
 * compromised: someone other than the owner moved funds without the owner's transaction (a drain,
 * a sweeper, a delegation that forwards); undetermined: nothing of that, and a chain whose
 * endpoints say different things of the address's logs or coin (no verdict on their word);
 * at-risk: nothing taken by others, but something to act on (any warning or critical finding);
 * undetermined also for nothing found while a --rpc URL never said its network (it may serve the
 * one where the funds went); clean otherwise.
 */
export function securityStatus(findings: readonly Finding[]): SecurityStatus {
  const takenByOthers = findings.some(
    (f) =>
      f.code === 'security.approval-drain' ||
      f.code === 'security.permit-drain' ||
      f.code === 'security.sweeper' ||
      (f.code === 'security.delegated' && f.data.forwards),
  )
  if (takenByOthers) return 'compromised'
  const disputed = (f: Finding) => f.code === 'rpc.disagreement' && disagreementScope[f.data.fact] === 'history'
  if (findings.some(disputed)) return 'undetermined'
  // An endpoint that failed is nothing to act on about the address (a chain not searched says so).
  const aboutTheAddress = findings.filter((f) => f.code !== 'rpc.unreachable' && f.code !== 'rpc.chain-mismatch')
  if (aboutTheAddress.some((f) => f.severity !== 'info')) return 'at-risk'
  // "Nothing found" speaks for every network: not while a --rpc URL never said which one it serves.
  const unplaced = findings.some((f) => f.code === 'rpc.unreachable' && f.data.chainId === null)
  return unplaced ? 'undetermined' : 'clean'
}

/** 0 clean, 1 something found, 3 the endpoints contradict each other (no verdict). */
export const securityExitCode = (diagnosis: SecurityDiagnosis): 0 | 1 | 3 =>
  diagnosis.status === 'undetermined' ? 3 : diagnosis.status === 'clean' ? 0 : 1
