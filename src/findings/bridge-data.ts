import * as z from 'zod'
import { bridgeProtocolIds } from '../chains/bridge-routes.js'
import { baseUnits, chainId, hexAddress, tokenRefSchema, txHash } from './data-types.js'

/** Which transfer a bridge finding is about: the protocol, the two chains, and the protocol's handle on it. */
export const bridgeLeg = {
  protocol: z.enum(bridgeProtocolIds),
  direction: z.enum(['deposit', 'withdrawal']),
  sourceChainId: chainId,
  destinationChainId: chainId,
  /** The protocol's id of the transfer: the L2 deposit tx hash, the withdrawal hash, the ticket id, … */
  messageId: z.string(),
}

/** What was sent: the token (native coin: the chain's coin symbol, `native` true) and the amount. */
export const bridgeAmount = { token: tokenRefSchema, native: z.boolean(), amount: baseUnits }

/** A call that completes the transfer: where, what, and the calldata when the chain holds all of it. */
export const bridgeCallData = z.object({
  chainId,
  contract: hexAddress,
  /** The function as explorers name it: `finalizeWithdrawalTransaction((uint256,…))`. */
  function: z.string(),
  /** Null when part of it (a proof, an attestation) is built off chain by the wallet or the bridge's page. */
  calldata: z.string().nullable(),
  /** Without calldata: the arguments known from the chain, by name (an Arbitrum withdrawal's executeTransaction). */
  arguments: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
})
export type BridgeCallData = z.infer<typeof bridgeCallData>

/** The normal delay of the protocol for this direction, and how long it has been since the source block. */
export const bridgeTiming = {
  normalMinSeconds: z.number().int().nonnegative(),
  normalMaxSeconds: z.number().int().nonnegative(),
  /** Null when the source block's time is unknown. */
  elapsedSeconds: z.number().int().nonnegative().nullable(),
}

/**
 * Why a transfer's destination could not tell whether it arrived, as a code the finding texts say
 * in the reader's language. A follow-up's evidence names one of these, or an endpoint's fault as
 * the report words it (`timed out`, `HTTP 503`), which is said as it is.
 */
export const unreadableReasons = [
  /** No contract of the protocol is known on the destination chain (a SpokePool, a MessageTransmitter, a portal). */
  'no-contract-known',
  /** The source transaction's record lacks a field it was recognised by, or one does not parse. */
  'incomplete-record',
  /** A contract answered a value its protocol does not define (a fill status, a portal version). */
  'unexpected-answer',
  /** Too many blocks to search within the budget: the search stopped before an answer. */
  'search-cut-short',
  /** The source block's time is unknown, so the blocks to search are too. */
  'source-time-unknown',
  /** Two answers that must agree do not (logs against state). */
  'inconsistent-answers',
  /** The L2 endpoint does not know the L2 block the newest confirmed root names. */
  'l2-block-unknown',
  /** The L2 transaction that creates the retryable ticket failed. */
  'ticket-creation-failed',
  /** The destination's endpoints, asked one by one, do not say the same (rpc.disagreement names them). */
  'endpoints-disagree',
] as const
export type UnreadableReason = (typeof unreadableReasons)[number]
export const isUnreadableReason = (reason: string): reason is UnreadableReason =>
  (unreadableReasons as readonly string[]).includes(reason)

/** A token gateway's message checked against the bridge's gateway router (diagnose/rules/bridge-gateway.ts). */
export const gatewayVerdicts = ['checked', 'not-the-gateway', 'unchecked'] as const
export type GatewayVerdict = (typeof gatewayVerdicts)[number]

export const bridgeTx = { txHash: txHash.nullable(), blockNumber: baseUnits.nullable() }
