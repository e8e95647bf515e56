import type { Address } from 'viem'
import type { ChainConnection } from '../rpc/chain-connection.js'
import type { ReadSideBySide } from './read-side-by-side.js'
import type { NativeReading } from './security-schema.js'

/**
 * The owner's coin balance and nonce at two blocks, as each endpoint of the chain says them on its
 * own (one parallel round, a batch each), beside its head: where the coin history starts and where
 * the comparison ends. An account's nonce only grows and its coin leaves only with a transaction,
 * so a coin transfer an endpoint hides from the history shows in what it says here — or it says
 * something the others do not. Past state: an endpoint that keeps none fails and is left out.
 * Undefined with one endpoint (nothing to compare it with) or an empty range.
 */
export async function readNativeOnEachEndpoint(
  connection: ChainConnection,
  { owner, fromBlock, toBlock }: { owner: Address; fromBlock: bigint; toBlock: bigint },
  readSideBySide: ReadSideBySide,
): Promise<NativeReading[] | undefined> {
  if (connection.endpoints.length < 2 || toBlock < fromBlock) return undefined
  const readings = await readSideBySide(connection, async ({ client }) => {
    const stateAt = async (blockNumber: bigint) => {
      const [balance, nonce] = await Promise.all([
        client.getBalance({ address: owner, blockNumber }),
        client.getTransactionCount({ address: owner, blockNumber }),
      ])
      return { balance, nonce }
    }
    const [head, start, end] = await Promise.all([
      client.getBlockNumber({ cacheTime: 0 }),
      stateAt(fromBlock),
      stateAt(toBlock),
    ])
    return { head, fromBlock, toBlock, start, end }
  })
  return readings.map(({ endpoint, value }) => ({ endpoint, ...value }))
}
