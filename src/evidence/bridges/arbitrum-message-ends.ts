import type { Address } from 'viem'
import { undoL1ToL2Alias } from '../../decode/bridges/arbitrum.js'
import type { BridgeDeposit } from '../bridge-schema.js'

/**
 * An Arbitrum message's own two ends, from the evidence's details: on L1, a withdrawal's destination
 * or a ticket's sender (ArbOS's alias undone); on L2, a withdrawal's caller or a ticket's `to`. Null
 * when the details lack one or it is no address (an ETH deposit, a hand-edited file). What the
 * gateway check asks about (check-arbitrum-gateway.ts), and what a message that is not a gateway's
 * moves (diagnose/rules/bridge-gateway.ts).
 */
export function arbitrumMessageEnds(deposit: BridgeDeposit): { l1: Address; l2: Address } | null {
  const d = deposit.details
  const [l1, l2] =
    deposit.direction === 'withdrawal'
      ? [address(d.destination), address(d.caller)]
      : d.kind === 'retryable'
        ? [address(d.aliasedSender), address(d.to)]
        : [null, null]
  if (!l1 || !l2) return null
  return { l1: deposit.direction === 'withdrawal' ? l1 : undoL1ToL2Alias(l1), l2 }
}

/** A detail that is an address, lower-cased; anything else (absent, hand-edited) is none. */
const address = (value: string | undefined): Address | null =>
  value && /^0x[0-9a-fA-F]{40}$/.test(value) ? (value.toLowerCase() as Address) : null
