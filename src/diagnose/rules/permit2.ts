import type { TxEvidence } from '../../evidence/schema.js'
import { decodeRevert, revertCategory, type DecodedRevert } from '../../decode/decode-revert.js'
import { PERMIT2_ADDRESS } from '../../decode/permit2.js'
import { decodeSwapIntent, payingStep } from '../../decode/swap-intent/index.js'
import { finding, type Finding } from '../../findings/finding.js'
import { lacksBalance } from './allowance.js'
import { tokenRef } from './token-ref.js'

/**
 * A router that pulls the user's tokens through Permit2 (the Universal Router) needs two
 * approvals and, often, a signature: the token approved to Permit2 once, Permit2's allowance to
 * the router (set by a signed permit, with an expiry), and that permit signed in time with the
 * right nonce. Tells which one failed — `permit2.token-not-approved`,
 * `permit2.allowance-insufficient`, `permit2.permit-invalid` — naming the real token and spender,
 * or `token.insufficient-balance` when the approvals were there but the tokens were not.
 */
export function permit2Rule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context?.receipt || !context.tx?.to || context.receipt.status !== 'reverted') return []
  const { tx, failure, swapState, tokens, txBlock } = context
  const to = context.tx.to
  const intent = decodeSwapIntent(tx.input, tx.value)
  const revert = innermost(decodeRevert(failure?.revertData))
  const approximate = failure?.method !== 'trace'
  const blockTimestamp = txBlock?.timestamp.toString() ?? null
  const router = to.toLowerCase()
  const category = revertCategory(revert)

  if (revert.kind === 'custom' && revert.source === 'Uniswap Permit2' && revert.category === 'permit') {
    const permit = intent?.permits[0] ?? null
    const problem =
      revert.name === 'SignatureExpired'
        ? 'signature-expired'
        : revert.name === 'InvalidNonce'
          ? 'nonce-used'
          : revert.name === 'AllowanceExpired'
            ? null
            : 'invalid-signature'
    if (problem) {
      return [
        finding('permit2.permit-invalid', {
          token: permit ? tokenRef(permit.token, tokens) : null,
          spender: permit?.spender ?? null,
          problem,
          sigDeadline: revert.args.signatureDeadline ?? permit?.sigDeadline.toString() ?? null,
          blockTimestamp,
          nonce: permit?.nonce ?? null,
          expectedNonce: swapState?.permit2Allowance?.nonce ?? null,
          approximate,
        }),
      ]
    }
  }

  const paying = payingStep(intent)
  if (paying?.payer !== 'permit2' || !paying.path[0]) return []
  const token = tokenRef(paying.path[0], tokens)
  const needed = paying.amountIn?.toString() ?? null
  const allowed = swapState?.permit2Allowance ?? null

  // Without a trace, a replay on the block before runs at that block's time, when a signature or
  // an allowance that expired since was still good, and succeeds: the times tell instead.
  const time = txBlock?.timestamp ?? null
  const lateDeadline = intent?.deadline != null && time !== null && intent.deadline < time
  if (revert.kind === 'empty' && failure?.method !== 'trace' && time !== null && !lateDeadline) {
    const expiredPermit = intent?.permits.find((p) => p.sigDeadline < time)
    if (expiredPermit) {
      return [
        finding('permit2.permit-invalid', {
          token: tokenRef(expiredPermit.token, tokens),
          spender: expiredPermit.spender,
          problem: 'signature-expired',
          sigDeadline: expiredPermit.sigDeadline.toString(),
          blockTimestamp,
          nonce: expiredPermit.nonce,
          expectedNonce: allowed?.nonce ?? null,
          approximate: true,
        }),
      ]
    }
    const permitted = intent?.permits.some((p) => p.token === paying.path[0])
    if (!permitted && allowed && allowed.expiration !== 0 && BigInt(allowed.expiration) < time) {
      return [
        finding('permit2.allowance-insufficient', {
          token,
          owner: tx.from,
          spender: router,
          problem: 'expired',
          amount: allowed.amount.toString(),
          needed,
          expiration: allowed.expiration,
          blockTimestamp,
          approximate: true,
        }),
      ]
    }
  }

  if (revert.kind === 'custom' && (revert.name === 'AllowanceExpired' || revert.name === 'InsufficientAllowance')) {
    const never = allowed ? allowed.expiration === 0 && allowed.amount === 0n : revert.args.deadline === '0'
    return [
      finding('permit2.allowance-insufficient', {
        token,
        owner: tx.from,
        spender: router,
        problem: revert.name === 'InsufficientAllowance' ? 'too-small' : never ? 'missing' : 'expired',
        amount: allowed?.amount.toString() ?? revert.args.amount ?? null,
        needed,
        expiration: allowed?.expiration ?? (revert.args.deadline === undefined ? null : Number(revert.args.deadline)),
        blockTimestamp,
        approximate,
      }),
    ]
  }

  // Permit2's own transferFrom failed ("TRANSFER_FROM_FAILED"): the token's approval to Permit2,
  // or the balance, is what was missing.
  if (category === 'allowance' || category === 'balance') {
    const allowance = swapState?.spender === PERMIT2_ADDRESS ? swapState.allowance : null
    const balance = swapState?.balance ?? null
    return [
      lacksBalance(category, { allowance, balance, needed: paying.amountIn })
        ? finding('token.insufficient-balance', {
            token,
            owner: tx.from,
            balance: balance?.toString() ?? null,
            needed,
          })
        : finding('permit2.token-not-approved', {
            token,
            owner: tx.from,
            permit2: PERMIT2_ADDRESS,
            router,
            allowance: allowance?.toString() ?? null,
            needed,
            approximate,
          }),
    ]
  }
  return []
}

/** The Universal Router wraps a failed command's reason in ExecutionFailed: the reason is inside. */
const innermost = (revert: DecodedRevert): DecodedRevert =>
  revert.kind === 'custom' && revert.inner && revert.inner.kind !== 'empty' ? innermost(revert.inner) : revert
