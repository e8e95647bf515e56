import type { Address, Hash } from 'viem'
import type { ChainConnection } from '../rpc/chain-connection.js'
import { logsDigest } from './endpoint-views.js'
import type { ReadSideBySide } from './read-side-by-side.js'
import { readTransaction } from './read-transaction.js'
import type { OutflowReading } from './security-schema.js'

/**
 * Transactions that took funds from an address, as each endpoint of the chain says them on its own
 * (one parallel round, a batch each): sender, recipient, status, block and logs, beside the
 * endpoint's head. The rule compares them before it names who took anything. Undefined when there is
 * nothing to ask, or one endpoint (nothing to compare it with).
 */
export async function readOutflowReceipts(
  connection: ChainConnection,
  hashes: readonly Hash[],
  readSideBySide: ReadSideBySide,
): Promise<OutflowReading[] | undefined> {
  if (hashes.length === 0 || connection.endpoints.length < 2) return undefined
  const readings = await readSideBySide(connection, async (single) => {
    const [head, found] = await Promise.all([
      single.client.getBlockNumber({ cacheTime: 0 }),
      Promise.all(hashes.map((hash) => readTransaction(single.client, hash))),
    ])
    const receipts = found.map(({ tx, receipt }, i) => ({
      hash: hashes[i] as Hash,
      receipt:
        tx && receipt
          ? {
              from: tx.from.toLowerCase() as Address,
              to: tx.to ? (tx.to.toLowerCase() as Address) : null,
              status: receipt.status,
              blockNumber: receipt.blockNumber,
              logsDigest: logsDigest(receipt),
            }
          : null,
    }))
    return { head, receipts }
  })
  return readings.map(({ endpoint, value }) => ({ endpoint, ...value }))
}
