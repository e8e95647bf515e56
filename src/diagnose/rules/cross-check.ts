import type { TxEvidence } from '../../evidence/schema.js'
import { finding, type Finding } from '../../findings/finding.js'
import { behindViews, disagreements, seenMinedButUnknown } from '../cross-check.js'

/** `rpc.stale` for an endpoint behind the others of its chain: its "I don't know it" was not counted. */
export function behindRule(evidence: TxEvidence): Finding[] {
  return behindViews(evidence).map(({ view, freshest }) =>
    finding('rpc.stale', {
      chainId: view.chainId,
      endpoint: view.endpoint,
      headBlock: view.headBlock.toString(),
      ageSeconds: null,
      freshestBlock: freshest.toString(),
    }),
  )
}

/** `rpc.disagreement`: which endpoints said what; critical when no majority can be formed (no verdict). */
export function disagreementRule(evidence: TxEvidence): Finding[] {
  return disagreements(evidence).map((d) =>
    finding(
      'rpc.disagreement',
      { chainId: d.chainId, fact: d.fact, answers: d.answers, majority: d.majority },
      d.majority ? 'warning' : 'critical',
    ),
  )
}

/** `tx.seen-mined`: the tool's memory saw it mined; the endpoints' not knowing it is no verdict. */
export function seenMinedRule(evidence: TxEvidence): Finding[] {
  const memory = evidence.memory
  if (!memory || !seenMinedButUnknown(evidence)) return []
  return [
    finding('tx.seen-mined', {
      chainId: memory.chainId,
      lastStatus: memory.lastStatus,
      firstSeenAt: memory.firstSeenAt,
    }),
  ]
}
