import { erc20Abi, type Address } from 'viem'
import { contractKindOf } from '../decode/contract-kinds.js'
import type { Recipient, TokenInfo } from './schema.js'
import type { ReadClient } from '../rpc/read-client.js'
import { holdsCode } from './contract-answer.js'

/** Symbol, name and decimals of each token, all in one batch; a token that does not answer keeps nulls. */
export async function readTokens(client: ReadClient, addresses: readonly Address[]): Promise<TokenInfo[]> {
  return Promise.all(
    [...new Set(addresses.map((a) => a.toLowerCase() as Address))].map(async (address) => {
      const read = <N extends 'symbol' | 'name' | 'decimals'>(functionName: N) =>
        client.readContract({ address, abi: erc20Abi, functionName }).catch(() => null)
      const [symbol, name, decimals] = await Promise.all([read('symbol'), read('name'), read('decimals')])
      return {
        address,
        symbol: symbol,
        name: name,
        decimals: decimals === null ? null : Number(decimals),
      }
    }),
  )
}

/** Whether each address has code, whether that code answers as an ERC-20 (decimals()), and which known contract it is. */
export async function readRecipients(client: ReadClient, addresses: readonly Address[]): Promise<Recipient[]> {
  return Promise.all(
    [...new Set(addresses.map((a) => a.toLowerCase() as Address))].map(async (address) => {
      const [code, decimals] = await Promise.all([
        client.getCode({ address }).catch(() => undefined),
        client.readContract({ address, abi: erc20Abi, functionName: 'decimals' }).catch(() => null),
      ])
      const isContract = holdsCode(code)
      return { address, isContract, isToken: isContract && decimals !== null, kind: contractKindOf(code) }
    }),
  )
}
