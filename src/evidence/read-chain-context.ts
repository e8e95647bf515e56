import type { Address } from 'viem'
import type { BlockData, FeeHistoryData, NoncesData, ReceiptData } from './schema.js'
import type { HeadAndFees, SharedChainState } from './shared-chain-state.js'
import { toBlockData, toFeeHistoryData } from './to-evidence.js'
import type { ReadClient } from '../rpc/read-client.js'

/** Enough recent blocks to see the fee trend, few enough for one small answer. */
export const FEE_HISTORY_BLOCKS = 20
export const TIP_PERCENTILES = [10, 50, 90]

export type ChainState = {
  head: BlockData
  feeHistory: FeeHistoryData | null
  nonces: NoncesData | null
  txBlock: BlockData | null
}

/** The head and the recent fees, asked together (one batch). */
async function readHeadAndFees(client: ReadClient): Promise<HeadAndFees> {
  const [head, feeHistory] = await Promise.all([
    client.getBlock({ blockTag: 'latest' }),
    // Legacy-only chains may not serve eth_feeHistory: that is a gap in evidence, not a failure.
    client
      .getFeeHistory({ blockCount: FEE_HISTORY_BLOCKS, blockTag: 'latest', rewardPercentiles: TIP_PERCENTILES })
      .catch(() => null),
  ])
  return { head: toBlockData(head), feeHistory: feeHistory && toFeeHistoryData(feeHistory, TIP_PERCENTILES) }
}

/** A run's shared head and fees (`batch`), with the chain and the head the look saw in round one. */
export type SharedHead = { state: SharedChainState; chainId: number; seenHead: bigint }

/**
 * Round two: everything that depends only on the sender and the receipt — head, fee history,
 * the sender's mined and pending nonces, the transaction's block — in one batch. With `shared`,
 * the head and fee history are those another look of the run read at the same head, if any.
 */
export async function readChainState(
  client: ReadClient,
  { sender, receipt }: { sender: Address | null; receipt: ReceiptData | null },
  shared?: SharedHead,
): Promise<ChainState> {
  const [headAndFees, latest, pending, txBlock] = await Promise.all([
    shared
      ? shared.state.headAndFees(shared.chainId, shared.seenHead, () => readHeadAndFees(client))
      : readHeadAndFees(client),
    sender ? client.getTransactionCount({ address: sender, blockTag: 'latest' }) : null,
    sender ? client.getTransactionCount({ address: sender, blockTag: 'pending' }) : null,
    receipt ? client.getBlock({ blockHash: receipt.blockHash }) : null,
  ])
  return {
    ...headAndFees,
    nonces: sender && latest !== null && pending !== null ? { address: sender, latest, pending } : null,
    txBlock: txBlock && toBlockData(txBlock),
  }
}
