/** Stable finding codes (design §3): add new ones, never rename. */
export type Severity = 'info' | 'warning' | 'critical'

export type FeeSuggestion =
  | { kind: 'eip1559'; maxFeePerGas: string; maxPriorityFeePerGas: string }
  | { kind: 'legacy'; gasPrice: string }

export type FindingDataMap = {
  'tx.confirmed': { blockNumber: string; confirmations: number; gasUsed: string; minedAt: string | null }
  'tx.reverted': { blockNumber: string; gasUsed: string; gasLimit: string }
  'tx.pending': { from: string; nonce: number; firstSeenAt: string | null; replacement: ReplacementAdvice | null }
  'tx.nonce-gap': { from: string; nonce: number; accountNonce: number; missingNonces: number[]; missingCount: number }
  'tx.fee-cap-below-base-fee': { feeCap: string; baseFee: string }
  'tx.priority-fee-low': { priorityFee: string; recentLowTip: string; recentMedianTip: string }
  'tx.dropped': { from: string; nonce: number; source: string; resend: ReplacementAdvice | null }
  'tx.replaced': { from: string; nonce: number; replacementHash: string | null; replacementBlock: string | null; foundBy: string | null }
  'tx.not-found': { searchedChainIds: number[]; unreachableChainIds: number[] }
  'tx.wrong-network': { requestedChainId: number; foundChainId: number }
  'rpc.unreachable': { chainId: number; endpoint: string; reason: string }
  'rpc.chain-mismatch': { chainId: number; endpoint: string; reportedChainId: number | null }
}

/** What a replacement (speed-up or cancel) or a re-send must carry to be accepted and mined soon. */
export type ReplacementAdvice = { nonce: number; fees: FeeSuggestion; headroomBlocks: number }

export type FindingCode = keyof FindingDataMap

export type Finding = { [K in FindingCode]: { code: K; severity: Severity; data: FindingDataMap[K] } }[FindingCode]

export const finding = <K extends FindingCode>(code: K, severity: Severity, data: FindingDataMap[K]) =>
  ({ code, severity, data }) as Finding
