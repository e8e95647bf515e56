import { delegationCode, knownDelegateName } from '../../decode/known-delegates.js'
import type { TxEvidence } from '../../evidence/schema.js'
import { finding, type Finding } from '../../findings/finding.js'

const ZERO = '0x0000000000000000000000000000000000000000'

/**
 * `tx.delegation` for each EIP-7702 authorization of a mined type-4 transaction: whose account,
 * to which code, and whether it took effect (the account's code after the block). A warning when
 * the delegate is not a known wallet implementation; delegating to the zero address revokes.
 */
export function delegationRule(evidence: TxEvidence): Finding[] {
  return (evidence.context?.delegations ?? []).map((d) => {
    const revocation = d.delegate === ZERO
    const code = d.codeAfter?.toLowerCase() ?? null
    const tookEffect = code === null ? null : revocation ? code === '0x' : code === delegationCode(d.delegate)
    const knownImplementation = revocation ? null : knownDelegateName(d.delegate)
    return finding(
      'tx.delegation',
      {
        authority: d.authority,
        delegate: d.delegate,
        chainId: d.chainId,
        nonce: d.nonce,
        tookEffect,
        revocation,
        knownImplementation,
      },
      revocation || knownImplementation ? 'info' : 'warning',
    )
  })
}
