import type { TxEvidence } from '../../evidence/schema.js'
import { headTooOld } from '../endpoint-health.js'
import { isUnplaced } from '../../rpc/endpoint.js'
import { finding, type Finding } from '../../findings/finding.js'

/** `tx.wrong-network`: the hash lives on another chain than the one the user asked about. */
export function wrongNetworkRule(evidence: TxEvidence): Finding[] {
  const requested = evidence.requestedChainId
  const found = evidence.context?.tx || evidence.context?.receipt ? evidence.context.chainId : null
  if (requested === null || found === null || found === requested) return []
  return [finding('tx.wrong-network', { requestedChainId: requested, foundChainId: found })]
}

/**
 * `rpc.*`: endpoints that failed on the way, or were left out of a comparison. A failure that
 * another endpoint covered is worth knowing (info); a chain that could not be searched at all may
 * hide the answer (warning). Every command that reads the chains says them (tx, address, security).
 */
export function endpointRule(evidence: Pick<TxEvidence, 'endpointProblems' | 'unreachableChainIds'>): Finding[] {
  const lostChains = new Set(evidence.unreachableChainIds)
  return evidence.endpointProblems.map((problem) =>
    problem.kind === 'chain-mismatch'
      ? finding('rpc.chain-mismatch', {
          chainId: problem.chainId,
          endpoint: problem.endpoint,
          reportedChainId: problem.reportedChainId ?? null,
        })
      : finding(
          'rpc.unreachable',
          // A --rpc URL that did not answer when asked its chain: its chain is not known (null).
          {
            chainId: isUnplaced(problem) ? null : problem.chainId,
            endpoint: problem.endpoint,
            reason: problem.reason,
          },
          // A --rpc URL whose network is not known may have been the one that knew the answer.
          lostChains.has(problem.chainId) || isUnplaced(problem) ? 'warning' : 'info',
        ),
  )
}

/**
 * `rpc.stale`: the endpoint that answered has a head far older than a live chain allows. Its
 * "pending" or "not found" may only mean it has not caught up.
 */
export function staleRule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context) return []
  const ageSeconds = Math.round(new Date(evidence.gatheredAt).getTime() / 1000 - Number(context.head.timestamp))
  if (!headTooOld(context.chainId, ageSeconds)) return []
  return [
    finding('rpc.stale', {
      chainId: context.chainId,
      endpoint: null,
      headBlock: context.head.number.toString(),
      ageSeconds,
      freshestBlock: null,
    }),
  ]
}
