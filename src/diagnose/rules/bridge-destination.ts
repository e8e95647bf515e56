import type { BridgeOutcome, BridgeTrace } from '../../evidence/bridge-schema.js'
import { agreedEarliest, BEHIND_BLOCKS, secondFreshestHead } from '../../evidence/endpoint-views.js'
import type { EndpointReading } from '../../findings/reading-data.js'
import { judge, type Disagreement } from '../cross-check.js'

/**
 * What an outcome says, as the disagreement finding words it. Its first word names the state, one
 * word per state: that is what is compared (`stateOf`).
 */
function outcomeSaid(outcome: BridgeOutcome): string {
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

/** The same, as data for each language to word. */
function outcomeReading(outcome: BridgeOutcome): EndpointReading {
  const hash = outcome.state === 'delivered' || outcome.state === 'refunded' ? outcome.txHash : null
  return {
    kind: 'bridge',
    state: outcome.state,
    txHash: hash,
    stage: outcome.state === 'in-flight' ? outcome.stage : null,
    action: outcome.state === 'action-needed' ? outcome.action : null,
    reason: outcome.state === 'unreadable' ? outcome.reason : null,
  }
}

/** The state in what an endpoint said: the part that must match (a hash or a stage may honestly differ). */
const stateOf = (said: string) => said.split(' ')[0] as string

/**
 * What became of a transfer, once its destination's endpoints are compared (each was asked on its
 * own when there were several: `destinationReadings`, with each one's head). Not compared: an
 * endpoint that could not tell (a failure, not an answer), and — as they may honestly say "not yet"
 * — one more than two blocks behind the others, or one whose head is below the block the transfer
 * arrived in. Neither is decided on one endpoint's word, or a lying one could silence the rest with
 * a far-off head or a made-up arrival: "the others" is the second-freshest head, and the arrival
 * block counts once two endpoints say it arrived. The rest agree on the state: their answer. They
 * differ: no verdict — "could not tell", never a majority's word — and who said what. (With two
 * endpoints, one lagging across the arrival looks the same as one lying: could not tell.)
 */
export function destinationOutcome(trace: BridgeTrace): { outcome: BridgeOutcome; disagreement: Disagreement | null } {
  const answered = (trace.destinationReadings ?? []).filter((r) => r.outcome.state !== 'unreadable')
  const fresh = secondFreshestHead(answered.map((r) => r.head)) ?? 0n
  // A refund's block is on the origin chain: only a delivery's block is the destination's.
  const arrival = agreedEarliest(
    answered.flatMap((r) =>
      r.outcome.state === 'delivered' && r.outcome.blockNumber !== null ? [r.outcome.blockNumber] : [],
    ),
  )
  const compared = answered.filter(
    (r) =>
      r.head + BEHIND_BLOCKS >= fresh && (arrival === null || r.outcome.state === 'delivered' || r.head >= arrival),
  )
  const first = compared[0]
  if (!first) return { outcome: trace.outcome, disagreement: null }
  const disagreement = judge(
    trace.deposit.destinationChainId,
    'bridge',
    compared.map((r) => ({ endpoint: r.endpoint, said: outcomeSaid(r.outcome), reading: outcomeReading(r.outcome) })),
    stateOf,
  )
  if (!disagreement) return { outcome: first.outcome, disagreement: null }
  return { outcome: { state: 'unreadable', reason: 'endpoints-disagree' }, disagreement }
}
