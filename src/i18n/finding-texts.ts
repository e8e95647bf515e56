import type { FeeSuggestion, FindingDataMap, FindingCode } from '../diagnose/finding.js'

/** What a finding's text may use besides its data: names and number formats, nothing fetched. */
export type TextContext = {
  chainName: (chainId: number) => string
  /** A wei amount (decimal string) as gwei, e.g. "12.5 gwei". */
  fee: (wei: string) => string
  fees: (fees: FeeSuggestion) => string
}

export type FindingText = { title: string; detail: string; steps: string[] }

export type FindingTexts = {
  [K in FindingCode]: (data: FindingDataMap[K], ctx: TextContext) => FindingText
}
