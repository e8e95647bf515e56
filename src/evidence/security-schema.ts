import { z } from 'zod'
import { address, endpointProblemSchema, hash, tokenInfoSchema, wei } from './schema.js'

const hex = z.custom<`0x${string}`>((v) => typeof v === 'string' && /^0x[0-9a-fA-F]*$/.test(v), 'expected hex data')

/** A log as eth_getLogs returned it, with where it was mined. */
export const placedLogSchema = z.object({
  address,
  topics: z.array(hex),
  data: hex,
  transactionHash: hash,
  blockNumber: wei,
  logIndex: z.number().int().nonnegative(),
})

/** Who sent a transaction and what it called: enough to tell the owner's own key from someone else's. */
export const sentBySchema = z.object({
  hash,
  from: address,
  to: address.nullable(),
  blockNumber: wei.nullable(),
  type: z.string(),
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
})

export const securityEvidenceSchema = z.object({
  evidenceVersion: z.literal(1),
  kind: z.literal('security'),
  address,
  requestedChainId: z.number().int().positive().nullable(),
  chains: z.array(securityChainSchema),
  unreachableChainIds: z.array(z.number().int().positive()),
  endpointProblems: z.array(endpointProblemSchema),
  gatheredAt: z.string(),
  rpc: z.object({ httpRequests: z.number().int(), calls: z.number().int() }),
})

export type PlacedLog = z.output<typeof placedLogSchema>
export type SentBy = z.output<typeof sentBySchema>
export type AllowanceState = z.output<typeof allowanceStateSchema>
export type SecurityChain = z.output<typeof securityChainSchema>
export type SecurityEvidence = z.output<typeof securityEvidenceSchema>
