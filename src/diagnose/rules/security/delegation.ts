import { finding, type Finding } from '../../../findings/finding.js'
import { summarise, type Move, type SecurityFacts } from './facts.js'

/**
 * An EIP-7702 delegation: the account now runs the delegate's code. Critical when funds were seen
 * leaving through that code in transactions others sent (a sweeper delegation); a warning
 * otherwise, since smart-account features use the same mechanism.
 */
export function delegationRule(facts: SecurityFacts, throughDelegation: readonly Move[]): Finding[] {
  const delegation = facts.chain.delegation
  if (!delegation) return []
  const forwards = throughDelegation.length > 0
  return [
    finding(
      'security.delegated',
      {
        chainId: facts.chainId,
        delegate: delegation.delegate,
        setIn: delegation.setIn?.hash ?? null,
        setBy: delegation.setIn?.from ?? null,
        setAtBlock: delegation.setIn?.blockNumber?.toString() ?? null,
        forwards,
        taken: summarise(facts, throughDelegation),
      },
      forwards ? 'critical' : 'warning',
    ),
  ]
}
