import { methodRefusedError } from '../errors/rpc-errors.js'

/**
 * The only JSON-RPC methods the tool may send. Everything that signs, sends, or changes a
 * node's state (eth_sendRawTransaction, eth_sign*, personal_*, anvil_*, evm_*, …) is absent,
 * so no code path — ours or a library's — can move funds or alter a node.
 */
export const READ_METHODS: ReadonlySet<string> = new Set([
  'eth_chainId',
  'net_version',
  'web3_clientVersion',
  'eth_blockNumber',
  'eth_getBlockByNumber',
  'eth_getBlockByHash',
  'eth_getTransactionByHash',
  'eth_getTransactionReceipt',
  'eth_getTransactionCount',
  'eth_getTransactionBySenderAndNonce',
  'eth_getBalance',
  'eth_getCode',
  'eth_getStorageAt',
  'eth_getLogs',
  'eth_call',
  'eth_estimateGas',
  'eth_feeHistory',
  'eth_gasPrice',
  'eth_maxPriorityFeePerGas',
  'debug_traceTransaction',
])

export function assertReadOnly(method: string): void {
  if (READ_METHODS.has(method)) return
  throw methodRefusedError(method)
}
