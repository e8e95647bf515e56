import type { TokenRef } from '../../findings/data-types.js'

const ten = (n: number) => 10n ** BigInt(n)

/**
 * The bridge's fee, sent − received, in the received token's base units. The same token: a plain
 * subtraction. Another token (Across's output token, which may have other decimals: USDC has 6 on
 * Ethereum and 18 on BNB Smart Chain): the sent amount is first scaled to the received token's
 * decimals, so never are raw amounts of different units subtracted; scaling down drops what is below
 * one unit of the received token. Null when an amount or a token's decimals is unknown, or when more
 * arrived than was sent (no fee to state).
 */
export function bridgeFee(
  sent: bigint,
  sentToken: TokenRef,
  received: bigint | null,
  receivedToken: TokenRef | null,
): bigint | null {
  if (received === null) return null
  let comparable = sent
  if (receivedToken) {
    if (sentToken.decimals === null || receivedToken.decimals === null) return null
    const shift = receivedToken.decimals - sentToken.decimals
    comparable = shift >= 0 ? sent * ten(shift) : sent / ten(-shift)
  }
  return received <= comparable ? comparable - received : null
}
