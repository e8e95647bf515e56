import { erc20Abi, type Address } from 'viem'
import type { ChainConnection } from '../rpc/chain-connection.js'
import type { AddressReading } from './address-schema.js'
import { isContractsOwnAnswer } from './contract-answer.js'
import { BEHIND_BLOCKS, secondFreshestHead } from './endpoint-views.js'
import type { ReadSideBySide } from './read-side-by-side.js'

/**
 * The address's coin balance and mined nonce, and the token's code and balance, as each endpoint of
 * the chain says them on its own at one block (the same for all: honest endpoints then say exactly
 * the same). The block is chosen from every endpoint's head, asked first: two below the
 * second-freshest — which at least two endpoints hold, so no single endpoint's far-off head can
 * leave the others with nothing to say. Undefined with one endpoint (nothing to compare it with).
 */
export async function readAddressOnEachEndpoint(
  connection: ChainConnection,
  { address, token }: { address: Address; token: Address | null },
  readSideBySide: ReadSideBySide,
): Promise<AddressReading[] | undefined> {
  if (connection.endpoints.length < 2) return undefined
  const heads = await readSideBySide(connection, ({ client }) => client.getBlockNumber({ cacheTime: 0 }))
  const held = secondFreshestHead(heads.map((h) => h.value))
  if (held === undefined) return undefined
  const atBlock = held > BEHIND_BLOCKS ? held - BEHIND_BLOCKS : 0n
  const readings = await readSideBySide(connection, async ({ client }) => {
    const [balance, nonce, tokenCode, tokenBalance] = await Promise.all([
      client.getBalance({ address, blockNumber: atBlock }),
      client.getTransactionCount({ address, blockNumber: atBlock }),
      token ? client.getCode({ address: token, blockNumber: atBlock }) : null,
      // A token that is no ERC-20 reverts here: that is an answer too (null), the same on every honest
      // endpoint. A timeout is not: the endpoint then says nothing, rather than something else.
      token
        ? client
            .readContract({
              address: token,
              abi: erc20Abi,
              functionName: 'balanceOf',
              args: [address],
              blockNumber: atBlock,
            })
            .catch((error: unknown) => {
              if (isContractsOwnAnswer(error)) return null
              throw error
            })
        : null,
    ])
    return {
      atBlock,
      balance,
      nonce,
      tokenHasCode: token ? tokenCode !== undefined && tokenCode !== null && tokenCode !== '0x' : null,
      tokenBalance,
    }
  })
  return readings.map(({ endpoint, value }) => ({ endpoint, ...value }))
}
