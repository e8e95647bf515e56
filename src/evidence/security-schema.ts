import * as z from 'zod'
import { hexData as hex, placedLogSchema } from './placed-log-schema.js'
import { address, endpointProblemSchema, hash, tokenInfoSchema, wei } from './schema.js'

export { placedLogSchema, type PlacedLog } from './placed-log-schema.js'

/** Who sent a transaction and what it called: enough to tell the owner's own key from someone else's. */
export const sentBySchema = z.object({
  hash,
  from: address,
  to: address.nullable(),
  blockNumber: wei.nullable(),
  type: z.string(),
})

/** The owner's coin balance and nonce at both ends of the blocks searched, as one endpoint says them. */
export const nativeReadingSchema = z.object({
  endpoint: z.string(),
  head: wei,
  /** The block before the first one searched: the state the coin history starts from. */
  fromBlock: wei,
  toBlock: wei,
  start: z.object({ balance: wei, nonce: z.number().int().nonnegative() }),
  end: z.object({ balance: wei, nonce: z.number().int().nonnegative() }),
})

/** The owner's logs over a range of blocks, as one endpoint returned them: how many, and their digest. */
export const ownerLogReadingSchema = z.object({
  endpoint: z.string(),
  head: wei,
  fromBlock: wei,
  toBlock: wei,
  count: z.number().int().nonnegative(),
  /** keccak of every log in block order: block, index, transaction, contract, topics, data. */
  digest: hash,
})

/** One endpoint's view of the outflow transactions (null: it knows no such transaction). */
export const outflowReadingSchema = z.object({
  endpoint: z.string(),
  head: wei,
  receipts: z.array(
    z.object({
      hash,
      receipt: z
        .object({
          from: address,
          /** The contract or account it called (null: a deployment): a drain's spender may be this. */
          to: address.nullable(),
          status: z.enum(['success', 'reverted']),
          blockNumber: wei,
          /** keccak of the receipt's logs (address, topics, data), as `endpointViews` compare them. */
          logsDigest: hash,
        })
        .nullable(),
    }),
  ),
})

/** The state now, read for each approval the events name. */
export const allowanceStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('erc20'), contract: address, spender: address, amount: wei.nullable() }),
  z.object({
    kind: z.literal('approval-for-all'),
    contract: address,
    spender: address,
    approved: z.boolean().nullable(),
  }),
  /** An ERC-721 single-token approval: who getApproved(tokenId) names now, and who owns the token now. */
  z.object({
    kind: z.literal('erc721'),
    contract: address,
    spender: address,
    tokenId: wei,
    approved: address.nullable(),
    owner: address.nullable(),
  }),
  z.object({
    kind: z.literal('permit2'),
    contract: address,
    token: address,
    spender: address,
    amount: wei.nullable(),
    expiration: z.number().int().nullable(),
  }),
])

/** An EIP-7702 delegation (code 0xef0100 || delegate) and the type-4 transaction that set it, when found. */
export const delegationSchema = z.object({
  delegate: address,
  /** Null when it was set before the blocks searched, or the node keeps no state that old. */
  setIn: sentBySchema.nullable(),
})

/** A block where the owner's balance or nonce changed (or read for another reason), with both states. */
export const nativeBlockSchema = z.object({
  number: wei,
  balanceBefore: wei,
  balanceAfter: wei,
  nonceBefore: z.number().int().nonnegative(),
  nonceAfter: z.number().int().nonnegative(),
})

/** A transaction of those blocks sent by or to the owner: native coin moves with its value. */
export const nativeTransferSchema = z.object({
  hash,
  from: address,
  to: address.nullable(),
  value: wei,
  blockNumber: wei,
  index: z.number().int().nonnegative(),
  /** From the receipt; null when it could not be read. */
  status: z.enum(['success', 'reverted']).nullable(),
})

/** Coin the owner's (delegated) code sent on inside a deposit, as the call tracer showed it. */
export const tracedOutflowSchema = z.object({ hash, blockNumber: wei, to: address, value: wei })

/**
 * Native coin, read from the blocks where the balance or nonce changed (read-native-history.ts).
 * 'no-archive': the endpoint keeps no past state, so native transfers were not read at all.
 */
