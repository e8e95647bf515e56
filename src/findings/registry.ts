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
export type FindingRow = { severity: Severity; guide: GuideId; data: z.ZodObject }

const row = <D extends z.ZodObject>(severity: Severity, guide: GuideId, data: D) => ({ severity, guide, data })

/** What a failed transaction's finding holds: the decoded reason and where it came from. */
const revertedData = z.object({
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
  /** What the transaction called, by name, when its calldata or code says (`Uniswap Universal Router`). */
  calledContract: z.string().nullable(),
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
  ),
  'tx.reverted': row('critical', 'failed-swaps', revertedData),
  /** A failed contract creation (no `to`): the same facts, its own explanation. */
  'tx.deployment-failed': row('critical', 'failed-deployments', revertedData),
  'tx.out-of-gas': row(
    'critical',
    'failed-swaps',
    z.object({ gasUsed: baseUnits, gasLimit: baseUnits, certain: z.boolean(), suggestedGasLimit: baseUnits }),
  ),
  'swap.slippage': row(
    'critical',
    'failed-swaps',
    z.object({
      router: hexAddress,
      /** The router by name, when its calldata was read (`Uniswap Universal Router`). */
      routerName: z.string().nullable(),
      functionName: z.string(),
      /** The kind of pool of the swap step that fell short: v2, v3, v4, or an aggregator's route. */
      protocol: z.enum(['v2', 'v3', 'v4', 'aggregator']),
      mode: z.enum(['exact-in', 'exact-out']),
      tokenIn: tokenRefSchema.nullable(),
      tokenOut: tokenRefSchema.nullable(),
      /** exact-in: the amount paid in (null: whatever an earlier step left the router); exact-out: the most the user would pay. */
      amountIn: baseUnits.nullable(),
      /** exact-in: the least accepted; exact-out: the amount wanted. */
      amountOut: baseUnits,
      /** What the pool would have given (exact-in) or asked (exact-out) at the parent block; null when unknown. */
      poolQuote: baseUnits.nullable(),
      /** How the quote was had: the V2 router's getAmounts, or the V3 pools' own swap in an eth_call. */
      quoteMethod: z.enum(['router', 'pool-probe']).nullable(),
      /** How far the pool was from the user's limit, in percent; null when unknown. */
      shortfallPercent: z.number().nullable(),
      /**
       * The slippage tolerance that would have passed, in percent, had the app quoted with the usual
       * 0.5% (minimum = quote × 0.995): 1 − (pool quote ÷ minimum) × 0.995, rounded up to 0.1; null when unknown.
       */
      slippageToPassPercent: z.number().nullable(),
      /** Without a trace, from a replay at the parent block and the calldata. */
      approximate: z.boolean(),
    }),
  ),
  'swap.deadline-expired': row(
    'critical',
    'failed-swaps',
    z.object({
      router: hexAddress.nullable(),
      routerName: z.string().nullable(),
      /** The deadline the calldata set (unix seconds); null when it carries none the tool reads. */
      deadline: baseUnits.nullable(),
      blockTimestamp: baseUnits.nullable(),
      /** Seconds between the deadline and the block's time; null when either is unknown. */
      lateBySeconds: z.number().nullable(),
      approximate: z.boolean(),
    }),
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
  ),
  'token.insufficient-balance': row(
    'critical',
    'approvals',
    z.object({ token: tokenRefSchema, owner: hexAddress, balance: baseUnits.nullable(), needed: baseUnits.nullable() }),
  ),
  'permit2.token-not-approved': row(
    'critical',
    'approvals',
    z.object({
      token: tokenRefSchema,
      owner: hexAddress,
      /** Permit2's address: the token must be approved to it once. */
      permit2: hexAddress,
      /** The router that pulls the token through Permit2. */
      router: hexAddress,
      allowance: baseUnits.nullable(),
      needed: baseUnits.nullable(),
      approximate: z.boolean(),
    }),
  ),
  'permit2.allowance-insufficient': row(
    'critical',
    'approvals',
    z.object({
      token: tokenRefSchema,
      owner: hexAddress,
      /** The router Permit2 lets spend the token. */
      spender: hexAddress,
      problem: z.enum(['missing', 'too-small', 'expired']),
      /** Permit2's allowance at the parent block. */
      amount: baseUnits.nullable(),
      needed: baseUnits.nullable(),
      /** When it ended or ends (unix seconds); 0 for none ever set. */
      expiration: z.number().int().nullable(),
      blockTimestamp: baseUnits.nullable(),
      approximate: z.boolean(),
    }),
  ),
  'permit2.permit-invalid': row(
    'critical',
    'approvals',
    z.object({
      token: tokenRefSchema.nullable(),
      spender: hexAddress.nullable(),
      problem: z.enum(['signature-expired', 'nonce-used', 'invalid-signature']),
      /** When the signature stopped being valid (unix seconds), from the calldata. */
      sigDeadline: baseUnits.nullable(),
      blockTimestamp: baseUnits.nullable(),
      /** The nonce the permit carried, and the one Permit2 expected at the parent block. */
      nonce: z.number().int().nullable(),
      expectedNonce: z.number().int().nullable(),
      approximate: z.boolean(),
    }),
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
  ),
  'token.sent-to-contract': row(
    'critical',
    'wrong-network',
    z.object({
      token: tokenRefSchema,
      to: hexAddress,
      recipient: z.enum(['token-itself', 'other-token', 'weth', 'router', 'pool', 'contract']),
      /** The known contract it went to (`Uniswap Universal Router`), from the entry points its code has. */
      contractName: z.string().nullable(),
      /** The entry points found in the recipient's code that name it. */
      evidence: z.string().nullable(),
      /** The contract's own public function (sweep, skim) hands any balance to whoever calls it first. */
      anyoneCanTake: z.boolean(),
      amount: baseUnits,
      formattedAmount: z.string().nullable(),
    }),
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
  ),
  'tx.fee-cap-below-base-fee': row(
    'critical',
    'stuck-transactions',
    z.object({ feeCap: baseUnits, baseFee: baseUnits }),
  ),
  'tx.priority-fee-low': row(
    'warning',
    'stuck-transactions',
    z.object({ priorityFee: baseUnits, recentLowTip: baseUnits, recentMedianTip: baseUnits }),
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
  ),
  'tx.not-found': row(
    'critical',
    'wrong-network',
    z.object({ searchedChainIds: z.array(chainId), unreachableChainIds: z.array(chainId) }),
  ),
  'tx.wrong-network': row('critical', 'wrong-network', z.object({ requestedChainId: chainId, foundChainId: chainId })),
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
  ),
  'token.held': row(
    'info',
    'missing-tokens',
    z.object({ chainId, token: tokenRefSchema, balance: baseUnits, formattedBalance: z.string().nullable() }),
  ),
  'token.wrong-network': row(
    'critical',
    'wrong-network',
    z.object({ token: tokenRefSchema, requestedChainId: chainId, heldOnChainIds: z.array(chainId) }),
  ),
  'token.no-balance': row(
    'warning',
    'missing-tokens',
    z.object({
      token: tokenRefSchema,
      chainIds: z.array(chainId),
      lastOut: z.object({ chainId, hash: txHash, to: hexAddress, amount: baseUnits }).nullable(),
    }),
  ),
  'token.not-a-token': row(
    'critical',
    'missing-tokens',
    z.object({ token: hexAddress, searchedChainIds: z.array(chainId) }),
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
  ),
  /** Info when another endpoint covered for it; a warning when its chain could not be searched at all. */
  'rpc.unreachable': row('info', 'rpc-endpoints', z.object({ chainId, endpoint: z.string(), reason: z.string() })),
  'rpc.stale': row(
    'warning',
    'rpc-endpoints',
    z.object({ chainId, headBlock: baseUnits, ageSeconds: z.number().int() }),
  ),
  'rpc.chain-mismatch': row(
    'warning',
    'rpc-endpoints',
    z.object({ chainId, endpoint: z.string(), reportedChainId: chainId.nullable() }),
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
