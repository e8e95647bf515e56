import { z } from 'zod'

/**
 * Evidence is plain, serialisable data: what the chain said, nothing judged. The schema is a set
 * of zod codecs, so the same definition writes `--evidence-out` (bigints as decimal strings) and
 * reads and validates `--from-evidence` files a user sends to support.
 */
export const wei = z.codec(z.string().regex(/^\d+$/, 'expected a decimal integer string'), z.bigint(), {
  decode: (s) => BigInt(s),
  encode: (b) => b.toString(),
})
const hexMatching = (pattern: RegExp, message: string) =>
  z.custom<`0x${string}`>((value) => typeof value === 'string' && pattern.test(value), message)
export const hash = hexMatching(/^0x[0-9a-fA-F]{64}$/, 'expected a 32-byte hex hash')
export const address = hexMatching(/^0x[0-9a-fA-F]{40}$/, 'expected a 20-byte hex address')
const hex = hexMatching(/^0x[0-9a-fA-F]*$/, 'expected hex data')

export const txSchema = z.object({
  hash,
  from: address,
  to: address.nullable(),
  nonce: z.number().int().nonnegative(),
  type: z.string(),
  value: wei,
  gas: wei,
  gasPrice: wei.nullable(),
  maxFeePerGas: wei.nullable(),
  maxPriorityFeePerGas: wei.nullable(),
  input: hex,
  blockNumber: wei.nullable(),
})

export const logSchema = z.object({ address, topics: z.array(hex), data: hex })

/** Logs beyond this many are dropped (and counted): a support report needs the movements, not a dump. */
export const MAX_LOGS = 200

export const receiptSchema = z.object({
  status: z.enum(['success', 'reverted']),
  blockNumber: wei,
  blockHash: hash,
  gasUsed: wei,
  effectiveGasPrice: wei,
  logCount: z.number().int().nonnegative(),
  logs: z.array(logSchema).default([]),
})

/** One call frame of a failed transaction's trace, flattened in execution order. */
export const callFrameSchema = z.object({
  depth: z.number().int().nonnegative(),
  type: z.string(),
  from: address,
  to: address.nullable(),
  input: hex,
  output: hex.nullable(),
  error: z.string().nullable(),
})

/** Why a mined transaction failed, as the node tells it. */
export const failureSchema = z.object({
  /** `trace`: debug_traceTransaction (exact). `replay`: eth_call at the parent block (an approximation:
   * transactions before it in the same block are not replayed). `none`: neither was served. */
  method: z.enum(['trace', 'replay', 'none']),
  revertData: hex.nullable(),
  /** The deepest call that failed: whose code refused. */
  failingCall: callFrameSchema.nullable(),
  outOfGas: z.boolean(),
  calls: z.array(callFrameSchema),
})

/** What the swap's router and tokens said at the parent block (eth_call), when the input is a known swap. */
export const swapStateSchema = z.object({
  /** getAmountsOut / getAmountsIn along the path, for the amount the user asked to swap. */
  amounts: z.array(wei).nullable(),
  allowance: wei.nullable(),
  balance: wei.nullable(),
})

export const tokenInfoSchema = z.object({
  address,
  symbol: z.string().nullable(),
  name: z.string().nullable(),
  decimals: z.number().int().nullable(),
})

export const recipientSchema = z.object({ address, isContract: z.boolean(), isToken: z.boolean() })

export const blockSchema = z.object({
  number: wei,
  hash,
  timestamp: wei,
  baseFeePerGas: wei.nullable(),
  gasUsed: wei,
  gasLimit: wei,
})

export const feeHistorySchema = z.object({
  oldestBlock: wei,
  /** One more entry than blocks: the last one is the next block's base fee. */
  baseFeePerGas: z.array(wei),
  gasUsedRatio: z.array(z.number()),
  rewardPercentiles: z.array(z.number()),
  /** Per block, the priority fee paid at each of `rewardPercentiles`. */
  reward: z.array(z.array(wei)),
})

export const noncesSchema = z.object({
  address,
  /** The next nonce a new transaction would use once mined transactions are counted. */
  latest: z.number().int().nonnegative(),
  /** The same, counting transactions waiting in the node's pool. */
  pending: z.number().int().nonnegative(),
})

