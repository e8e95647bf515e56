import type { Block, FeeHistory, Transaction, TransactionReceipt } from 'viem'
import type { BlockData, FeeHistoryData, ReceiptData, TxData } from './schema.js'
import { MAX_LOGS } from './limits.js'

/** viem's formatted objects → the plain evidence shapes (only the fields a rule may read). */
export const toTxData = (tx: Transaction): TxData => ({
  hash: tx.hash,
  from: tx.from,
  to: tx.to ?? null,
  nonce: tx.nonce,
  type: String(tx.type),
  value: tx.value,
  gas: tx.gas,
  gasPrice: tx.gasPrice ?? null,
  maxFeePerGas: tx.maxFeePerGas ?? null,
  maxPriorityFeePerGas: tx.maxPriorityFeePerGas ?? null,
  input: tx.input,
  blockNumber: tx.blockNumber ?? null,
  authorizations: (tx.authorizationList ?? []).map((a) => ({
    address: a.address,
    chainId: a.chainId,
    nonce: a.nonce,
    r: a.r,
    s: a.s,
    yParity: a.yParity ?? 0,
  })),
})

export const toReceiptData = (receipt: TransactionReceipt): ReceiptData => ({
  status: receipt.status,
  blockNumber: receipt.blockNumber,
  blockHash: receipt.blockHash,
  gasUsed: receipt.gasUsed,
  effectiveGasPrice: receipt.effectiveGasPrice,
  logCount: receipt.logs.length,
  logs: receipt.logs.slice(0, MAX_LOGS).map((log) => ({
    address: log.address,
    topics: [...log.topics],
    data: log.data,
    ...(log.logIndex === null ? {} : { logIndex: log.logIndex }),
  })),
})

export const toBlockData = (block: Block): BlockData => {
  if (block.number === null || block.hash === null) throw new Error('a pending block has no number or hash')
  return {
    number: block.number,
    hash: block.hash,
    timestamp: block.timestamp,
    baseFeePerGas: block.baseFeePerGas ?? null,
    gasUsed: block.gasUsed,
    gasLimit: block.gasLimit,
  }
}

export const toFeeHistoryData = (history: FeeHistory, rewardPercentiles: number[]): FeeHistoryData => ({
  oldestBlock: history.oldestBlock,
  baseFeePerGas: history.baseFeePerGas,
  gasUsedRatio: history.gasUsedRatio,
  rewardPercentiles,
  reward: history.reward ?? [],
})
