import type { ErrorTextFacts } from '../../decode/error-text/parse-error-text.js'
import { revertCategory, type DecodedRevert } from '../../decode/decode-revert.js'
import type { TokenRef } from '../../findings/data-types.js'
import { finding, type Finding } from '../../findings/finding.js'
import { describeRevert } from './failure.js'

const unknownToken = (address: string): TokenRef => ({ address: address.toLowerCase(), symbol: null, decimals: null })

/**
 * A revert in a pasted error: `error.estimation-reverted` with the decoded reason, and the same
 * `swap.*` / `token.*` finding a mined failure would give — but only when the text carries what
 * that finding states (the swap's own arguments, the token, the owner); otherwise the reason's
 * category stays in `error.estimation-reverted`, and nothing is guessed.
 */
export function errorRevertRule(facts: ErrorTextFacts): Finding[] {
  const saidReverted = facts.messages.some((m) => m.kind === 'reverted')
  if (!facts.revert && !saidReverted) return []
  const decoded: DecodedRevert = facts.revert?.decoded ?? { kind: 'empty' }
  const category = revertCategory(decoded)
  const { swap, to, from } = facts.call
  const findings: Finding[] = [
    finding('error.estimation-reverted', {
      stage: facts.stage,
      reason: describeRevert(decoded),
      errorName:
        decoded.kind === 'custom'
          ? decoded.name
          : decoded.kind === 'panic'
            ? 'Panic'
            : decoded.kind === 'string'
              ? 'Error'
              : null,
      errorSource: decoded.kind === 'custom' || decoded.kind === 'string' ? decoded.source : null,
      category,
      revertData: facts.revert?.data ?? null,
      contract: to,
    }),
  ]

  if (category === 'slippage' && swap && to) {
    findings.push(
      finding('swap.slippage', {
        router: to,
        routerName: null,
        functionName: swap.functionName,
        protocol: 'v2',
        mode: swap.mode,
        tokenIn: unknownToken(swap.path[0] as string),
        tokenOut: unknownToken(swap.path.at(-1) as string),
        amountIn: swap.amountIn.toString(),
        amountOut: swap.amountOut.toString(),
        // No chain was read: what the pool would have given is not known here.
        poolQuote: null,
        quoteMethod: null,
        shortfallPercent: null,
        slippageToPassPercent: null,
        quoteFarOff: false,
        // From the pasted text alone, not from the chain.
        approximate: true,
      }),
    )
  }
  if (category === 'deadline') {
    findings.push(
      finding('swap.deadline-expired', {
        router: to ?? null,
        routerName: null,
        deadline: swap?.deadline.toString() ?? null,
        blockTimestamp: null,
        lateBySeconds: null,
        approximate: true,
      }),
    )
  }
  if (category === 'balance' || category === 'allowance') {
    const args = decoded.kind === 'custom' ? decoded.args : {}
    const tokenAddress = swap ? (swap.paysWithEth ? null : (swap.path[0] as string)) : to
    const owner = args.sender ?? from
    const needed = args.needed ?? (swap && !swap.paysWithEth ? swap.amountIn.toString() : null)
    if (tokenAddress && owner && category === 'balance') {
      findings.push(
        finding('token.insufficient-balance', {
          token: unknownToken(tokenAddress),
          owner: owner.toLowerCase(),
          balance: args.balance ?? null,
          needed,
        }),
      )
    }
    const spender = args.spender ?? (swap ? to : null)
    if (tokenAddress && from && spender && category === 'allowance') {
      findings.push(
        finding('token.insufficient-allowance', {
          token: unknownToken(tokenAddress),
          owner: from,
          spender: spender.toLowerCase(),
          allowance: args.allowance ?? null,
          needed,
        }),
      )
    }
  }
  return findings
}
