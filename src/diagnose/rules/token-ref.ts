import { formatUnits } from 'viem'
import type { TokenInfo } from '../../evidence/schema.js'
import type { TokenRef } from '../../findings/data-types.js'

export function tokenRef(address: string, tokens: readonly TokenInfo[]): TokenRef {
  const info = tokens.find((t) => t.address.toLowerCase() === address.toLowerCase())
  return { address: address.toLowerCase(), symbol: info?.symbol ?? null, decimals: info?.decimals ?? null }
}

/** An amount in the token's own units ("1.5"), or null when its decimals are unknown. */
export const formatAmount = (amount: bigint, token: TokenRef) =>
  token.decimals === null ? null : formatUnits(amount, token.decimals)
