import { FEE_HISTORY_BLOCKS, TIP_PERCENTILES } from './read-chain-context.js'
import type { BlockData, FeeHistoryData } from './schema.js'
import { toBlockData, toFeeHistoryData } from './to-evidence.js'
import type { ReadClient } from '../rpc/read-client.js'

export type FeeState = { chainId: number; head: BlockData; feeHistory: FeeHistoryData | null; gasPrice: bigint | null }

/** Head, fee history and the node's gas price, in one batch. */
export async function readFeeState(client: ReadClient, chainId: number): Promise<FeeState> {
  const [head, feeHistory, gasPrice] = await Promise.all([
    client.getBlock({ blockTag: 'latest' }),
    client
      .getFeeHistory({ blockCount: FEE_HISTORY_BLOCKS, blockTag: 'latest', rewardPercentiles: TIP_PERCENTILES })
      .catch(() => null),
    client.getGasPrice().catch(() => null),
  ])
  return {
    chainId,
    head: toBlockData(head),
    feeHistory: feeHistory && toFeeHistoryData(feeHistory, TIP_PERCENTILES),
    gasPrice,
  }
}
