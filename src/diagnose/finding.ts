/** Stable finding codes (design §3): add new ones, never rename. */
export type Severity = 'info' | 'warning' | 'critical'

export type FeeSuggestion =
  { kind: 'eip1559'; maxFeePerGas: string; maxPriorityFeePerGas: string } | { kind: 'legacy'; gasPrice: string }

export type FindingDataMap = {
  'tx.confirmed': { blockNumber: string; confirmations: number; gasUsed: string; minedAt: string | null }
  'tx.reverted': {
    blockNumber: string
    gasUsed: string
    gasLimit: string
    /** The decoded reason in the contract's words (revert string, custom error, panic), null when none. */
    reason: string | null
    errorName: string | null
    errorSource: string | null
    category: string | null
    /** The raw revert data, kept whatever the decoding says. */
    revertData: string | null
    decodedFrom: 'trace' | 'replay' | 'none'
    /** A replay at the parent block does not see transactions before it in the same block. */
    approximate: boolean
    failingContract: string | null
  }
  'tx.out-of-gas': { gasUsed: string; gasLimit: string; certain: boolean; suggestedGasLimit: string }
  'swap.slippage': {
    router: string
    functionName: string
    mode: 'exact-in' | 'exact-out'
    tokenIn: TokenRef
    tokenOut: TokenRef
    /** exact-in: the amount paid in; exact-out: the most the user would pay. */
    amountIn: string
    /** exact-in: the least accepted; exact-out: the amount wanted. */
    amountOut: string
    /** What the pool would have given (exact-in) or asked (exact-out) at the parent block; null when unknown. */
    poolQuote: string | null
    /** How far the pool was from the user's limit, in percent; null when unknown. */
    shortfallPercent: number | null
  }
  'swap.deadline-expired': { deadline: string; blockTimestamp: string; lateBySeconds: number }
  'token.insufficient-allowance': {
    token: TokenRef
    owner: string
    spender: string
    allowance: string | null
    needed: string | null
  }
  'token.insufficient-balance': { token: TokenRef; owner: string; balance: string | null; needed: string | null }
  'token.fee-on-transfer': {
    token: TokenRef
    functionName: string
    supportingFunction: string
    asked: string | null
    received: string | null
    feePercent: number | null
  }
  'token.transfer-found': {
    /** The transaction that moved it, when the finding comes from an address's history. */
    transactionHash: string | null
    chainId: number | null
    standard: string
    token: TokenRef
    from: string
    to: string
    amount: string
    formattedAmount: string | null
    tokenId: string | null
  }
  'token.sent-to-contract': {
    token: TokenRef
    to: string
    recipient: 'token-itself' | 'other-token'
    amount: string
    formattedAmount: string | null
  }
  'tx.pending': { from: string; nonce: number; firstSeenAt: string | null; replacement: ReplacementAdvice | null }
  'tx.nonce-gap': { from: string; nonce: number; accountNonce: number; missingNonces: number[]; missingCount: number }
  'tx.fee-cap-below-base-fee': { feeCap: string; baseFee: string }
  'tx.priority-fee-low': { priorityFee: string; recentLowTip: string; recentMedianTip: string }
  'tx.dropped': { from: string; nonce: number; source: string; resend: ReplacementAdvice | null }
  'tx.replaced': {
    from: string
    nonce: number
    replacementHash: string | null
    replacementBlock: string | null
    foundBy: string | null
  }
  'tx.not-found': { searchedChainIds: number[]; unreachableChainIds: number[] }
  'tx.wrong-network': { requestedChainId: number; foundChainId: number }
  'address.pending-transactions': {
    chainId: number
    address: string
    latest: number
    pending: number
    nonces: number[]
  }
  'token.held': { chainId: number; token: TokenRef; balance: string; formattedBalance: string | null }
  'token.wrong-network': { token: TokenRef; requestedChainId: number; heldOnChainIds: number[] }
  'token.no-balance': {
    token: TokenRef
    chainIds: number[]
    lastOut: { chainId: number; hash: string; to: string; amount: string } | null
  }
  'token.not-a-token': { token: string; searchedChainIds: number[] }
  'token.other-form-held': {
    chainId: number
    asked: TokenRef
    held: TokenRef
    balance: string
    formattedBalance: string | null
  }
  'rpc.unreachable': { chainId: number; endpoint: string; reason: string }
  'rpc.stale': { chainId: number; headBlock: string; ageSeconds: number }
  'rpc.chain-mismatch': { chainId: number; endpoint: string; reportedChainId: number | null }
}

/** A token as the report names it: address, and symbol and decimals when the token answered. */
export type TokenRef = { address: string; symbol: string | null; decimals: number | null }

/** What a replacement (speed-up or cancel) or a re-send must carry to be accepted and mined soon. */
export type ReplacementAdvice = { nonce: number; fees: FeeSuggestion; headroomBlocks: number }

export type FindingCode = keyof FindingDataMap

export type Finding = { [K in FindingCode]: { code: K; severity: Severity; data: FindingDataMap[K] } }[FindingCode]

export const finding = <K extends FindingCode>(code: K, severity: Severity, data: FindingDataMap[K]) =>
  ({ code, severity, data }) as Finding
