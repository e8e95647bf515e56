import * as z from 'zod'
import type { GuideId } from './guide-ids.js'
import {
  baseUnits,
  chainId,
  hexAddress,
  replacementAdviceSchema,
  tokenRefSchema,
  txHash,
  type Severity,
} from './data-types.js'

/** One row of the registry: what a finding's `data` holds, how serious it usually is, which guide explains it. */
export type FindingRow = { severity: Severity; guide: GuideId; data: z.ZodObject; about: string }

/** `about`: one line for the finding table in README (documentation; the user's texts are in i18n/). */
const row = <D extends z.ZodObject>(severity: Severity, guide: GuideId, data: D, about: string) => ({
  severity,
  guide,
  data,
  about,
})

/**
 * Every finding code, once. Codes are stable: add new ones, never rename. The TypeScript types, the
 * guide of each finding, the JSON Schema of the report (`schema/report.schema.json`) and the finding
 * table in docs/findings.md are all derived from this table; the texts are in i18n/findings-{en,ja}.ts,
 * which the type checker holds complete against it. Adding a code: a row here, the rule, both texts, a test.
 */
export const findingRegistry = {
  'tx.confirmed': row(
    'info',
    'missing-tokens',
    z.object({
      blockNumber: baseUnits,
      confirmations: z.number().int(),
      gasUsed: baseUnits,
      minedAt: z.string().nullable(),
    }),
    'Mined and succeeded; confirmations so far.',
  ),
  'tx.reverted': row(
    'critical',
    'failed-swaps',
    z.object({
      blockNumber: baseUnits,
      gasUsed: baseUnits,
      gasLimit: baseUnits,
      /** The decoded reason in the contract's words (revert string, custom error, panic), null when none. */
      reason: z.string().nullable(),
      errorName: z.string().nullable(),
      errorSource: z.string().nullable(),
      category: z.string().nullable(),
      /** The raw revert data, kept whatever the decoding says. */
      revertData: z.string().nullable(),
      decodedFrom: z.enum(['trace', 'replay', 'none']),
      /** A replay at the parent block does not see transactions before it in the same block. */
      approximate: z.boolean(),
      failingContract: z.string().nullable(),
    }),
    'Mined but failed: the decoded reason (trace or replay), the raw revert data, the refusing contract.',
  ),
  'tx.out-of-gas': row(
    'critical',
    'failed-swaps',
    z.object({ gasUsed: baseUnits, gasLimit: baseUnits, certain: z.boolean(), suggestedGasLimit: baseUnits }),
    'Ran out of gas; a gas limit that would do.',
  ),
  'swap.slippage': row(
    'critical',
    'failed-swaps',
    z.object({
      router: hexAddress,
      functionName: z.string(),
      mode: z.enum(['exact-in', 'exact-out']),
      tokenIn: tokenRefSchema,
      tokenOut: tokenRefSchema,
      /** exact-in: the amount paid in; exact-out: the most the user would pay. */
      amountIn: baseUnits,
      /** exact-in: the least accepted; exact-out: the amount wanted. */
      amountOut: baseUnits,
      /** What the pool would have given (exact-in) or asked (exact-out) at the parent block; null when unknown. */
      poolQuote: baseUnits.nullable(),
      /** How far the pool was from the user's limit, in percent; null when unknown. */
      shortfallPercent: z.number().nullable(),
    }),
    'Swap refused on price: the minimum asked, what the pool gave at the block before, the shortfall.',
  ),
  'swap.deadline-expired': row(
    'critical',
    'failed-swaps',
    z.object({ deadline: z.string(), blockTimestamp: z.string(), lateBySeconds: z.number() }),
    'Swap mined after its deadline, and by how long.',
  ),
  'token.insufficient-allowance': row(
    'critical',
    'approvals',
    z.object({
      token: tokenRefSchema,
      owner: hexAddress,
      spender: hexAddress,
      allowance: baseUnits.nullable(),
      needed: baseUnits.nullable(),
    }),
    'The spender was not approved for the amount.',
  ),
  'token.insufficient-balance': row(
    'critical',
    'approvals',
    z.object({ token: tokenRefSchema, owner: hexAddress, balance: baseUnits.nullable(), needed: baseUnits.nullable() }),
    'The sender held less of the token than needed.',
  ),
  'token.fee-on-transfer': row(
    'critical',
    'fee-on-transfer',
    z.object({
      token: tokenRefSchema,
      functionName: z.string(),
      supportingFunction: z.string(),
      asked: baseUnits.nullable(),
      received: baseUnits.nullable(),
      feePercent: z.number().nullable(),
    }),
    'A fee-on-transfer token through a swap function that cannot take it: asked against received.',
  ),
  'token.transfer-found': row(
    'info',
    'missing-tokens',
    z.object({
      /** The transaction that moved it, when the finding comes from an address's history. */
      transactionHash: txHash.nullable(),
      chainId: chainId.nullable(),
      standard: z.string(),
      token: tokenRefSchema,
      from: hexAddress,
      to: hexAddress,
      amount: baseUnits,
      formattedAmount: z.string().nullable(),
      tokenId: z.string().nullable(),
    }),
    'A token movement (ERC-20, ERC-721, ERC-1155, WETH) with symbol, decimals and amount.',
  ),
  'token.sent-to-contract': row(
    'critical',
    'wrong-network',
    z.object({
      token: tokenRefSchema,
      to: hexAddress,
      recipient: z.enum(['token-itself', 'other-token']),
      amount: baseUnits,
      formattedAmount: z.string().nullable(),
    }),
    'Tokens sent to a contract that cannot give them back.',
  ),
  'tx.pending': row(
    'warning',
    'stuck-transactions',
    z.object({
      from: hexAddress,
      nonce: z.number().int(),
      firstSeenAt: z.string().nullable(),
      replacement: replacementAdviceSchema.nullable(),
    }),
    'In the pool, not in a block; the replacement that would get it mined.',
  ),
  'tx.nonce-gap': row(
    'critical',
    'nonce-gaps',
    z.object({
      from: hexAddress,
      nonce: z.number().int(),
      accountNonce: z.number().int(),
      missingNonces: z.array(z.number().int()),
      missingCount: z.number().int(),
    }),
    'Waiting behind missing nonces.',
  ),
  'tx.fee-cap-below-base-fee': row(
    'critical',
    'stuck-transactions',
    z.object({ feeCap: baseUnits, baseFee: baseUnits }),
    'Its fee cap is under the current base fee.',
  ),
  'tx.priority-fee-low': row(
    'warning',
    'stuck-transactions',
    z.object({ priorityFee: baseUnits, recentLowTip: baseUnits, recentMedianTip: baseUnits }),
    'Its tip is under what recent blocks paid.',
  ),
  'tx.dropped': row(
    'warning',
    'speed-up-and-cancel',
    z.object({
      from: hexAddress,
      nonce: z.number().int(),
      source: z.string(),
      resend: replacementAdviceSchema.nullable(),
    }),
    'No longer in any pool and its nonce unused: safe to send again, with the fees to use.',
  ),
  'tx.replaced': row(
    'warning',
    'speed-up-and-cancel',
    z.object({
      from: hexAddress,
      nonce: z.number().int(),
      replacementHash: txHash.nullable(),
      replacementBlock: baseUnits.nullable(),
      foundBy: z.string().nullable(),
    }),
    'Its nonce was used by another transaction, named when found.',
  ),
  'tx.not-found': row(
    'critical',
    'wrong-network',
    z.object({ searchedChainIds: z.array(chainId), unreachableChainIds: z.array(chainId) }),
    'No endpoint of any chain searched knows the hash.',
  ),
  /** Issue 12: "no endpoint knows it" is not taken as a verdict against the tool's own memory. */
  'tx.seen-mined': row(
    'warning',
    'rpc-endpoints',
    z.object({ chainId, lastStatus: z.string(), firstSeenAt: z.string() }),
    'Seen mined by an earlier check, yet no endpoint knows it now: no verdict is given (exit 3).',
  ),
  'tx.wrong-network': row(
    'critical',
    'wrong-network',
    z.object({ requestedChainId: chainId, foundChainId: chainId }),
    'The hash is on another chain than the one asked about.',
  ),
  'address.pending-transactions': row(
    'warning',
    'stuck-transactions',
    z.object({
      chainId,
      address: hexAddress,
      latest: z.number().int(),
      pending: z.number().int(),
      nonces: z.array(z.number().int()),
    }),
    'Nonces sent from the address but not mined.',
  ),
  'token.held': row(
    'info',
    'missing-tokens',
    z.object({ chainId, token: tokenRefSchema, balance: baseUnits, formattedBalance: z.string().nullable() }),
    'The token is held, on which chain, how much.',
  ),
  'token.wrong-network': row(
    'critical',
    'wrong-network',
    z.object({ token: tokenRefSchema, requestedChainId: chainId, heldOnChainIds: z.array(chainId) }),
    'The token is held on another chain than the one asked about.',
  ),
  'token.no-balance': row(
    'warning',
    'missing-tokens',
    z.object({
      token: tokenRefSchema,
      chainIds: z.array(chainId),
      lastOut: z.object({ chainId, hash: txHash, to: hexAddress, amount: baseUnits }).nullable(),
    }),
    'None of the token left; the latest transfer out.',
  ),
  'token.not-a-token': row(
    'critical',
    'missing-tokens',
    z.object({ token: hexAddress, searchedChainIds: z.array(chainId) }),
    'The address asked about is not a token on any chain searched.',
  ),
  'token.other-form-held': row(
    'warning',
    'missing-tokens',
    z.object({
      chainId,
      asked: tokenRefSchema,
      held: tokenRefSchema,
      balance: baseUnits,
      formattedBalance: z.string().nullable(),
    }),
    'Another form of the token is held (native USDC against bridged USDC.e and the like).',
  ),
  /** Info when another endpoint covered for it; a warning when its chain could not be searched at all. */
  'rpc.unreachable': row(
    'info',
    'rpc-endpoints',
    z.object({ chainId, endpoint: z.string(), reason: z.string() }),
    'An endpoint failed; a warning when its chain could not be searched at all.',
  ),
  'rpc.stale': row(
    'warning',
    'rpc-endpoints',
    z.object({
      chainId,
      /** The endpoint behind, when several were compared (null: the one that answered). */
      endpoint: z.string().nullable(),
      headBlock: baseUnits,
      /** How old its head is, when judged by the clock (null when judged against other endpoints). */
      ageSeconds: z.number().int().nullable(),
      /** The freshest head among the endpoints asked, when judged against them. */
      freshestBlock: baseUnits.nullable(),
    }),
    'An endpoint has an old head, or is behind the others; its "I do not know it" is not counted.',
  ),
  /** Issue 12: a verdict is not taken on the word of one endpoint that the others contradict. */
  'rpc.disagreement': row(
    'warning',
    'rpc-endpoints',
    z.object({
      chainId,
      fact: z.enum(['receipt', 'nonce']),
      answers: z.array(z.object({ endpoint: z.string(), said: z.string() })),
      majority: z.boolean(),
    }),
    'Endpoints of one chain disagree on a fact a verdict rests on; without a majority, no verdict (exit 3).',
  ),
  'rpc.chain-mismatch': row(
    'warning',
    'rpc-endpoints',
    z.object({ chainId, endpoint: z.string(), reportedChainId: chainId.nullable() }),
    'An endpoint serves another chain than the one it is listed for.',
  ),
} as const satisfies Record<string, FindingRow>

export type FindingCode = keyof typeof findingRegistry
export const findingCodes = Object.keys(findingRegistry) as FindingCode[]
export type FindingDataMap = { [K in FindingCode]: z.output<(typeof findingRegistry)[K]['data']> }

export const isFindingCode = (value: string): value is FindingCode => Object.hasOwn(findingRegistry, value)

/** The guide that explains a finding: `support-doctor guide <id>`. */
export const guideForFinding = (code: FindingCode): GuideId => findingRegistry[code].guide

/** The codes a guide explains, in registry order. */
export const findingsOfGuide = (guide: GuideId): FindingCode[] =>
  findingCodes.filter((code) => findingRegistry[code].guide === guide)
