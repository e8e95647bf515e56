import { chainForId } from '../chains/registry.js'
import type { TokenRef } from './data-types.js'

const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'

/**
 * A network's own coin, said as a token is: its symbol and decimals, under `address` — the zero
 * address by default, or whatever stands for the coin where it came from (a router's wrapped token,
 * the 0xeeee… placeholder of approvals).
 */
export function coinRef(chainId: number, address: string = ZERO_ADDRESS): TokenRef {
  const coin = chainForId(chainId).viemChain.nativeCurrency
  return { address, symbol: coin.symbol, decimals: coin.decimals }
}
