import { finding, type Finding } from '../../../findings/finding.js'
import { outflowDisagreement } from './outflow-check.js'
import { summarise, type SecurityFacts } from './facts.js'

/**
 * What is left: tokens that the owner's own key sent away, leaving nothing of that token behind,
 * and that no other rule explains (not a known router's swap). Reported as "signed by your key",
 * with the transactions — whether the owner signed them, only the owner knows.
 */
export function ownKeyOutflowRule(facts: SecurityFacts, explained: ReadonlySet<string>): Finding[] {
  const emptied = facts.chain.tokenBalances.filter((b) => b.balance === 0n).map((b) => b.token.toLowerCase())
  const outflows = emptied.flatMap((token) => {
    const last = facts.moves.filter((m) => m.token === token && (m.from === facts.owner || m.to === facts.owner)).at(-1)
    const emptiedIt =
      last &&
      last.from === facts.owner &&
      last.standard === 'erc20' &&
      last.amount > 0n &&
      facts.sentByOwner(last) === true &&
      !explained.has(last.hash) &&
      !(last.sentBy?.to && facts.known(last.sentBy.to))
    return emptiedIt ? [last] : []
  })
  if (outflows.length === 0) return []
  // One the chain's endpoints disagree about is still said (the key may be gone), and marked.
  const disputed = outflows.some((m) => outflowDisagreement(facts.chain, m.hash) !== null)
  return [finding('security.own-key-outflow', { chainId: facts.chainId, taken: summarise(facts, outflows), disputed })]
}
