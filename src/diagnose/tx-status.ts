import type { TxEvidence } from '../evidence/schema.js'
import { minedWithoutReceipt, seenMinedButUnknown, verdictUndecided } from './cross-check.js'
import { unplacedEndpoints } from './endpoint-health.js'

export const txStatuses = [
  'confirmed',
  'failed',
  'pending',
  'queued',
  'dropped',
  'replaced',
  'not-found',
  'undetermined',
] as const
export type TxStatus = (typeof txStatuses)[number]

/**
 * The one-word answer. A waiting transaction is `queued` when an earlier nonce is missing (it
 * cannot be mined until that gap is filled) and `pending` otherwise. A hash no node knows is
 * `replaced` when its sender's nonce has moved past it, `dropped` when it has not, and
 * `not-found` when the sender and nonce are unknown. `undetermined` when the endpoints contradict
 * each other with no majority, the tool's memory saw it mined and no endpoint knows it now, or an
 * endpoint gives it in a block but no receipt:
 * "I could not tell" beats a wrong answer that someone acts on.
 */
export function txStatus(evidence: TxEvidence): TxStatus {
  if (verdictUndecided(evidence) || seenMinedButUnknown(evidence) || minedWithoutReceipt(evidence))
    return 'undetermined'
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
  // "Not found" where the network asked about could not be searched would be the answer of the
  // others; so would it where an endpoint the user gave could not even say which network it serves.
  return requestedChainUnsearched(evidence) || unplacedEndpoints(evidence).length > 0 ? 'undetermined' : 'not-found'
}

/** The network asked about (`--chain`, an explorer link) had no endpoint that answered. */
export function requestedChainUnsearched(evidence: TxEvidence): boolean {
  return evidence.requestedChainId !== null && evidence.unreachableChainIds.includes(evidence.requestedChainId)
}
