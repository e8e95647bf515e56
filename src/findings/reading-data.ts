import * as z from 'zod'
import { baseUnits, hexAddress, txHash } from './data-types.js'

const status = z.enum(['success', 'reverted'])
const count = z.number().int().nonnegative()

/**
 * What one endpoint answered about the fact endpoints disagree on (`rpc.disagreement`), as data:
 * each language words it from this. Its `said` beside it is the same answer in English words, kept
 * for logs, agents and matching answers; a Japanese report is written from the reading, not from it.
 */
export const endpointReadingSchema = () =>
  z.discriminatedUnion('kind', [
    /** The transaction's receipt as the endpoint served it (block hash and logs digest in full). */
    z.object({
      kind: z.literal('receipt'),
      status,
      blockNumber: baseUnits,
      blockHash: txHash,
      logCount: count,
      logsDigest: z.string(),
    }),
    /** The endpoint, at or past the block the others put the transaction in, has no receipt for it. */
    z.object({ kind: z.literal('no-receipt') }),
    /** The sender's mined nonce, at the block the endpoint was at. */
    z.object({ kind: z.literal('nonce'), nonce: count, atBlock: baseUnits }),
    /**
     * The endpoint's head, and how old it was (null: not read); for the one whose word the verdict
     * would rest on beyond the others' heads, the block it put the transaction in or the nonce it gave.
     */
    z.object({
      kind: z.literal('head'),
      headBlock: baseUnits,
      ageSeconds: z.number().int().nullable(),
      receiptBlock: baseUnits.nullable(),
      nonce: count.nullable(),
    }),
    /** An Arbitrum token's L1 gateway as the router names it, and the counterpart the message's L1 end names (null: none). */
    z.object({ kind: z.literal('gateway'), gateway: hexAddress, counterpart: hexAddress.nullable() }),
    /**
     * What the address holds at one block: coin balance and nonce, and with a token asked about,
     * whether it has code there and the token balance (null when it did not answer as an ERC-20).
     */
    z.object({
      kind: z.literal('holdings'),
      atBlock: baseUnits,
      balance: baseUnits,
      nonce: count,
      token: z.object({ hasCode: z.boolean(), balance: baseUnits.nullable() }).nullable(),
    }),
    /**
     * A bridge transfer's state on its destination: the destination transaction (delivered,
     * refunded), where it waits (in flight), what must be done (action needed), or why the
     * endpoint could not tell; null where the state has none.
     */
    z.object({
      kind: z.literal('bridge'),
      state: z.enum(['delivered', 'in-flight', 'action-needed', 'refunded', 'expired', 'no-endpoint', 'unreadable']),
      txHash: txHash.nullable(),
      stage: z.string().nullable(),
      action: z.string().nullable(),
      reason: z.string().nullable(),
    }),
    /** A transaction that moved funds out of the address, as the endpoint's receipt has it (to null: it created a contract). */
    z.object({
      kind: z.literal('outflow'),
      hash: txHash,
      from: hexAddress,
      to: hexAddress.nullable(),
      status,
      blockNumber: baseUnits,
      logsDigest: z.string(),
    }),
    /** The endpoint does not know the transaction the others report. */
    z.object({ kind: z.literal('unknown-transaction'), hash: txHash }),
    /** A token's `decimals()` (null: it did not answer). */
    z.object({ kind: z.literal('decimals'), decimals: count.nullable() }),
    /** The owner's coin balance and nonce at two blocks (`security`: where its coin history starts and ends). */
    z.object({
      kind: z.literal('coin'),
      fromBlock: baseUnits,
      toBlock: baseUnits,
      startBalance: baseUnits,
      startNonce: count,
      endBalance: baseUnits,
      endNonce: count,
    }),
    /** The owner's logs over a range of blocks (`security`): how many, and the digest of them all. */
    z.object({
      kind: z.literal('logs'),
      fromBlock: baseUnits,
      toBlock: baseUnits,
      count,
      digest: z.string(),
    }),
  ])

export type EndpointReading = z.infer<ReturnType<typeof endpointReadingSchema>>
