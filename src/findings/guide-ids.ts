import type { FindingCode } from '../diagnose/finding.js'

/** Every guide, by the id its file name and front matter carry (guides/<lang>/<id>.md). */
export const guideIds = [
  'stuck-transactions',
  'speed-up-and-cancel',
  'nonce-gaps',
  'missing-tokens',
  'wrong-network',
  'failed-swaps',
  'approvals',
  'fee-on-transfer',
  'exchange-deposits',
  'staying-safe',
  'support-request',
  'rpc-endpoints',
] as const
export type GuideId = (typeof guideIds)[number]

/**
 * The guide that explains each finding. Typed over every finding code, so a new code does not
 * compile until it has a guide; each guide's front matter lists the same codes, and a data test
 * holds the two together.
 */
export const guideForFinding: Record<FindingCode, GuideId> = {
  'tx.pending': 'stuck-transactions',
  'tx.fee-cap-below-base-fee': 'stuck-transactions',
  'tx.priority-fee-low': 'stuck-transactions',
  'address.pending-transactions': 'stuck-transactions',
  'tx.replaced': 'speed-up-and-cancel',
  'tx.dropped': 'speed-up-and-cancel',
  'tx.nonce-gap': 'nonce-gaps',
  'tx.confirmed': 'missing-tokens',
  'token.transfer-found': 'missing-tokens',
  'token.held': 'missing-tokens',
  'token.no-balance': 'missing-tokens',
  'token.not-a-token': 'missing-tokens',
  'token.other-form-held': 'missing-tokens',
  'tx.wrong-network': 'wrong-network',
  'tx.not-found': 'wrong-network',
  'token.wrong-network': 'wrong-network',
  'token.sent-to-contract': 'wrong-network',
  'tx.reverted': 'failed-swaps',
  'tx.out-of-gas': 'failed-swaps',
  'swap.slippage': 'failed-swaps',
  'swap.deadline-expired': 'failed-swaps',
  'token.insufficient-allowance': 'approvals',
  'token.insufficient-balance': 'approvals',
  'token.fee-on-transfer': 'fee-on-transfer',
  'rpc.unreachable': 'rpc-endpoints',
  'rpc.chain-mismatch': 'rpc-endpoints',
  'rpc.stale': 'rpc-endpoints',
}

export const isGuideId = (value: string): value is GuideId => (guideIds as readonly string[]).includes(value)
