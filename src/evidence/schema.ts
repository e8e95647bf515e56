import * as z from 'zod'

/**
 * Evidence is plain, serialisable data: what the chain said, nothing judged. The schema is a set
 * of zod codecs, so the same definition writes `--evidence-out` (bigints as decimal strings) and
 * reads and validates `--from-evidence` files a user sends to support.
 */
import { address, hash, hex, wei } from './primitives.js'
import { bridgeTraceSchema } from './bridge-schema.js'
import { tokenInfoSchema } from './token-info-schema.js'

export { address, hash, hex, wei }

/** One signed EIP-7702 authorization of a type-4 transaction, as the node returns it. */
export const authorizationSchema = z.object({
  address,
  chainId: z.number().int().nonnegative(),
  nonce: z.number().int().nonnegative(),
  r: hex,
  s: hex,
  yParity: z.number().int().min(0).max(1),
})

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
  /** EIP-7702 (type 4): the authorizations it carries; empty for every other type. */
  authorizations: z.array(authorizationSchema).optional(),
})

export const logSchema = z.object({
  address,
  topics: z.array(hex),
  data: hex,
  /** The log's index in its block: bridges key their messages by it (OP Stack deposit source hash). */
  logIndex: z.number().int().nonnegative().optional(),
})

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
  /** The deepest failing call whose revert data is the transaction's own: whose code gave the reason. */
  failingCall: callFrameSchema.nullable(),
  outOfGas: z.boolean(),
  calls: z.array(callFrameSchema),
})

/** Permit2's allowance(owner, token, spender) at the parent block. */
export const permit2AllowanceSchema = z.object({
  amount: wei,
  /** Unix seconds; 0 for an allowance never set. */
  expiration: z.number().int().nonnegative(),
  /** The nonce the next permit signature must carry. */
  nonce: z.number().int().nonnegative(),
})

/** What the pool(s) of one decoded swap step would have given (exact-in) or asked (exact-out) at the parent block. */
export const swapQuoteSchema = z.object({
  /** Index into the decoded intent's steps. */
  step: z.number().int().nonnegative(),
  amount: wei.nullable(),
  /** `router`: V2 Router02's getAmountsOut/In. `pool-probe`: each V3 pool's own swap, run in an eth_call that stops at its callback. */
  method: z.enum(['router', 'pool-probe']),
})

/** What the swap's router and tokens said at the parent block (eth_call), when the input is a known swap. */
export const swapStateSchema = z.object({
  /** getAmountsOut / getAmountsIn along the path, for the amount the user asked to swap (V2 Router02). */
  amounts: z.array(wei).nullable(),
  /** The sender's allowance of the input token to `spender`. */
  allowance: wei.nullable(),
  balance: wei.nullable(),
  /** Whom `allowance` was read for: the router, or Permit2 when the router pulls through it. */
  spender: address.nullable().default(null),
  /** Permit2's allowance of the input token from the sender to the router, when the router pulls through Permit2. */
  permit2Allowance: permit2AllowanceSchema.nullable().default(null),
  quotes: z.array(swapQuoteSchema).default([]),
})

export { tokenInfoSchema }

export const recipientSchema = z.object({
  address,
  isContract: z.boolean(),
  isToken: z.boolean(),
  /** A known kind of contract whose entry points its code dispatches on (decode/contract-kinds.ts): a router, a pool, WETH. */
  kind: z.string().nullable().default(null),
})

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
  /**
   * When the endpoint made that head block (seconds), read only for an endpoint behind the freshest
   * head of its chain: whether it is stale (its head is old) or current while another claims blocks
   * far ahead. Null when not read (or in evidence written before it was).
   */
  headTimestamp: wei.nullable().default(null),
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
/** An EIP-7702 authorization read back: who signed it (recovered) and the signer's code after the block. */
export const delegationSchema = z.object({
  authority: address.nullable(),
  delegate: address,
  chainId: z.number().int().nonnegative(),
  nonce: z.number().int().nonnegative(),
  /** eth_getCode of the authority at the transaction's block: 0xef0100 ‖ delegate when it took effect. */
  codeAfter: hex.nullable(),
})

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
  /** EIP-7702: each authorization's signer and its code after the transaction's block. */
  delegations: z.array(delegationSchema).optional(),
})

/** An ERC-4337 user operation found by its hash in an EntryPoint's UserOperationEvent. */
export const userOperationSchema = z.object({
  chainId: z.number().int().positive(),
  entryPoint: address,
  userOpHash: hash,
  sender: address,
  /** The zero address when the account paid its own gas. */
  paymaster: address,
  nonce: wei,
  success: z.boolean(),
  actualGasCost: wei,
  actualGasUsed: wei,
  /** The bundle transaction that carried it, and whether that transaction itself succeeded. */
  transactionHash: hash,
  blockNumber: wei,
  bundleStatus: z.enum(['success', 'reverted']),
  /** UserOperationRevertReason's data: the account call's revert, decoded like any other. */
  revertReason: hex.nullable(),
  /** The operation's own logs in the bundle (between the previous operation's event and its own). */
  logs: z.array(logSchema),
  tokens: z.array(tokenInfoSchema),
})
export type UserOperationData = z.output<typeof userOperationSchema>

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
  /** Found when no node knows the hash as a transaction but an EntryPoint logged it as a user operation. */
  userOperation: userOperationSchema.nullable().optional(),
  /** Bridge transfers the mined transaction started, each followed to its destination chain (issue 19). */
  bridges: z.array(bridgeTraceSchema).optional(),
  context: chainContextSchema.nullable(),
  endpointProblems: z.array(endpointProblemSchema),
  /** Each endpoint's answer, where a chain's endpoints were asked side by side (absent in older evidence). */
  endpointViews: z.array(endpointViewSchema).default([]),
  gatheredAt: z.iso.datetime(),
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
export type SwapQuote = z.output<typeof swapQuoteSchema>
export type Permit2Allowance = z.output<typeof permit2AllowanceSchema>
export type TokenInfo = z.output<typeof tokenInfoSchema>
export type Recipient = z.output<typeof recipientSchema>
export type TxEvidence = z.output<typeof txEvidenceSchema>
export type EndpointView = z.output<typeof endpointViewSchema>
