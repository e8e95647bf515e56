import { finding, type Finding } from '../../../findings/finding.js'
import { NATIVE as NATIVE_TOKEN, summarise, type Move, type SecurityFacts } from './facts.js'

/**
 * An EIP-7702 delegation: the account now runs the delegate's code. Critical when funds were seen
 * leaving through that code in transactions others sent (a sweeper delegation) — tokens from
 * their logs, coin from a trace of the deposit, or, where no trace is served, coin that arrived in
 * a block and left in the same block while the owner's nonce did not move (no transaction of the
 * owner's own paid it out: the code did). A warning otherwise, since smart-account features use
 * the same mechanism.
 */
export function delegationRule(facts: SecurityFacts, throughDelegation: readonly Move[]): Finding[] {
  const delegation = facts.chain.delegation
  if (!delegation) return []
  const nativeLeft = facts.chain.native?.traced === true ? [] : leftWithoutOwnerTransaction(facts)
  const forwards = throughDelegation.length > 0 || nativeLeft.length > 0
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
        nativeLeft,
      },
      forwards ? 'critical' : 'warning',
    ),
  ]
}

/** Blocks where deposits arrived and coin left with the owner's nonce unchanged and no transaction of the owner's. */
function leftWithoutOwnerTransaction(facts: SecurityFacts) {
  const native = facts.chain.native
  if (!native) return []
  return native.blocks.flatMap((block) => {
    const inBlock = native.transfers.filter((t) => t.blockNumber === block.number)
    if (block.nonceAfter !== block.nonceBefore || inBlock.some((t) => t.from === facts.owner)) return []
    const deposits = inBlock.filter((t) => t.to === facts.owner && t.status === 'success' && t.value > 0n)
    const arrived = deposits.reduce((sum, t) => sum + t.value, 0n)
    const left = block.balanceBefore + arrived - block.balanceAfter
    if (arrived === 0n || left <= 0n) return []
    return [
      {
        blockNumber: block.number.toString(),
        amount: left.toString(),
        token: facts.token(NATIVE_TOKEN),
        depositHashes: deposits.map((t) => t.hash),
      },
    ]
  })
}
