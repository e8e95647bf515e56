import type { FeeSuggestion, TokenRef } from '../findings/data-types.js'
import type { FindingDataMap, FindingCode } from '../findings/registry.js'

/** What a finding's text may use besides its data: names and number formats, nothing fetched. */
export type TextContext = {
  chainName: (chainId: number) => string
  /**
   * The name of the network the report is about, for steps that act there ("add the token on
   * Base"): a person acts on a named network, never on "this same network". Null when unknown.
   */
  network: string | null
  /** A wei amount (decimal string) as gwei, e.g. "12.5 gwei". */
  fee: (wei: string) => string
  fees: (fees: FeeSuggestion) => string
  /** A token by its symbol, or its address when it has none. */
  token: (token: TokenRef | null) => string
  /**
   * An amount in base units as "1.5 USDC", rounded as wallets show it, or raw units when the
   * decimals are unknown. `against`: an amount it is compared with in the same sentence (a minimum
   * and a quote, an approval and what was needed), shown with as many digits as tell them apart.
   */
  amount: (raw: string | null, token: TokenRef | null, against?: string | null) => string
}

export type FindingText = { title: string; detail: string; steps: string[] }

export type FindingTexts = {
  [K in FindingCode]: (data: FindingDataMap[K], ctx: TextContext) => FindingText
}
