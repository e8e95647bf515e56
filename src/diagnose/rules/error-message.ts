import type { ErrorTextFacts } from '../../decode/error-text/parse-error-text.js'
import type { NodeMessage } from '../../decode/error-text/node-messages.js'
import { finding, type Finding } from '../../findings/finding.js'

/**
 * `error.*` from what a node or wallet said in a pasted error: one finding per kind of message, with
 * the numbers the message carried. A revert is left to errorRevertRule, which can say more.
 */
export function errorMessageRule(facts: ErrorTextFacts): Finding[] {
  const code = (...wanted: number[]) => facts.codes.find((c) => wanted.includes(c)) ?? null
  return facts.messages.flatMap((message) => fromMessage(message, facts, code))
}

function fromMessage(
  message: NodeMessage,
  facts: ErrorTextFacts,
  code: (...wanted: number[]) => number | null,
): Finding[] {
  const address = facts.ids.ownAddress
  switch (message.kind) {
    case 'nonce-too-low':
      return [finding('error.nonce-too-low', { given: message.given, expected: message.expected, address })]
    case 'nonce-too-high':
      return [finding('error.nonce-too-high', { given: message.given, expected: message.expected, address })]
    case 'replacement-underpriced':
      return [finding('error.replacement-underpriced', {})]
    case 'underpriced':
      return [
        finding('error.fee-below-base-fee', {
          reason: message.reason,
          maxFeePerGas: message.maxFeePerGas,
          baseFee: message.baseFee,
        }),
      ]
    case 'insufficient-funds': {
      const { balance, cost } = message
      const shortfall =
        balance !== null && cost !== null && BigInt(cost) > BigInt(balance) ? BigInt(cost) - BigInt(balance) : null
      return [finding('error.insufficient-funds', { address, balance, cost, shortfall: shortfall?.toString() ?? null })]
    }
    case 'gas-limit':
      return [finding('error.intrinsic-gas', { reason: message.reason, gasLimit: message.gas, needed: message.needed })]
    case 'already-known':
      return [finding('error.already-known', {})]
    case 'user-rejected':
      return [finding('error.user-rejected', { code: code(4001) })]
    case 'rate-limited':
      return [finding('error.rate-limited', { code: code(429, -32005) })]
    case 'unsupported-method':
      return [finding('error.unsupported-method', { method: message.method, code: code(-32601, 4200) })]
    case 'chain-mismatch':
      return [
        finding('error.chain-mismatch', {
          walletChainId: positive(message.actual),
          expectedChainId: positive(message.expected),
        }),
      ]
    case 'reverted':
      return []
  }
}

const positive = (value: number | null) => (value !== null && value > 0 ? value : null)

/** `error.account-abstraction` for each EntryPoint code, `error.non-evm` for a Solana or Tron message. */
export function errorOtherChainsRule(facts: ErrorTextFacts): Finding[] {
  return [
    ...facts.aa.map((row) =>
      finding('error.account-abstraction', { code: row.code, meaning: row.meaning, party: row.party }),
    ),
    ...(facts.nonEvm ? [finding('error.non-evm', { ...facts.nonEvm })] : []),
  ]
}