export const replacementSchema = z.object({
  hash: hash.nullable(),
  blockNumber: wei.nullable(),
  foundBy: z.enum(['sender-and-nonce', 'nonce-bisection']).nullable(),
})

export const endpointProblemSchema = z.object({
  kind: z.enum(['unreachable', 'chain-mismatch']),
  chainId: z.number().int(),
  endpoint: z.string(),
  reason: z.string(),
  reportedChainId: z.number().int().optional(),
})

/**
 * What one endpoint said about the hash when a chain's endpoints were asked side by side (issue 12):
 * its head, whether it knows the transaction, a summary of its receipt, and the sender's nonces
 * when a verdict rests on them. The rules compare these; nothing here is judged.
 */
export const endpointViewSchema = z.object({
  chainId: z.number().int().positive(),
  /** Scheme and host only, as in endpointProblems. */
  endpoint: z.string(),
  headBlock: wei,
  knowsTx: z.boolean(),
  receipt: z
    .object({
      status: z.enum(['success', 'reverted']),
      blockNumber: wei,
      blockHash: hash,
      logCount: z.number().int().nonnegative(),
      /** keccak256 of the logs (address, topics, data), so two receipts' logs compare in one value. */
      logsDigest: hash,
    })
    .nullable(),
  nonces: z.object({ latest: z.number().int().nonnegative(), atBlock: wei }).nullable(),
})

/** Everything gathered on the one chain the diagnosis is about. */
export const chainContextSchema = z.object({
  chainId: z.number().int().positive(),
  tx: txSchema.nullable(),
  receipt: receiptSchema.nullable(),
  txBlock: blockSchema.nullable(),
  head: blockSchema,
  feeHistory: feeHistorySchema.nullable(),
  nonces: noncesSchema.nullable(),
  replacement: replacementSchema.nullable(),
  failure: failureSchema.nullable().default(null),
  swapState: swapStateSchema.nullable().default(null),
  tokens: z.array(tokenInfoSchema).default([]),
  recipients: z.array(recipientSchema).default([]),
})

export const txEvidenceSchema = z.object({
  evidenceVersion: z.literal(1),
  kind: z.literal('tx'),
  hash,
  requestedChainId: z.number().int().positive().nullable(),
  searchedChainIds: z.array(z.number().int().positive()),
  unreachableChainIds: z.array(z.number().int().positive()),
  foundOnChainIds: z.array(z.number().int().positive()),
  /** Who sent it and with which nonce, when the node no longer knows the hash. */
  sender: z
    .object({
      from: address,
      nonce: z.number().int().nonnegative(),
      source: z.enum(['transaction', 'flags', 'memory']),
    })
    .nullable(),
  /** What this machine remembers of an earlier look at the same hash. */
  memory: z.object({ firstSeenAt: z.string(), lastStatus: z.string(), chainId: z.number().int() }).nullable(),
  context: chainContextSchema.nullable(),
  endpointProblems: z.array(endpointProblemSchema),
  /** Each endpoint's answer, where a chain's endpoints were asked side by side (absent in older evidence). */
  endpointViews: z.array(endpointViewSchema).default([]),
  gatheredAt: z.string(),
  rpc: z.object({ httpRequests: z.number().int(), calls: z.number().int() }),
})

export type TxData = z.output<typeof txSchema>
export type ReceiptData = z.output<typeof receiptSchema>
export type BlockData = z.output<typeof blockSchema>
export type FeeHistoryData = z.output<typeof feeHistorySchema>
export type NoncesData = z.output<typeof noncesSchema>
export type ReplacementData = z.output<typeof replacementSchema>
export type ChainContext = z.output<typeof chainContextSchema>
export type LogData = z.output<typeof logSchema>
export type CallFrame = z.output<typeof callFrameSchema>
export type FailureData = z.output<typeof failureSchema>
export type SwapState = z.output<typeof swapStateSchema>
export type TokenInfo = z.output<typeof tokenInfoSchema>
export type Recipient = z.output<typeof recipientSchema>
export type TxEvidence = z.output<typeof txEvidenceSchema>
export type EndpointView = z.output<typeof endpointViewSchema>
