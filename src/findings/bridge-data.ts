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

export const bridgeTx = { txHash: txHash.nullable(), blockNumber: baseUnits.nullable() }
