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
  ),
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
  ),
  'swap.deadline-expired': row(
    'critical',
    'failed-swaps',
    z.object({ deadline: z.string(), blockTimestamp: z.string(), lateBySeconds: z.number() }),
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
      recipient: z.enum(['token-itself', 'other-token']),
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
  // Issue 18: EIP-7702 delegations, user operations and ids of other chains.
  'tx.delegation': row(
    'warning',
    'staying-safe',
    z.object({
      /** The account delegated (recovered from the authorization's signature); null when it does not recover. */
      authority: hexAddress.nullable(),
      delegate: hexAddress,
      /** 0: valid on every chain. */
      chainId: z.number().int().nonnegative(),
      nonce: z.number().int().nonnegative(),
      /** From the authority's code after the block; null when it could not be read. */
      tookEffect: z.boolean().nullable(),
      revocation: z.boolean(),
      /** The wallet whose implementation the delegate is, from a table kept as data; null when unknown. */
      knownImplementation: z.string().nullable(),
    }),
  ),

  'aa.user-operation': row(
    'info',
    'missing-tokens',
    z.object({
      entryPoint: hexAddress,
      sender: hexAddress,
      nonce: baseUnits,
      /** null when the account paid its own gas. */
      paymaster: hexAddress.nullable(),
      success: z.boolean(),
      actualGasCost: baseUnits,
      actualGasUsed: baseUnits,
      /** The bundle transaction that carried the operation. */
      transactionHash: txHash,
      blockNumber: baseUnits,
      bundleSucceeded: z.boolean(),
    }),
  ),
  'aa.user-operation-failed': row(
    'critical',
    'failed-swaps',
    z.object({
      sender: hexAddress,
      transactionHash: txHash,
      bundleSucceeded: z.boolean(),
      reason: z.string().nullable(),
      errorName: z.string().nullable(),
      errorSource: z.string().nullable(),
      category: z.string().nullable(),
      revertData: z.string().nullable(),
    }),
  ),

  'tx.non-evm': row(
    'critical',
    'wrong-network',
    z.object({
      id: z.string(),
      /** What the id looks like; for a bare 64-hex id no EVM chain knew, both bitcoin and tron. */
      families: z.array(z.enum(['solana', 'bitcoin', 'tron'])),
      kind: z.enum(['transaction', 'address']),
      explorerUrls: z.array(z.string()),
      /** true: the id was first searched as an EVM hash, and no chain knew it. */
      searchedAsEvm: z.boolean(),
    }),
  ),

  // Pasted error messages (`explain`, issue 18): what the message says, with the numbers it carries.
  'error.nonce-too-low': row(
    'critical',
    'error-messages',
    z.object({
      given: z.number().int().nullable(),
      expected: z.number().int().nullable(),
      address: hexAddress.nullable(),
    }),
  ),
  'error.nonce-too-high': row(
    'critical',
    'nonce-gaps',
    z.object({
      given: z.number().int().nullable(),
      expected: z.number().int().nullable(),
      address: hexAddress.nullable(),
    }),
  ),
  'error.replacement-underpriced': row('critical', 'speed-up-and-cancel', z.object({})),
  'error.fee-below-base-fee': row(
    'critical',
    'stuck-transactions',
    z.object({
      /** below-base-fee: the fee cap is under the block's base fee; below-pool-minimum: under the node's minimum price. */
      reason: z.enum(['below-base-fee', 'below-pool-minimum']),
      maxFeePerGas: baseUnits.nullable(),
      baseFee: baseUnits.nullable(),
    }),
  ),
  'error.insufficient-funds': row(
    'critical',
    'error-messages',
    z.object({
      address: hexAddress.nullable(),
      balance: baseUnits.nullable(),
      cost: baseUnits.nullable(),
      shortfall: baseUnits.nullable(),
    }),
  ),
  'error.intrinsic-gas': row(
    'critical',
    'error-messages',
    z.object({
      reason: z.enum(['intrinsic-too-low', 'exceeds-allowance', 'exceeds-block-limit']),
      gasLimit: baseUnits.nullable(),
      needed: baseUnits.nullable(),
    }),
  ),
  'error.estimation-reverted': row(
    'critical',
    'failed-swaps',
    z.object({
      /** estimation or call: nothing was sent; mined: the text is about a transaction that failed on chain. */
      stage: z.enum(['estimation', 'call', 'mined', 'unknown']),
      reason: z.string().nullable(),
      errorName: z.string().nullable(),
      errorSource: z.string().nullable(),
      category: z.string().nullable(),
      revertData: z.string().nullable(),
      contract: hexAddress.nullable(),
    }),
  ),
  'error.already-known': row('info', 'stuck-transactions', z.object({})),
  'error.user-rejected': row('info', 'error-messages', z.object({ code: z.number().int().nullable() })),
  'error.rate-limited': row('warning', 'rpc-endpoints', z.object({ code: z.number().int().nullable() })),
  'error.unsupported-method': row(
    'warning',
    'rpc-endpoints',
    z.object({ method: z.string().nullable(), code: z.number().int().nullable() }),
  ),
  'error.chain-mismatch': row(
    'critical',
    'wrong-network',
    z.object({ walletChainId: chainId.nullable(), expectedChainId: chainId.nullable() }),
  ),
  'error.account-abstraction': row(
    'critical',
    'error-messages',
    z.object({
      code: z.string(),
      meaning: z.string(),
      party: z.enum(['account', 'paymaster', 'bundler', 'factory']),
    }),
  ),
  'error.non-evm': row(
    'warning',
    'error-messages',
    z.object({
      family: z.enum(['solana', 'tron', 'bitcoin']),
      problem: z.enum(['blockhash-expired', 'insufficient-funds', 'out-of-energy', 'bandwidth', 'other']),
      have: baseUnits.nullable(),
      need: baseUnits.nullable(),
    }),
  ),
  'error.unrecognised': row(
    'warning',
    'error-messages',
    z.object({ codes: z.array(z.number().int()), message: z.string().nullable() }),
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
