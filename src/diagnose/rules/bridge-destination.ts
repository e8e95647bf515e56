import type { BridgeOutcome, BridgeTrace } from '../../evidence/bridge-schema.js'
import { judge, type Disagreement } from '../cross-check.js'

/** What an outcome says, as the disagreement finding words it (and compares it: equal words, equal answers). */
export function outcomeSaid(outcome: BridgeOutcome): string {
  switch (outcome.state) {
    case 'delivered':
      return outcome.txHash ? `delivered in ${outcome.txHash}` : 'delivered'
    case 'in-flight':
      return `in flight (${outcome.stage})`
    case 'action-needed':
      return `waiting for ${outcome.action}`
    case 'refunded':
      return outcome.txHash ? `refunded in ${outcome.txHash}` : 'refunded'
    case 'expired':
      return 'expired'
    case 'no-endpoint':
      return 'no endpoint'
    case 'unreadable':
      return `could not tell (${outcome.reason})`
  }
}

/**
 * What became of a transfer, once its destination's endpoints are compared (each was asked on its
 * own when there were several: `destinationReadings`). They agree: their answer. They differ: no
 * verdict — "could not tell", never a majority's word, for an endpoint behind the chain says "not
 * arrived" just as a lying one does — and who said what.
 */
export function destinationOutcome(trace: BridgeTrace): { outcome: BridgeOutcome; disagreement: Disagreement | null } {
  const readings = trace.destinationReadings ?? []
  if (readings.length === 0) return { outcome: trace.outcome, disagreement: null }
  const disagreement = judge(
    trace.deposit.destinationChainId,
    'bridge',
    readings.map((r) => ({ endpoint: r.endpoint, said: outcomeSaid(r.outcome) })),
  )
  if (!disagreement) return { outcome: trace.outcome, disagreement: null }
  return { outcome: { state: 'unreadable', reason: 'endpoints-disagree' }, disagreement }
}
