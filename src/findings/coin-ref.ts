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

/**
 * A network's coin when the network is not known (a pasted error names none): 18 decimals, as
 * every coin of the networks here has, under the words given for its name.
 */
export function anyCoin(name: string): TokenRef {
  return { address: ZERO_ADDRESS, symbol: name, decimals: 18 }
}
