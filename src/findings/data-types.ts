import * as z from 'zod'

/** Severity of a finding: info (worth knowing), warning (act soon), critical (this is the problem). */
export const severities = ['info', 'warning', 'critical'] as const
export type Severity = (typeof severities)[number]

/** Amounts, block numbers and fees: base units as decimal strings (JSON has no big integers). */
export const baseUnits = z.string().regex(/^\d+$/)
export const chainId = z.number().int().positive()
export const hexAddress = z.string()
export const txHash = z.string()

/** A token as the report names it: address, and symbol and decimals when the token answered. */
export const tokenRefSchema = z.object({
  address: hexAddress,
  symbol: z.string().nullable(),
  decimals: z.number().int().nullable(),
})
export type TokenRef = z.infer<typeof tokenRefSchema>

export const feeSuggestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('eip1559'), maxFeePerGas: baseUnits, maxPriorityFeePerGas: baseUnits }),
  z.object({ kind: z.literal('legacy'), gasPrice: baseUnits }),
])
export type FeeSuggestion = z.infer<typeof feeSuggestionSchema>

/** What a replacement (speed-up or cancel) or a re-send must carry to be accepted and mined soon. */
export const replacementAdviceSchema = z.object({
  nonce: z.number().int().nonnegative(),
  fees: feeSuggestionSchema,
  headroomBlocks: z.number().int().nonnegative(),
})
export type ReplacementAdvice = z.infer<typeof replacementAdviceSchema>
