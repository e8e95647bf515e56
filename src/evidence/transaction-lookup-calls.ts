import type { Hash } from 'viem'

/**
 * The JSON-RPC calls of round one, exactly as viem sends them in read-transaction.ts: sent ahead,
 * alongside an `--rpc` URL's chain-id question (src/commands/session.ts) — or before the program has
 * even loaded (src/early-round.ts) — and their answers used there. No imports beyond a type: the
 * early round loads this before anything else.
 */
export const transactionLookupCalls = (hash: Hash) => [
  // The head, for comparing endpoints (ask-endpoints.ts asks it beside the lookup).
  { method: 'eth_blockNumber' },
  { method: 'eth_getTransactionByHash', params: [hash] },
  { method: 'eth_getTransactionReceipt', params: [hash] },
]
