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
 * The JSON-RPC calls of round one, exactly as viem sends them below: sent ahead, alongside an
 * `--rpc` URL's chain-id question (src/commands/session.ts), their answers are used here.
 */
export const transactionLookupCalls = (hash: Hash) => [
  // The head, for comparing endpoints (ask-endpoints.ts asks it beside the lookup).
  { method: 'eth_blockNumber' },
  { method: 'eth_getTransactionByHash', params: [hash] },
  { method: 'eth_getTransactionReceipt', params: [hash] },
]

/** Round one: does this chain know the hash? Transaction and receipt leave in one batch. */
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
