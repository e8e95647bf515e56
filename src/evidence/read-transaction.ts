import { TransactionNotFoundError, TransactionReceiptNotFoundError, type Hash } from 'viem'
import type { ReceiptData, TxData } from './schema.js'
import { toReceiptData, toTxData } from './to-evidence.js'
import type { ReadClient } from '../rpc/read-client.js'

const nullWhen =
  (notFound: new (...args: never[]) => Error) =>
  (error: unknown): null => {
    if (error instanceof notFound) return null
    throw error
  }

/**
 * Round one: does this chain know the hash? Transaction and receipt leave in one batch. The calls it
 * makes are listed in transaction-lookup-calls.ts, which must change with it.
 */
export async function readTransaction(
  client: ReadClient,
  hash: Hash,
): Promise<{ tx: TxData | null; receipt: ReceiptData | null }> {
  const [tx, receipt] = await Promise.all([
    client.getTransaction({ hash }).then(toTxData, nullWhen(TransactionNotFoundError)),
    client.getTransactionReceipt({ hash }).then(toReceiptData, nullWhen(TransactionReceiptNotFoundError)),
  ])
  return { tx, receipt }
}
