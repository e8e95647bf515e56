/**
 * The facts a chain's endpoints can disagree on (`rpc.disagreement`'s `fact`), and what each
 * dispute is about — which decides what the report makes of it, in every language and in
 * `security`'s status:
 * - `transaction`: a transaction's receipt, its sender's nonce, the head those stand on, a token
 *   gateway's reads — the majority's answer stands when there is one (never on a head);
 * - `arrival`: whether a bridge transfer has arrived — never judged on a majority (a stale endpoint
 *   says "not arrived" as a lying one does);
 * - `taker`: an outflow `security` would name a taker for — no one is named on their word;
 * - `holdings`: what `address` rests on (balances, the token's transfers and decimals) — no verdict;
 * - `history`: the logs and coin history `security` reads every finding from — no finding at all.
 */
export const disagreementScope = {
  receipt: 'transaction',
  nonce: 'transaction',
  head: 'transaction',
  gateway: 'transaction',
  bridge: 'arrival',
  drain: 'taker',
  balance: 'holdings',
  transfers: 'holdings',
  decimals: 'holdings',
  logs: 'history',
  coin: 'history',
} as const

export type DisagreementFact = keyof typeof disagreementScope
export type DisagreementScope = (typeof disagreementScope)[DisagreementFact]

export const disagreementFacts = Object.keys(disagreementScope) as [DisagreementFact, ...DisagreementFact[]]
