import * as z from 'zod'
import { bridgeProtocolIds } from '../chains/bridge-routes.js'
import { address, hash, hex, wei } from './primitives.js'
import { tokenInfoSchema } from './token-info-schema.js'

/**
 * A bridge transfer as the source transaction's logs show it: what left, for which chain, to whom.
 * `messageId` is the protocol's own handle on the transfer, the one its destination side is keyed by:
 * the L2 deposit transaction hash (OP Stack deposit), the withdrawal hash (OP Stack withdrawal), the
 * retryable ticket id (Arbitrum deposit), the send hash (Arbitrum withdrawal), the deposit id (Across), the message nonce or hash (CCTP).
 */
export const bridgeDepositSchema = z.object({
  protocol: z.enum(bridgeProtocolIds),
  /** `deposit`: towards an L2 or another chain; `withdrawal`: from an L2 back to its L1 (OP Stack, Arbitrum). */
  direction: z.enum(['deposit', 'withdrawal']),
  sourceChainId: z.number().int().positive(),
  destinationChainId: z.number().int().positive(),
  messageId: z.string(),
  /** The token sent on the source chain; null for the native coin. */
  token: address.nullable(),
  amount: wei,
  sender: address,
  recipient: address,
  /** The source log that recognised it. */
  logIndex: z.number().int().nonnegative(),
  /** Protocol facts the follow-up or the rule needs (Across fill deadline, CCTP message bytes, …), as strings. */
  details: z.record(z.string(), z.string()).default({}),
})

/** A call that completes the transfer: the contract, the calldata, and its name for people. */
export const bridgeCallSchema = z.object({
  chainId: z.number().int().positive(),
  to: address,
  data: hex,
  /** The function's signature, as people and explorers name it: `finalizeWithdrawalTransaction(...)`. */
  function: z.string(),
  /**
   * The arguments by name, when the calldata cannot be built here (a proof is made off chain) but the
   * rest is known from the chain (an Arbitrum withdrawal's `executeTransaction`).
   */
  args: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
})

/** What the destination (and, for withdrawals and refunds, the source) chain says became of it. */
export const bridgeOutcomeSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('delivered'),
    /** The destination transaction, when it can be found (a fill, a mint, the L2 deposit transaction). */
    txHash: hash.nullable(),
    blockNumber: wei.nullable(),
    /** What arrived, in the destination token's base units, when the destination log says. */
    amountReceived: wei.nullable(),
    /**
     * The token that arrived, read on the destination chain, when it is another token than the one sent
     * (Across's output token): `amountReceived` is in its units, which may have other decimals.
     */
    receivedToken: z
      .object({ address, symbol: z.string().nullable(), decimals: z.number().int().min(0).max(255).nullable() })
      .optional(),
    /** The destination transaction's own status, when it is one the protocol lets fail (an OP Stack deposit's call). */
    destinationStatus: z.enum(['success', 'reverted']).optional(),
  }),
  z.object({
    state: z.literal('in-flight'),
    /** Where it waits: `sequencer`, `relayer`, `attestation`, `state-root`, `challenge-period`, … */
    stage: z.string(),
  }),
  z.object({
    state: z.literal('action-needed'),
    action: z.enum(['prove', 'finalize', 'redeem', 'receive-message']),
    /** The exact call, when the chain holds everything it needs; null when part of it is off-chain (an attestation). */
    call: bridgeCallSchema.nullable(),
    /** Where to act when `call` is null: the contract and function, without calldata (built by the wallet or the bridge's page). */
    target: bridgeCallSchema.omit({ data: true }).optional(),
    /** Where the missing piece (a Merkle proof) is read: a view any node of that chain answers to eth_call. */
    proofFrom: bridgeCallSchema.omit({ data: true }).optional(),
    /** ISO time after which the action is no longer possible (Arbitrum retryables), null when none. */
    expiresAt: z.string().nullable(),
  }),
  z.object({ state: z.literal('refunded'), txHash: hash.nullable(), blockNumber: wei.nullable() }),
  z.object({ state: z.literal('expired'), expiredAt: z.string().nullable() }),
  /** The destination chain has no endpoint here: nothing was read there. */
  z.object({ state: z.literal('no-endpoint') }),
  /** Endpoints were asked but could not answer (or disagreed): no verdict. */
  z.object({ state: z.literal('unreadable'), reason: z.string() }),
])

/** What one L1 endpoint answered to the two gateway reads (one that failed to answer is left out). */
export const gatewayReadingSchema = z.object({
  /** The endpoint, as the report names endpoints (no key in it). */
  endpoint: z.string(),
  /** `getGateway(token)` on the router (the zero address when the router knows no gateway for it). */
  routerGateway: address,
  /** `counterpartGateway()` on the message's L1 end; null when that address is no gateway (the call reverts). */
  counterpart: address.nullable(),
})

/**
 * An Arbitrum message whose call is a token gateway's `finalizeInboundTransfer`, checked on L1 against
 * the bridge's L1GatewayRouter: the gateway the router names for the token, and the counterpart that
 * gateway names, beside the message's own two ends — as each L1 endpoint answered (those that said
 * nothing are left out). The rule compares and judges.
 */
export const gatewayCheckSchema = z.object({
  router: address,
  /** The message's L1 end: a withdrawal's destination, a deposit's (unaliased) sender. */
  l1Gateway: address,
  /** The message's L2 end: a withdrawal's caller, a deposit's `to`. */
  l2Gateway: address,
  /** Absent in evidence written before the reads were compared: then nothing is known (`unchecked`). */
  readings: z.array(gatewayReadingSchema).default([]),
})

export const bridgeTraceSchema = z.object({
  deposit: bridgeDepositSchema,
  /** The source block's time (ISO), to say how long it has been. */
  sentAt: z.string().nullable(),
  outcome: bridgeOutcomeSchema,
  /**
   * A withdrawal's token, read on the destination: the OP Stack and Arbitrum name the L1 token, which
   * the source transaction's own token reads (on the L2) do not cover. Absent for deposits.
   */
  token: tokenInfoSchema.optional(),
  /** A token gateway's message (Arbitrum), checked against the bridge's gateway router; absent when not one or no router is known. */
  gateway: gatewayCheckSchema.optional(),
  /**
   * The follow-up as each destination endpoint answered it on its own, when the destination has
   * several (`outcome` is the first one's), with the head it was at: whether it has arrived is not
   * said on one endpoint's word. Endpoints that failed, or answered too late, are left out.
   */
  destinationReadings: z.array(z.object({ endpoint: z.string(), head: wei, outcome: bridgeOutcomeSchema })).optional(),
})

export type BridgeDeposit = z.output<typeof bridgeDepositSchema>
export type BridgeCall = z.output<typeof bridgeCallSchema>
export type BridgeOutcome = z.output<typeof bridgeOutcomeSchema>
export type BridgeTrace = z.output<typeof bridgeTraceSchema>
export type GatewayCheck = z.output<typeof gatewayCheckSchema>
export type GatewayReading = z.output<typeof gatewayReadingSchema>
