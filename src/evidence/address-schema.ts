import * as z from 'zod'
import { address, endpointProblemSchema, hash, tokenInfoSchema, wei } from './schema.js'

export const tokenTransferSchema = z.object({
  hash,
  blockNumber: wei,
  from: address,
  to: address,
  amount: wei,
  direction: z.enum(['in', 'out']),
})

/** One endpoint's answers at a given block: the coin balance, the mined nonce and, with a token, its code and balance. */
export const addressReadingSchema = z.object({
  endpoint: z.string(),
  atBlock: wei,
  balance: wei,
  nonce: z.number().int(),
  /** Null without a token asked about; false when the token address holds no code. */
  tokenHasCode: z.boolean().nullable(),
  /** Null without a token, or when `balanceOf` did not answer as an ERC-20. */
  tokenBalance: wei.nullable(),
  /** The token's `decimals()`: null without a token, or when it did not answer; absent in older evidence. */
  tokenDecimals: z.number().int().nonnegative().nullable().optional(),
  /**
   * The token's Transfer logs to or from the address over the blocks the report's transfers were
   * read from, up to two below the head they were read at (`transfers.compared`): how many, and
   * their digest, beside this endpoint's head. Null (or absent, in older evidence) when no
   * transfers were read, or this endpoint refused the range.
   */
  transfers: z
    .object({ head: wei, fromBlock: wei, toBlock: wei, count: z.number().int().nonnegative(), digest: hash })
    .nullable()
    .optional(),
})

/** What one chain says about the address (and the token asked about). */
export const addressChainSchema = z.object({
  chainId: z.number().int().positive(),
  head: wei,
  balance: wei,
  nonces: z.object({ latest: z.number().int(), pending: z.number().int() }),
  isContract: z.boolean(),
  token: z
    .object({
      /** The address has code on this chain, and whether that code answers as an ERC-20. */
      hasCode: z.boolean(),
      info: tokenInfoSchema.nullable(),
      balance: wei.nullable(),
    })
    .nullable(),
  /** The twin of the token on this chain (native USDC for USDC.e …), when the table knows one. */
  otherForm: z.object({ info: tokenInfoSchema, balance: wei }).nullable(),
  transfers: z
    .object({
      fromBlock: wei,
      toBlock: wei,
      narrowed: z.boolean(),
      items: z.array(tokenTransferSchema),
      /**
       * Every Transfer log read (not only the items kept), up to two blocks below `toBlock`: how
       * many and their digest — what each endpoint's own answer over the same blocks is compared
       * with. Absent in older evidence.
       */
      compared: z.object({ toBlock: wei, count: z.number().int().nonnegative(), digest: hash }).optional(),
    })
    .nullable(),
  /**
   * What the verdicts rest on, as each of the chain's endpoints said it on its own at the same block
   * (`atBlock`: two below the second-freshest head the endpoints reported), when the chain has
   * several: where tokens are is not said on one endpoint's word. An endpoint that failed, or holds
   * no state at that block, is left out.
   */
  endpointReadings: z.array(addressReadingSchema).optional(),
})

export const addressEvidenceSchema = z.object({
  evidenceVersion: z.literal(1),
  kind: z.literal('address'),
  address,
  token: address.nullable(),
  requestedChainId: z.number().int().positive().nullable(),
  chains: z.array(addressChainSchema),
  unreachableChainIds: z.array(z.number().int().positive()),
  endpointProblems: z.array(endpointProblemSchema),
  gatheredAt: z.iso.datetime(),
  rpc: z.object({ httpRequests: z.number().int(), calls: z.number().int() }),
})

export type AddressChain = z.output<typeof addressChainSchema>
export type AddressEvidence = z.output<typeof addressEvidenceSchema>
export type TokenTransfer = z.output<typeof tokenTransferSchema>
export type AddressReading = z.output<typeof addressReadingSchema>
