import { TransactionNotFoundError, TransactionReceiptNotFoundError, type Hash, type PublicClient } from 'viem'
import type { ReceiptData, TxData } from './schema.js'
import { toReceiptData, toTxData } from './to-evidence.js'

const nullWhen =
  (notFound: new (...args: never[]) => Error) =>
  (error: unknown): null => {
    if (error instanceof notFound) return null
    throw error
  }

/** Round one: does this chain know the hash? Transaction and receipt leave in one batch. */
export async function readTransaction(
  client: PublicClient,
  hash: Hash,
): Promise<{ tx: TxData | null; receipt: ReceiptData | null }> {
  const [tx, receipt] = await Promise.all([
    client.getTransaction({ hash }).then(toTxData, nullWhen(TransactionNotFoundError)),
    client.getTransactionReceipt({ hash }).then(toReceiptData, nullWhen(TransactionReceiptNotFoundError)),
  ])
  return { tx, receipt }
}
