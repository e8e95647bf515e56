import type { Hash } from 'viem'

/**
 * The JSON-RPC calls of round one, exactly as viem sends them in read-transaction.ts: sent ahead
 * with each `--rpc` URL's chain-id question as soon as `tx`'s input is checked
 * (src/commands/first-round.ts), and their answers used there. No imports beyond a type: tx.ts
 * loads this before the code that reads and judges the answers.
 */
export const transactionLookupCalls = (hash: Hash) => [
  // The head, for comparing endpoints (ask-endpoints.ts asks it beside the lookup).
  { method: 'eth_blockNumber' },
  { method: 'eth_getTransactionByHash', params: [hash] },
  { method: 'eth_getTransactionReceipt', params: [hash] },
]
