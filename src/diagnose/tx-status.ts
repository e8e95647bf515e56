import type { TxEvidence } from '../evidence/schema.js'

export const txStatuses = ['confirmed', 'failed', 'pending', 'queued', 'dropped', 'replaced', 'not-found'] as const
export type TxStatus = (typeof txStatuses)[number]

/**
 * The one-word answer. A waiting transaction is `queued` when an earlier nonce is missing (it
 * cannot be mined until that gap is filled) and `pending` otherwise. A hash no node knows is
 * `replaced` when its sender's nonce has moved past it, `dropped` when it has not, and
 * `not-found` when the sender and nonce are unknown.
 */
export function txStatus(evidence: TxEvidence): TxStatus {
  // A user operation's own outcome, whatever the bundle transaction that carried it did.
  if (evidence.userOperation) return evidence.userOperation.success ? 'confirmed' : 'failed'
  const context = evidence.context
  if (context?.receipt) return context.receipt.status === 'success' ? 'confirmed' : 'failed'
  const nonces = context?.nonces
  const sender = evidence.sender
  if (context?.tx) {
    if (nonces && context.tx.nonce < nonces.latest) return 'replaced'
    return nonces && context.tx.nonce > nonces.pending ? 'queued' : 'pending'
  }
  if (sender && nonces) return nonces.latest > sender.nonce ? 'replaced' : 'dropped'
  return 'not-found'
}
