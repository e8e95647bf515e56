import type { TxEvidence } from '../../evidence/schema.js'
import { finding, type Finding } from '../../findings/finding.js'
import { tokenMovements } from '../../decode/token-movements.js'
import { formatAmount, tokenRef } from './token-ref.js'

/** More movements than this are summarised by the evidence, not listed as findings. */
const MAX_LISTED = 20

/** `token.transfer-found` for each movement, and `token.sent-to-contract` for tokens that cannot come back. */
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
    const itself = m.to === m.token
    const otherToken = context.recipients.some((r) => r.address === m.to && r.isToken)
    if (!itself && !otherToken) continue
    const token = tokenRef(m.token, context.tokens)
    findings.push(
      finding('token.sent-to-contract', {
        token,
        to: m.to,
        recipient: itself ? 'token-itself' : 'other-token',
        amount: m.amount.toString(),
        formattedAmount: formatAmount(m.amount, token),
      }),
    )
  }
  return findings
}
