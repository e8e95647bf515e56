import type { TxEvidence } from '../../evidence/schema.js'
import { finding, type Finding } from '../../findings/finding.js'
import { tokenMovements } from '../../decode/token-movements.js'
import { formatAmount, tokenRef } from './token-ref.js'
import { contractKind } from '../../decode/contract-kinds.js'

/** More movements than this are summarised by the evidence, not listed as findings. */
const MAX_LISTED = 20

/**
 * `token.transfer-found` for each movement, and `token.sent-to-contract` for a transfer to a
 * contract: the token itself, another token, WETH, a router or a pool (critical: they cannot send
 * them back), or any other contract (info: smart accounts and exchanges are contracts too).
 */
export function tokenRule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context?.receipt || context.receipt.status !== 'success') return []
  const movements = tokenMovements(context.receipt.logs)
  const findings: Finding[] = movements.slice(0, MAX_LISTED).map((m) => {
    const token = tokenRef(m.token, context.tokens)
    return finding('token.transfer-found', {
      transactionHash: null,
      chainId: null,
      standard: m.standard,
      token,
      from: m.from,
      to: m.to,
      amount: m.amount.toString(),
      formattedAmount: m.standard === 'erc721' ? null : formatAmount(m.amount, token),
      tokenId: m.tokenId?.toString() ?? null,
    })
  })
  for (const m of movements) {
    if (m.standard !== 'erc20') continue
    const recipient = context.recipients.find((r) => r.address === m.to)
    const itself = m.to === m.token
    if (!itself && !recipient?.isContract) continue
    const known = contractKind(recipient?.kind ?? null)
    const kind = known?.role === 'weth' && !recipient?.isToken ? null : known
    const where = itself ? 'token-itself' : kind ? kind.role : recipient?.isToken ? 'other-token' : 'contract'
    const token = tokenRef(m.token, context.tokens)
    findings.push(
      finding(
        'token.sent-to-contract',
        {
          token,
          to: m.to,
          recipient: where,
          contractName: kind?.name ?? null,
          evidence: kind ? kind.entryPoints.join(', ') : null,
          anyoneCanTake: kind?.anyoneCanTake ?? false,
          amount: m.amount.toString(),
          formattedAmount: formatAmount(m.amount, token),
        },
        // Smart-account wallets, multisigs and exchange deposit addresses are contracts too: worth a look, not an alarm.
        where === 'contract' ? 'info' : undefined,
      ),
    )
  }
  return findings
}
