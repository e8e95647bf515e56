import { chainForId } from '../chains/registry.js'
import type { TokenRef } from '../findings/data-types.js'

/** A network's own coin, said as a token is (its symbol and decimals; the zero address stands for it). */
export const coinOf = (chainId: number): TokenRef => {
  const coin = chainForId(chainId).viemChain.nativeCurrency
  return { address: '0x0000000000000000000000000000000000000000', symbol: coin.symbol, decimals: coin.decimals }
}
