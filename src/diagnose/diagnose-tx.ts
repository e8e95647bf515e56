import type { TxEvidence } from '../evidence/schema.js'
import type { Finding } from '../findings/finding.js'
import { lostRule } from './rules/lost.js'
import { behindRule, disagreementRule, minedNoReceiptRule, seenMinedRule } from './rules/cross-check.js'
import { endpointRule, staleRule, wrongNetworkRule } from './rules/network.js'
import { failureRule } from './rules/failure.js'
import { outcomeRule } from './rules/outcome.js'
import { swapRule } from './rules/swap.js'
import { allowanceRule } from './rules/allowance.js'
import { permit2Rule } from './rules/permit2.js'
import { feeOnTransferRule } from './rules/fee-on-transfer.js'
import { tokenRule } from './rules/tokens.js'
import { stuckRule } from './rules/stuck.js'
import { delegationRule } from './rules/delegation.js'
import { userOperationRule } from './rules/user-operation.js'
import { bridgeRule } from './rules/bridge.js'
import { txStatus, type TxStatus } from './tx-status.js'

export type TxDiagnosis = { status: TxStatus; chainId: number | null; findings: Finding[] }

/** Rules run in this order, which is also the order a person reads the findings in. */
const rules = [
  wrongNetworkRule,
  outcomeRule,
  failureRule,
  swapRule,
  allowanceRule,
  permit2Rule,
  feeOnTransferRule,
  tokenRule,
  delegationRule,
  userOperationRule,
  bridgeRule,
  stuckRule,
  lostRule,
  seenMinedRule,
  minedNoReceiptRule,
  disagreementRule,
  staleRule,
  behindRule,
  endpointRule,
]

/** Findings that say why there is no verdict, kept when there is none. */
const UNDECIDED_CODES = new Set(['tx.seen-mined', 'tx.mined-no-receipt', 'tx.not-found'])

/** Pure: the same evidence always gives the same diagnosis, with no network and no clock. */
export function diagnoseTx(evidence: TxEvidence): TxDiagnosis {
  const status = txStatus(evidence)
  const findings = rules.flatMap((rule) => rule(evidence))
  return {
    status,
    chainId: evidence.context?.chainId ?? evidence.userOperation?.chainId ?? null,
    // Without a verdict, only why there is none: no outcome, reason or advice built on a disputed answer.
    findings:
      status === 'undetermined'
        ? findings.filter((f) => f.code.startsWith('rpc.') || UNDECIDED_CODES.has(f.code))
        : findings,
  }
}

/**
 * 0 only when the transaction is confirmed and nothing the user must act on was found. Endpoint
 * trouble alone does not turn a good answer into a failure for CI: the answer still stands.
 */
export function exitCodeFor(diagnosis: TxDiagnosis): 0 | 1 | 3 {
  if (diagnosis.status === 'undetermined') return 3 // could not look correctly: no verdict
  const actionable = diagnosis.findings.some((f) => f.severity !== 'info' && !f.code.startsWith('rpc.'))
  return diagnosis.status === 'confirmed' && !actionable ? 0 : 1
}