export const nativeHistorySchema = z.object({
  read: z.enum(['read', 'no-archive']),
  /** More blocks changed than are read: the newest were kept. */
  truncated: z.boolean(),
  blocks: z.array(nativeBlockSchema),
  transfers: z.array(nativeTransferSchema),
  /** Deposits into a delegated account traced: true, false (not served), null (none to trace). */
  traced: z.boolean().nullable(),
  outflows: z.array(tracedOutflowSchema),
})

/**
 * A token outflow that went through Permit2's SignatureTransfer (no Permit2 event): seen in the
 * call trace (who called Permit2), or from the owner's Permit2 nonce bit turning on in that block.
 */
export const permit2RouteSchema = z.object({
  hash,
  /** Who called Permit2 (the spender the signature named); null when seen from the nonce bitmap only. */
  caller: address.nullable(),
  seenBy: z.enum(['trace', 'nonce-bitmap']),
})

export const securityChainSchema = z.object({
  chainId: z.number().int().positive(),
  head: wei,
  headTimestamp: wei,
  fromBlock: wei,
  /** The range asked for was refused and halved until the endpoint answered. */
  narrowed: z.boolean(),
  balance: wei,
  code: hex,
  delegation: delegationSchema.nullable(),
  /** The owner's approval and transfer logs, newest kept when there were more than the cap. */
  logs: z.array(placedLogSchema),
  logsDropped: z.number().int().nonnegative(),
  transactions: z.array(sentBySchema),
  allowances: z.array(allowanceStateSchema),
  /** Whether each spender and counterparty has code now (an EOA spender is a warning sign). */
  contracts: z.array(z.object({ address, isContract: z.boolean() })),
  tokens: z.array(tokenInfoSchema),
  tokenBalances: z.array(z.object({ token: address, balance: wei.nullable() })),
  /** Null when it was not read (an older evidence file, or the read failed). */
  native: nativeHistorySchema.nullable(),
  permit2Routes: z.array(permit2RouteSchema),
  /**
   * The outflows (token transfers out, coin transactions touching the owner), asked of each of the
   * chain's endpoints on its own when it has several: what each said of them, with the head it was
   * at. "Taken by X" and "your key is compromised" are not said on one endpoint's word. Absent with
   * one endpoint or nothing to ask; an endpoint that failed is left out.
   */
  outflowReceipts: z.array(outflowReadingSchema).optional(),
  /**
   * The owner's logs (the ones `logs` holds, over `fromBlock` to two blocks below `head`), asked of
   * each of the chain's endpoints on its own when it has several: how many each returned and their
   * digest, with its head. "Nothing found" and every finding read from the logs are not said on one
   * endpoint's word. Absent with one endpoint; an endpoint that failed or refused the range is left out.
   */
  ownerLogReadings: z.array(ownerLogReadingSchema).optional(),
  /**
   * The owner's coin balance and nonce where the coin history starts and two blocks below `head`,
   * asked of each of the chain's endpoints on its own when it has several (past state: an endpoint
   * that keeps none is left out). A coin transfer hidden from the history changes one of them.
   */
  nativeReadings: z.array(nativeReadingSchema).optional(),
})

export const securityEvidenceSchema = z.object({
  evidenceVersion: z.literal(1),
  kind: z.literal('security'),
  address,
  requestedChainId: z.number().int().positive().nullable(),
  chains: z.array(securityChainSchema),
  unreachableChainIds: z.array(z.number().int().positive()),
  endpointProblems: z.array(endpointProblemSchema),
  gatheredAt: z.iso.datetime(),
  rpc: z.object({ httpRequests: z.number().int(), calls: z.number().int() }),
})

export type SentBy = z.output<typeof sentBySchema>
export type AllowanceState = z.output<typeof allowanceStateSchema>
export type Permit2Route = z.output<typeof permit2RouteSchema>
export type NativeBlock = z.output<typeof nativeBlockSchema>
export type NativeTransfer = z.output<typeof nativeTransferSchema>
export type TracedOutflow = z.output<typeof tracedOutflowSchema>
export type NativeHistory = z.output<typeof nativeHistorySchema>
export type SecurityChain = z.output<typeof securityChainSchema>
export type OutflowReading = z.output<typeof outflowReadingSchema>
export type OwnerLogReading = z.output<typeof ownerLogReadingSchema>
export type NativeReading = z.output<typeof nativeReadingSchema>
export type SecurityEvidence = z.output<typeof securityEvidenceSchema>
