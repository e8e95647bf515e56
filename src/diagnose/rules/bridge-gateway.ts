import type { Address } from 'viem'
import type { BridgeTrace, GatewayReading } from '../../evidence/bridge-schema.js'
import { arbitrumMessageEnds } from '../../evidence/bridges/arbitrum-message-ends.js'
import type { GatewayVerdict } from '../../findings/bridge-data.js'
import { judge, type Disagreement } from '../cross-check.js'

/** What one endpoint said of the gateway, as the disagreement finding words it (and compares it). */
const said = (r: GatewayReading) => `gateway ${r.routerGateway}, counterpart ${r.counterpart ?? 'none'}`

/** The L1 chain, where the gateway is read: a withdrawal's destination, a deposit's source. */
const l1ChainOf = (trace: BridgeTrace) =>
  trace.deposit.direction === 'withdrawal' ? trace.deposit.destinationChainId : trace.deposit.sourceChainId

/**
 * The L1 endpoints' readings compared: the one they all gave, or the majority's (more than half of
 * those that answered) — null when none answered or there is no majority, for then no verdict rests
 * on their word — and who said what when they differ.
 */
export function gatewayReading(trace: BridgeTrace): {
  agreed: GatewayReading | null
  disagreement: Disagreement | null
} {
  const readings = trace.gateway?.readings ?? []
  const disagreement = judge(
    l1ChainOf(trace),
    'gateway',
    readings.map((r) => ({
      endpoint: r.endpoint,
      said: said(r),
      reading: { kind: 'gateway', gateway: r.routerGateway, counterpart: r.counterpart },
    })),
  )
  if (!disagreement) return { agreed: readings[0] ?? null, disagreement: null }
  const agreed = disagreement.majority ? (readings.find((r) => said(r) === disagreement.majoritySaid) ?? null) : null
  return { agreed, disagreement }
}

/**
 * Whether a transfer whose token comes from its message's call (an Arbitrum token gateway's
 * `finalizeInboundTransfer`) is one: `checked` when the bridge's L1GatewayRouter names the message's
 * L1 end as the token's gateway and that gateway names the message's L2 end as its counterpart;
 * `not-the-gateway` when either names another address — the call then moves no tokens, whatever it
 * says; `unchecked` when there was no router to ask, no L1
 * endpoint answered, or they disagree with no majority. Null for any other transfer. `agreed`: the
 * endpoints' reading, when the caller has compared them already.
 */
export function gatewayVerdict(
  trace: BridgeTrace,
  agreed: GatewayReading | null = gatewayReading(trace).agreed,
): GatewayVerdict | null {
  const { deposit, gateway } = trace
  if (deposit.protocol !== 'arbitrum' || deposit.token === null) return null
  if (!gateway || !agreed) return 'unchecked'
  if (agreed.routerGateway !== gateway.l1Gateway) return 'not-the-gateway'
  // The router's own gateway answering as no gateway at all: something is wrong with the reads, not the message.
  if (agreed.counterpart === null) return 'unchecked'
  return agreed.counterpart === gateway.l2Gateway ? 'checked' : 'not-the-gateway'
}

/** What a transfer moves, from whom, to whom: as recognised, or — not the gateway's — the message itself. */
export type Moved = { token: Address | null; amount: bigint; sender: Address; recipient: Address }

/**
 * A message that is not the token's gateway's moves what it carries in the chain's coin to the
 * contract it calls (a withdrawal's call value to its destination; a ticket's L2 call value to its
 * `to`), from its own sender — not the token its call names.
 */
export function movedBy(trace: BridgeTrace, verdict: GatewayVerdict | null): Moved {
  const { deposit } = trace
  const recognised = {
    token: deposit.token,
    amount: deposit.amount,
    sender: deposit.sender,
    recipient: deposit.recipient,
  }
  if (verdict !== 'not-the-gateway') return recognised
  const ends = arbitrumMessageEnds(deposit)
  // Always there in evidence the tool wrote; a hand-edited file without it is said to carry nothing.
  const value = deposit.details[deposit.direction === 'withdrawal' ? 'callvalue' : 'l2CallValue']
  const amount = value && /^\d+$/.test(value) ? BigInt(value) : 0n
  return deposit.direction === 'withdrawal'
    ? { token: null, amount, sender: ends?.l2 ?? deposit.sender, recipient: ends?.l1 ?? deposit.recipient }
    : { token: null, amount, sender: deposit.sender, recipient: ends?.l2 ?? deposit.recipient }
}
